#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

class QCustomPlot;

namespace paceline {

class Database;

// Writes a chart to PNG, PDF (vector) or SVG, chosen by the file's suffix, at width x height
// pixels (points for PDF), with a caption line under the plot. Atomic: the file is either
// complete or untouched.
Status exportChart(QCustomPlot& plot, const QString& path, int width, int height,
                   const QString& caption);

// Caption carrying the data snapshot: "Data: ...; editions: ...; made 2026-11-26 11:02 UTC".
QString snapshotCaption(const QString& filters, const QStringList& editions);

// `paceline --export-chart innovation|lag|churn|survival --out FILE [--width W --height H]
// [--db FILE] [--list KEY]` (the list only for churn; default: the first list with two
// editions; survival: time to first control, Kaplan-Meier, censored at today).
// Returns the process exit code: 0 written, 2 bad arguments (message on stderr), 1 failure.
int runChartExportCommand(const QString& kind, const QString& out, const QString& width,
                          const QString& height, Database& db, const QString& listKey = {});
// The same for a database file, which must exist (it is never created or filled here).
int runChartExportCommand(const QString& kind, const QString& out, const QString& width,
                          const QString& height, const QString& dbPath,
                          const QString& listKey = {});

} // namespace paceline
