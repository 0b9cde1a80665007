#pragma once

#include "ChartExport.h"
#include "charts/ChartRequest.h"
#include "util/Result.h"

#include <QString>

namespace paceline {

class Database;

// A chart read from the database as a request asks: how to draw it, and its caption line.
struct PreparedChart {
    ChartRenderer render;
    QString caption;
};

// Reads the data a request needs. An option the data refutes (a list without two editions, a
// technology text that no technology contains, a category or year the implementation table
// does not have) is BadInput naming the option.
Result<PreparedChart> prepareChart(Database& db, const ChartRequest& request);

// `paceline --export-chart KIND --out FILE [--width W --height H] [--db FILE] [chart options]`:
// the chart of the request at W x H (default 1600 x 1000). Returns the process exit code: 0
// written, 2 bad input (the message on stderr names the option), 1 failure.
int runChartExportCommand(const ChartRequest& request, const QString& out, const QString& width,
                          const QString& height, Database& db);
// The same for a database file, which must exist (it is never created or filled here).
int runChartExportCommand(const ChartRequest& request, const QString& out, const QString& width,
                          const QString& height, const QString& dbPath);
// A chart kind with its defaults; listKey for churn and implementation.
int runChartExportCommand(const QString& kind, const QString& out, const QString& width,
                          const QString& height, Database& db, const QString& listKey = {});

} // namespace paceline
