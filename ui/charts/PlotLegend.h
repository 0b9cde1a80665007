#pragma once

class QCustomPlot;

namespace paceline {

// Moves the legend out of the plot area into a row under it, where it never covers data,
// without a frame and in the look's type; ChartFit wraps it into as many columns as the
// width allows. Safe to call on every drawing.
void placeLegendBelow(QCustomPlot& plot);

} // namespace paceline
