#include "PlotTitle.h"

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
    t->setFont(QFont(plot.font().family(), 12, QFont::Bold));
    auto* s = static_cast<QCPTextElement*>(plot.plotLayout()->element(1, 0));
    s->setText(subtitle);
    s->setFont(QFont(plot.font().family(), 9));
    s->setTextColor(QColor(60, 60, 60));
}

} // namespace paceline
