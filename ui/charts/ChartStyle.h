#pragma once

#include "charts/ChartRequest.h"
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

// The look a plot is drawn in (Standard unless set). Presentation: type 1.45 times larger at
// 1280 x 720, in proportion to the size from 0.85 to 2.5 times that (a slide magnifies a
// small picture and shrinks a large one), lines 1.8 times thicker and markers 1.4 times larger
// (more on large pictures), and only the major labels and legend entries (ChartFit::kMajor).
// Set it before drawing the chart.
void setChartLook(QCustomPlot& plot, ChartLook look);
ChartLook chartLook(const QCustomPlot& plot);
// A font of the plot's family at the look's size for this standard size in points.
QFont chartFont(const QCustomPlot& plot, double points, bool bold = false);
double chartLineWidth(const QCustomPlot& plot, double width); // a pen width in the look
double chartMarkerSize(const QCustomPlot& plot, double size); // a marker size in the look
// Axis labels, tick labels, axis and grid pens in the look.
void applyAxesLook(QCustomPlot& plot);

} // namespace paceline
