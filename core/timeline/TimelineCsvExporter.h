#pragma once

#include "timeline/Era.h"
#include "timeline/TimelineTypes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

class Database;

// One CSV field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a comma,
// a quote, a line break or leading/trailing space, otherwise as is.
//
// No guard against spreadsheet formula injection (prefixing "=", "+", "-", "@" with an
// apostrophe): the files are data for re-import and exchange, a prefix would change the
// values on the way back ("-" also starts ordinary notes), and the importer never evaluates
// them. Open them in a spreadsheet with "text" columns.
QByteArray csvField(const QString& value);

// The files in FORMATS.md columns, UTF-8, CRLF line ends, "; " between list items.
// technologies.csv has the columns the importer reads: technology_label, technology_name,
// category and the optional lag judgement columns.
QByteArray controlEventsCsv(const QList<ControlEvent>& events);
QByteArray milestonesCsv(const QList<Milestone>& milestones);
QByteArray technologiesCsv(const QList<Technology>& technologies);
// eras.csv (docs/timeline-eras-csv.md): an open-ended era has an empty end_date.
QByteArray erasCsv(const QList<Era>& eras);

struct TimelineExportOutcome {
    QStringList files; // full paths written
    int technologies = 0;
    int milestones = 0;
    int events = 0;
    int eras = 0;
};

// Writes technologies.csv, tech_milestones.csv, control_events.csv and eras.csv into the folder
// (which must exist), each file whole or not at all (FileWriter). Importing them in that order into
// an empty database gives the same rows.
Result<TimelineExportOutcome> exportTimelineCsv(Database& db, const QString& folder);

} // namespace paceline
