#pragma once

#include "timeline/TimelineImportChanges.h"
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
    // What changed, per kind: the file's kind first, then technologies its rows added.
    QList<TimelineKindChanges> changes;
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

// What an import did, for people: a headline with the counts of the file's kind ("80 control
// events read: 2 added, 1 changed, 77 unchanged, 0 removed"), then the ids that changed, a
// handful per kind, and the stored rows the file left alone (TimelineImportChanges.cpp).
QString timelineImportSummary(const QString& path, const TimelineImportOutcome& outcome);

} // namespace paceline
