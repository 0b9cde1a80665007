#include "PlotLegend.h"

#include "ChartStyle.h"

#include <qcustomplot.h>

namespace paceline {

void placeLegendBelow(QCustomPlot& plot)
{
    QCPLegend* legend = plot.legend;
    if (legend->layout() == plot.axisRect()->insetLayout()) {
        plot.axisRect()->insetLayout()->take(legend);
        plot.axisRect()->insetLayout()->simplify();
        const int row = plot.plotLayout()->rowCount();
        plot.plotLayout()->insertRow(row);
        plot.plotLayout()->addElement(row, 0, legend);
        plot.plotLayout()->setRowStretchFactor(row, 0.001);
    }
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    legend->setFont(chartFont(plot, 8));
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(int(chartFont(plot, 8).pointSizeF() * 1.5));
    const int icon = int(chartMarkerSize(plot, 24));
    legend->setIconSize(icon, int(icon * 0.6));
}

} // namespace paceline
