#pragma once

#include "util/Progress.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace paceline {

class Database;

enum class ImportFormat { Auto, PacelineJson, TimelineCsv };

// "paceline-json", "timeline-csv" (the names the CLI's --format takes).
std::optional<ImportFormat> importFormatFromName(const QString& name);
QStringList importFormatNames();

struct ImportReport {
    QString summary;        // one line for people: what was imported
    QStringList warnings;
    bool alreadyPresent = false;
};

struct ListImportOutcome;
ImportReport listImportReport(const QString& path, const ListImportOutcome& outcome);

// Imports one file in one transaction; Auto picks the format from the file's extension.
Result<ImportReport> importFile(Database& db, const QString& path, ImportFormat format,
                                const ProgressCallback& progress = {});

} // namespace paceline
