#pragma once

#include "timeline/LagAnalysis.h"
#include "timeline/LagTrend.h"

class QCustomPlot;

namespace paceline {

// Emergence year against lag: one point per technology (coloured by the control's regime,
// hollow when a date used is only a month or a year), the median, the least-squares trend and
// a zero line. Returns the trend it drew.
class LagPlot {
public:
    static LagTrend render(QCustomPlot& plot, const QList<TechnologyLag>& lags, LagTarget target);
    static QList<QPointF> points(const QList<TechnologyLag>& lags, LagTarget target);
};

} // namespace paceline
