#pragma once

#include <QString>

class QCustomPlot;

namespace paceline {

// A bold title and a smaller subtitle above the axis rect, in the plot's look (a presentation
// keeps the first line of the subtitle). The two rows are added on the first
// call; later calls only change their text, so a plot drawn again keeps one title.
void setPlotTitle(QCustomPlot& plot, const QString& title, const QString& subtitle);

} // namespace paceline
