#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QTextStream>

#include <memory>

namespace paceline::cli {

// Prints "paceline-cli: PLACE: MESSAGE" and returns the exit code for the error's kind.
int report(QTextStream& err, const Error& e);
// Opens the database at path; create makes it when absent.
Result<std::unique_ptr<Database>> openDatabase(const QString& path, bool create,
                                               bool integrityCheck);

} // namespace paceline::cli
