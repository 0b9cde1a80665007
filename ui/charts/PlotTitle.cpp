#include "PlotTitle.h"

#include "ChartStyle.h"

#include <qcustomplot.h>

namespace paceline {

void setPlotTitle(QCustomPlot& plot, const QString& title, const QString& subtitle)
{
    if (plot.plotLayout()->rowCount() < 2 ||
        !qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0))) {
        plot.plotLayout()->insertRow(0);
        plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot));
        plot.plotLayout()->insertRow(1);
        plot.plotLayout()->addElement(1, 0, new QCPTextElement(&plot));
    }
    auto* t = static_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
    t->setText(title);
    t->setFont(chartFont(plot, 12, true));
    auto* s = static_cast<QCPTextElement*>(plot.plotLayout()->element(1, 0));
    // A slide keeps the subtitle's first line; the caption and the legend carry the rest.
    s->setText(chartLook(plot) == ChartLook::Presentation
                   ? subtitle.section(QLatin1Char('\n'), 0, 0)
                   : subtitle);
    s->setFont(chartFont(plot, 9));
    s->setTextColor(QColor(60, 60, 60));
}

} // namespace paceline
