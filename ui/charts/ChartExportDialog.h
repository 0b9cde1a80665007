#pragma once

#include <QString>

class QCustomPlot;
class QWidget;

namespace paceline {

// Asks for a file (PNG, PDF or SVG) and a size, then exports the plot with a caption that
// carries the data snapshot. Reports failures in a message box.
void runChartExportDialog(QWidget* parent, QCustomPlot& plot, const QString& baseName,
                          const QString& snapshot);

} // namespace paceline
