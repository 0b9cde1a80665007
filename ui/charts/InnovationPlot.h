#pragma once

#include "timeline/ChartData.h"

class QCustomPlot;
class QCPRange;

namespace paceline {

// Draws the innovation-versus-update chart of ChartData into a QCustomPlot: one lane per
// technology, milestones shaped by class, control events coloured by regime, the
// emergence -> first control bar with its lag, partial dates as translucent ranges, low
// confidence hollow, editions as reference lines, and a legend on the right.
// Eras (ChartData::eras) are shaded bands behind everything, labelled in a strip above the plot.
class InnovationPlot {
public:
    static void render(QCustomPlot& plot, const ChartData& data);
    // Lane value of a milestone / event marker (events sit just below the lane's centre).
    static double markerY(const ChartFact& fact);
    // Full time extent of the facts and the era bands, in whole years with a year's margin.
    static QCPRange fullRange(const ChartData& data);

    // The time axis presets of the chart's Zoom box:
    //  LastFiveYears, LastTenYears: 5 (10) years up to the end of the year of the latest fact
    //    shown (upper = ceil(maxX)); without facts, up to the end of the current year;
    //  All: fullRange(), facts and eras;
    //  FitToData: the facts only, from the earliest start to the latest end, plus 2 % of that
    //    span on each side so that the outermost markers are not cut.
    enum class ZoomPreset { LastFiveYears, LastTenYears, All, FitToData };
    static QCPRange presetRange(const ChartData& data, ZoomPreset preset);
};

} // namespace paceline
