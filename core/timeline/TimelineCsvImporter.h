#pragma once

#include "util/Progress.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace paceline {

class Database;

enum class TimelineFile { ControlEvents, Milestones, TechLinks, Technologies, Eras };
QString timelineFileName(TimelineFile kind);

struct TimelineImportOutcome {
    TimelineFile kind = TimelineFile::ControlEvents;
    int rows = 0;
    int inserted = 0;
    int updated = 0; // rows whose id was already present and were replaced
    QStringList warnings;
};

// Imports one timeline CSV (FORMATS.md, and eras.csv: docs/timeline-eras-csv.md); the kind is
// recognised from the header row.
// The file is validated completely first; errors name FILE:LINE:COL and the column, and the
// database is left unchanged. Rows are written in one transaction, replaced by id on re-import.
Result<TimelineImportOutcome> importTimelineCsv(Database& db, const QByteArray& data,
                                                const QString& fileName,
                                                const ProgressCallback& progress = {});
Result<TimelineImportOutcome> importTimelineCsvFile(Database& db, const QString& path,
                                                    const ProgressCallback& progress = {});

} // namespace paceline
