#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace paceline::cli {

// A parsed command line: the command, its positional arguments and its --options.
struct Args {
    QString command;
    QStringList positional;
    QHash<QString, QString> options; // --name -> value ("" for flags)

    bool has(const char* option) const { return options.contains(QLatin1String(option)); }
    QString value(const char* option, const QString& fallback = {}) const
    {
        return options.value(QLatin1String(option), fallback);
    }
};

// Options that take a value; every other --option is a flag.
const QStringList& optionsWithValue();
Result<Args> parseArgs(const QStringList& args);

// Prints "paceline-cli: PLACE: MESSAGE" and returns the exit code for the error's kind.
int report(QTextStream& err, const Error& e);
// Refuses options the command does not know (--db is always allowed).
Status allowOnly(const Args& a, const QStringList& allowed);
// Opens the database named by --db (or the default); create makes it when absent.
Result<std::unique_ptr<Database>> openDatabase(const Args& a, bool create, bool integrityCheck);

} // namespace paceline::cli
