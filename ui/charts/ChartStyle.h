#pragma once

#include "timeline/ChartData.h"

#include <QColor>
#include <qcustomplot.h>

namespace paceline {

// Colours and marker shapes shared by the charts and their legends.
QColor regimeColor(RegimeGroup group);
QCPScatterStyle::ScatterShape milestoneShape(const QString& milestoneClass);
QString milestoneClassTitle(const QString& milestoneClass); // "first demonstration"
QColor milestoneColor();

} // namespace paceline
