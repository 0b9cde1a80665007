#include "ImplementationPlot.h"

#include "ChartFit.h"
#include "ChartStyle.h"
#include "PlotLegend.h"
#include "PlotTitle.h"
#include "pacing/ImplementationRules.h"
#include "pacing/ImplementationStats.h"

#include <qcustomplot.h>

#include <algorithm>

namespace paceline {

namespace {

// Row labels stay readable up to this many changes (and as the height allows); beyond, the
// table names them.
constexpr int kMaxLabelledRows = 45;

const QColor kOtherListColors[] = {QColor(0x6a, 0x3d, 0x9a), QColor(0x33, 0xa0, 0x2c),
                                   QColor(0xb1, 0x59, 0x28), QColor(0x1f, 0x78, 0xb4)};

// A curve, not a graph: a graph sorts its points by key, and the error bars must stay with
// their points.
QCPCurve* addSeries(QCustomPlot& plot, const QColor& color, QCPScatterStyle::ScatterShape shape,
                    bool filled, const QString& name, int size)
{
    auto* g = new QCPCurve(plot.xAxis, plot.yAxis);
    g->setLineStyle(QCPCurve::lsNone);
    g->setScatterStyle(QCPScatterStyle(shape, QPen(color, chartLineWidth(plot, 1.5)),
                                       filled ? QBrush(color) : QBrush(Qt::white),
                                       chartMarkerSize(plot, size)));
    g->setName(name);
    return g;
}

QCPErrorBars* addBars(QCustomPlot& plot, QCPCurve* g, QColor color, bool whiskers)
{
    auto* bars = new QCPErrorBars(plot.xAxis, plot.yAxis);
    bars->setErrorType(QCPErrorBars::etKeyError);
    if (!whiskers)
        color.setAlpha(45);
    bars->setPen(QPen(color, chartLineWidth(plot, whiskers ? 1.2 : 1.0)));
    bars->setWhiskerWidth(whiskers ? chartMarkerSize(plot, 5) : 0);
    bars->setDataPlottable(g);
    bars->removeFromLegend();
    return bars;
}

void band(QCustomPlot& plot, double from, double to, QColor color, int alpha)
{
    auto* rect = new QCPItemRect(&plot);
    rect->setLayer(QStringLiteral("background"));
    rect->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->topLeft->setCoords(from, 0);
    rect->bottomRight->setCoords(std::max(to, from + 0.03), 1);
    color.setAlpha(alpha);
    rect->setPen(Qt::NoPen);
    rect->setBrush(color);
}

} // namespace

QColor ImplementationPlot::listColor(const ImplementationTable& table, int listIndex)
{
    const RegimeGroup group = regimeGroupOfList(table.lists.value(listIndex).regimeKey);
    if (group != RegimeGroup::National)
        return regimeColor(group);
    return kOtherListColors[listIndex % std::size(kOtherListColors)];
}

QString ImplementationPlot::render(QCustomPlot& plot, const ImplementationTable& table,
                                   const QList<int>& shownRows)
{
    // Too many rows to name: ordered by lag, they read as a distribution instead.
    QList<int> rows = shownRows;
    // Names need a line a row beside the title, axis and legend.
    const int rowHeight = QFontMetrics(chartFont(plot, 8)).height() + 2;
    const bool named = rows.size() <= kMaxLabelledRows &&
                       rows.size() * rowHeight <= std::max(0, plot.height() - 170);
    if (!named) {
        auto key = [&table](int r) {
            for (const Implementation& c : table.rows[r].cells)
                if (c.lag.high || c.lag.low)
                    return c.lag.high.value_or(*c.lag.low + 100.0);
            return 1e9;
        };
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return key(a) < key(b); });
    }
    const int markerSize = named ? 7 : 4;
    plot.clearGraphs();
    plot.clearPlottables();
    plot.clearItems();
    ChartFit::of(plot).clear();
    applyAxesLook(plot);
    const int lists = int(table.lists.size());
    const QList<LagSummary> summaries = summariseLags(table, rows);
    double maxX = 1.0, minX = 0.0;
    for (int r : rows)
        for (const Implementation& c : table.rows[r].cells) {
            if (c.lag.high)
                maxX = std::max(maxX, *c.lag.high);
            if (c.lag.low) {
                maxX = std::max(maxX, *c.lag.low);
                minX = std::min(minX, *c.lag.low);
            }
        }
    maxX = std::ceil(maxX + 0.5);
    minX = std::floor(minX);

    for (int li = 0; li < lists; ++li) {
        const QColor color = listColor(table, li);
        const LagSummary& sum = summaries[li];
        QCPCurve* done =
            addSeries(plot, color, QCPScatterStyle::ssDisc, true,
                      table.lists[li].name + QStringLiteral(": ") + sum.describe(), markerSize);
        QCPErrorBars* doneBars = addBars(plot, done, color, named);
        QCPCurve* pending =
            addSeries(plot, color, QCPScatterStyle::ssDiamond, false, QString(), markerSize);
        pending->removeFromLegend();
        QCPErrorBars* pendingBars = addBars(plot, pending, color, named);
        // Lists side by side within a row.
        const double offset = lists > 1 ? (li - (lists - 1) / 2.0) * (0.5 / lists) : 0.0;
        for (int y = 0; y < rows.size(); ++y) {
            const Implementation& c = table.rows[rows[y]].cells[li];
            if (c.status == ImplementationStatus::NotYetImplemented && c.lag.low) {
                pending->addData(pending->dataCount(), *c.lag.low, y + offset);
                pendingBars->addData(0.0, maxX - *c.lag.low);
            } else if (c.lag.high) {
                const double low = c.lag.low.value_or(*c.lag.high);
                done->addData(done->dataCount(), *c.lag.high, y + offset);
                doneBars->addData(*c.lag.high - low, 0.0);
            }
        }
        if (sum.count > 0) {
            band(plot, sum.q1Low, sum.q3High, color, 18);
            band(plot, sum.medianLow, sum.medianHigh, color, 60);
        }
    }

    ChartFit::setAxisTitles(
        plot.xAxis, {QStringLiteral("Years from the regime's decision to the national list (a "
                                    "line: the lag lies somewhere on it)"),
                     QStringLiteral("Years from the regime's decision to the national list"),
                     QStringLiteral("Years to the national list")});
    plot.xAxis->setRange(minX, maxX);
    plot.yAxis->setRangeReversed(true);
    plot.yAxis->setRange(-0.7, std::max<qsizetype>(1, rows.size()) - 0.3);
    QMap<double, QString> codes;
    if (named) {
        for (int y = 0; y < rows.size(); ++y)
            codes.insert(y, table.rows[rows[y]].change.code);
        plot.yAxis->setLabel(QString());
    } else {
        plot.yAxis->setLabel(QStringLiteral("%1 changes, by lag").arg(rows.size()));
    }
    ChartFit::of(plot).setAxisLabels(plot.yAxis, codes);
    plot.yAxis->grid()->setVisible(named);
    plot.legend->setVisible(lists > 0);
    placeLegendBelow(plot);
    setPlotTitle(plot, QStringLiteral("From %1 to the national lists").arg(table.regimeListName),
                 QStringLiteral("Dot: lag to the first edition or event; line: the span the dates "
                                "allow; diamond: not yet. Bands: median and IQR per list."));
    plot.replot();
    return summary(table, rows);
}

QString ImplementationPlot::summary(const ImplementationTable& table, const QList<int>& rows)
{
    const QList<LagSummary> summaries = summariseLags(table, rows);
    QStringList sentences;
    for (int li = 0; li < table.lists.size(); ++li)
        sentences << table.lists[li].key + QStringLiteral(" ") + summaries[li].describe();
    return sentences.join(QStringLiteral("; "));
}

} // namespace paceline
