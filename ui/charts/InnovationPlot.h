#pragma once

#include "timeline/ChartData.h"

class QCustomPlot;
class QCPRange;

namespace paceline {

// Draws the innovation-versus-update chart of ChartData into a QCustomPlot: one lane per
// technology, milestones shaped by class, control events coloured by regime, the
// emergence -> first control bar with its lag, partial dates as translucent ranges, low
// confidence hollow, editions as reference lines, and a legend on the right.
class InnovationPlot {
public:
    static void render(QCustomPlot& plot, const ChartData& data);
    // Lane value of a milestone / event marker (events sit just below the lane's centre).
    static double markerY(const ChartFact& fact);
    // Full time extent of the data, with a margin.
    static QCPRange fullRange(const ChartData& data);
};

} // namespace paceline
