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
// "Intrusion software / exploitation platforms / commercial spyware" -> "Intrusion software"
// when longer than maxLength; brackets dropped, an ellipsis when still too long.
QString shortTechnologyName(const QString& name, int maxLength);

} // namespace paceline
