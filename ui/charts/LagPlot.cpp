#include "LagPlot.h"

#include "ChartFit.h"
#include "ChartStyle.h"
#include "PlotLegend.h"
#include "PlotTitle.h"
#include "timeline/ChartData.h"

#include <qcustomplot.h>

namespace paceline {

namespace {

QCPGraph* addLine(QCustomPlot& plot, double x0, double y0, double x1, double y1, const QPen& pen,
                  const QString& name)
{
    QCPGraph* g = plot.addGraph();
    g->setData({x0, x1}, {y0, y1});
    g->setPen(pen);
    g->setName(name);
    return g;
}

// A technology's name beside its point: right of it, else left, above or below. The names
// farthest from the median come first; a presentation shows the six farthest only.
void addName(QCustomPlot& plot, const QPointF& at, const QString& name, int rank)
{
    auto* label = new QCPItemText(&plot);
    label->position->setCoords(at);
    const int gap = int(chartMarkerSize(plot, 10) / 2.0) + 3;
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setPadding(QMargins(gap, 0, 0, 0));
    label->setText(shortTechnologyName(name, 30));
    label->setFont(chartFont(plot, 7));
    label->setColor(QColor(70, 70, 70));
    label->setClipToAxisRect(true);
    const int priority =
        (rank < 6 ? ChartFit::kMajor : ChartFit::kNormal) + 99 - std::min(rank, 99);
    ChartFit::of(plot).addLabel(
        label, priority,
        {{Qt::AlignRight | Qt::AlignVCenter, QMargins(0, 0, gap, 0), {}, {}},
         {Qt::AlignHCenter | Qt::AlignBottom, QMargins(0, 0, 0, gap), {}, {}},
         {Qt::AlignHCenter | Qt::AlignTop, QMargins(0, gap, 0, 0), {}, {}}});
    ChartFit::of(plot).addMarker(at, gap - 2);
}

} // namespace

QList<QPointF> LagPlot::points(const QList<TechnologyLag>& lags, LagTarget target)
{
    QList<QPointF> out;
    for (const TechnologyLag& l : lags)
        if (auto lag = l.lag(target))
            out.append({decimalYear(l.emergence->date.midpoint()), *lag});
    return out;
}

LagTrend LagPlot::render(QCustomPlot& plot, const QList<TechnologyLag>& lags, LagTarget target)
{
    plot.clearPlottables();
    plot.clearItems();
    ChartFit::of(plot).clear();
    applyAxesLook(plot);
    const auto line = [&plot](double width) {
        return chartLineWidth(plot, width);
    };
    const double marker = chartMarkerSize(plot, 10);
    const QList<QPointF> pts = points(lags, target);
    const LagTrend trend = LagTrend::fit(pts);
    double x0 = 1985, x1 = 2025, y0 = -2, y1 = 10;
    for (const QPointF& p : pts) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    x0 = std::floor(x0) - 2;
    x1 = std::ceil(x1) + 2;

    addLine(plot, x0, 0, x1, 0, QPen(QColor(160, 160, 160), line(1)), QString())
        ->removeFromLegend();
    if (trend.median)
        addLine(plot, x0, *trend.median, x1, *trend.median,
                QPen(QColor(0, 114, 178), line(1.5), Qt::DashLine),
                QStringLiteral("median %1 y").arg(*trend.median, 0, 'f', 1));
    double dataX0 = x1, dataX1 = x0; // the trend is drawn over the data only
    for (const QPointF& p : pts) {
        dataX0 = std::min(dataX0, p.x());
        dataX1 = std::max(dataX1, p.x());
    }
    if (trend.slope)
        addLine(plot, dataX0, trend.intercept + *trend.slope * dataX0, dataX1,
                trend.intercept + *trend.slope * dataX1,
                QPen(QColor(213, 94, 0), line(2), trend.isClear() ? Qt::SolidLine : Qt::DotLine),
                QStringLiteral("least-squares trend"));

    QMap<QPair<int, bool>, QCPGraph*> graphs;
    QList<QPair<double, QPair<QPointF, QString>>> named; // distance from the median, point, name
    QSet<RegimeGroup> legendDone;
    for (const TechnologyLag& l : lags) {
        const auto lag = l.lag(target);
        if (!lag)
            continue;
        const RegimeGroup g = regimeGroupOf(l.control(target)->regime);
        const bool hollow = l.approximate(target);
        QCPGraph*& graph = graphs[{int(g), hollow}];
        if (!graph) {
            graph = plot.addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            const QColor c = regimeColor(g);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c, line(2)),
                                                   hollow ? QBrush(Qt::white) : QBrush(c), marker));
            graph->removeFromLegend();
            if (!legendDone.contains(g)) {
                legendDone.insert(g);
                QCPGraph* entry = plot.addGraph();
                entry->setLineStyle(QCPGraph::lsNone);
                entry->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c, line(2)),
                                                       QBrush(c), marker));
                entry->setName(QStringLiteral("controlled by %1").arg(regimeGroupName(g)));
            }
        }
        const double x = decimalYear(l.emergence->date.midpoint());
        graph->addData(x, *lag);
        named.append(
            {std::abs(*lag - trend.median.value_or(*lag)), {QPointF(x, *lag), l.technology.name}});
    }
    std::stable_sort(named.begin(), named.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int rank = 0; rank < named.size(); ++rank)
        addName(plot, named[rank].second.first, named[rank].second.second, rank);
    plot.xAxis->setRange(x0, x1);
    plot.yAxis->setRange(std::floor(y0) - 1, std::ceil(y1) + 2);
    ChartFit::setAxisTitles(
        plot.xAxis, {QStringLiteral("Emergence (year of the first demonstration or product)"),
                     QStringLiteral("Emergence (year)")});
    plot.xAxis->setNumberFormat(QStringLiteral("f"));
    plot.xAxis->setNumberPrecision(0);
    ChartFit::setAxisTitles(plot.yAxis,
                            {QStringLiteral("Years to %1 (negative: controlled before emergence)")
                                 .arg(lagTargetName(target)),
                             QStringLiteral("Years to %1").arg(lagTargetName(target)),
                             QStringLiteral("Years")});
    QCPGraph* hollowEntry = plot.addGraph();
    hollowEntry->setLineStyle(QCPGraph::lsNone);
    hollowEntry->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, line(2)), Qt::white, marker));
    hollowEntry->setName(QStringLiteral("hollow: a date known only to the month or year"));
    plot.legend->setVisible(true);
    placeLegendBelow(plot);
    setPlotTitle(
        plot,
        QStringLiteral("Pacing gap: years from emergence to %1 (n = %2)")
            .arg(lagTargetName(target))
            .arg(trend.count),
        trend.sentence() +
            QStringLiteral("\nRecent technologies cannot show long lags yet, which "
                           "biases the trend downwards\n(the \u201cTime to control\u201d view "
                           "counts them)."));
    return trend;
}

} // namespace paceline
