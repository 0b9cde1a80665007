#include "InnovationPlot.h"

#include "ChartFit.h"
#include "ChartStyle.h"
#include "EraBandItem.h"
#include "PlotLegend.h"
#include "timeline/LagTrend.h"

#include <QDate>
#include <QMap>
#include <QSet>

#include <numeric>

namespace paceline {

namespace {

struct Bucket {
    QVector<double> keys, values;
    QVector<double> rangeKeys, rangeValues, rangeErrors; // month/year facts only
};

// Large charts draw markers as pre-rendered pixmaps (a blit instead of stroking thousands of
// shapes); small ones keep vector shapes so that PDF and SVG exports stay vector.
QCPScatterStyle pixmapStyle(const QCPScatterStyle& style)
{
    const int size = int(std::ceil(style.size())) + 4;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QCPPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    style.applyTo(&painter, QPen(Qt::black));
    style.drawShape(&painter, size / 2.0, size / 2.0);
    painter.end();
    return QCPScatterStyle(pixmap);
}

void addPoints(QCustomPlot& plot, const Bucket& b, const QCPScatterStyle& style,
               const QColor& rangeColor, bool antialiased)
{
    QCPGraph* g = plot.addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(antialiased ? style : pixmapStyle(style));
    g->setData(b.keys, b.values, true);
    g->setAntialiasedScatters(antialiased);
    g->removeFromLegend();
    if (b.rangeKeys.isEmpty())
        return;
    QCPGraph* carrier = plot.addGraph();
    carrier->setLineStyle(QCPGraph::lsNone);
    carrier->setData(b.rangeKeys, b.rangeValues, true);
    carrier->removeFromLegend();
    carrier->setLayer(QStringLiteral("background"));
    auto* bars = new QCPErrorBars(plot.xAxis, plot.yAxis);
    bars->setDataPlottable(carrier);
    bars->setErrorType(QCPErrorBars::etKeyError);
    bars->setData(b.rangeErrors);
    bars->setWhiskerWidth(0);
    bars->setAntialiased(antialiased);
    QColor c = rangeColor;
    c.setAlpha(90);
    // Wide pens are stroked geometry; big charts use a cheaper 3 px range.
    bars->setPen(QPen(c, chartLineWidth(plot, antialiased ? 7 : 3), Qt::SolidLine, Qt::FlatCap));
    bars->removeFromLegend();
    bars->setLayer(QStringLiteral("background"));
}

void addLegendEntry(QCustomPlot& plot, const QString& name, const QCPScatterStyle& style,
                    const QPen& pen = QPen(Qt::NoPen), int priority = ChartFit::kMajor)
{
    QCPGraph* g = plot.addGraph();
    ChartFit::setLegendPriority(g, priority);
    g->setName(name);
    g->setLineStyle(pen.style() == Qt::NoPen ? QCPGraph::lsNone : QCPGraph::lsLine);
    g->setPen(pen);
    g->setScatterStyle(style);
}

// Lag labels are made for up to 60 lanes, beyond that for every n-th; ChartFit shows those
// that fit.
int laneLabelStep(const QCustomPlot&, const ChartData& data)
{
    return std::max(1, int(std::ceil(double(data.lanes.size()) / 60.0)));
}

// Horizontal bars on a carrier graph (error bars keep to their points only when the keys are
// added in order, so each bar set sorts its own).
struct BarSet {
    QVector<double> keys, values, errors;

    void add(double from, double to, double y)
    {
        keys << (from + to) / 2.0;
        values << y;
        errors << std::abs(to - from) / 2.0;
    }
    void draw(QCustomPlot& plot, const QPen& pen, int whisker) const
    {
        if (keys.isEmpty())
            return;
        QVector<int> order(keys.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return keys[a] < keys[b]; });
        QVector<double> k, v, e;
        for (int i : order) {
            k << keys[i];
            v << values[i];
            e << errors[i];
        }
        QCPGraph* g = plot.addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        g->setData(k, v, true);
        g->removeFromLegend();
        auto* eb = new QCPErrorBars(plot.xAxis, plot.yAxis);
        eb->setDataPlottable(g);
        eb->setErrorType(QCPErrorBars::etKeyError);
        eb->setData(e);
        eb->setWhiskerWidth(whisker);
        eb->setPen(pen);
        eb->removeFromLegend();
    }
};

// A lag label, kept by ChartFit only where it fits, and only while its lane is named.
void addBarLabel(QCustomPlot& plot, const QPointF& at, const QString& text, const QColor& color,
                 Qt::Alignment alignment, const QMargins& padding, int priority,
                 const QList<ChartFit::Placement>& others, double lane)
{
    auto* label = new QCPItemText(&plot);
    label->position->setCoords(at);
    label->setPositionAlignment(alignment);
    label->setPadding(padding);
    label->setText(text);
    label->setFont(chartFont(plot, 7, true));
    label->setColor(color);
    label->setClipToAxisRect(true);
    ChartFit::of(plot).addLabel(label, priority, others, plot.yAxis, lane);
}

// The regime's lag over the middle of its bar, else over either end.
void addLagLabel(QCustomPlot& plot, double from, double to, double lane, const QString& text)
{
    const double above = lane - 0.3;
    const QMargins none;
    addBarLabel(plot, {(from + to) / 2.0, above}, text, QColor(60, 60, 110),
                Qt::AlignHCenter | Qt::AlignBottom, none, ChartFit::kMajor,
                {{Qt::AlignLeft | Qt::AlignBottom, none, QPointF(std::min(from, to), above), {}},
                 {Qt::AlignRight | Qt::AlignBottom, none, QPointF(std::max(from, to), above), {}}},
                lane);
}

// Where a national list's step runs below the lane, so the steps of one lane stay apart.
double chainOffset(RegimeGroup group)
{
    return group == RegimeGroup::US ? 0.16 : group == RegimeGroup::EU ? 0.3 : 0.0;
}

// Emergence to first control as a bar; where the regime's decision is known, the chain of
// emergence -> decision -> each national list instead.
void addLagBars(QCustomPlot& plot, const ChartData& data)
{
    BarSet plain, decisions;
    QMap<RegimeGroup, BarSet> national;
    const int step = laneLabelStep(plot, data);
    for (qsizetype i = 0; i < data.lanes.size(); ++i) {
        const ChartLane& lane = data.lanes.at(i);
        const bool labelled = i % step == 0;
        if (!lane.chain.isEmpty()) {
            for (int l = 0; l < lane.chain.size(); ++l) {
                const ChainLink& link = lane.chain[l];
                const double y = double(i) + (l == 0 ? 0.0 : chainOffset(link.group));
                (l == 0 ? decisions : national[link.group]).add(link.from, link.to, y);
                if (!labelled)
                    continue;
                if (l == 0) {
                    addLagLabel(plot, link.from, link.to, double(i), link.label);
                    continue;
                }
                // A national list's step: right of its end, else left of its start.
                const QMargins left(4, 0, 0, 0), right(0, 0, 4, 0);
                addBarLabel(plot, {std::max(link.from, link.to), y}, link.label,
                            regimeColor(link.group).darker(130), Qt::AlignLeft | Qt::AlignVCenter,
                            left, ChartFit::kNormal,
                            {{Qt::AlignRight | Qt::AlignVCenter,
                              right,
                              QPointF(std::min(link.from, link.to), y),
                              {}}},
                            double(i));
            }
            continue;
        }
        if (!lane.barStart)
            continue;
        plain.add(*lane.barStart, *lane.barEnd, double(i));
        if (labelled)
            addLagLabel(plot, *lane.barStart, *lane.barEnd, double(i), lane.barLabel);
    }
    const QPen bar(QColor(150, 160, 200, 160), chartLineWidth(plot, 3), Qt::SolidLine, Qt::FlatCap);
    const int whisker = int(chartMarkerSize(plot, 10));
    plain.draw(plot, bar, whisker);
    decisions.draw(plot, bar, whisker);
    for (auto it = national.constBegin(); it != national.constEnd(); ++it) {
        QColor c = regimeColor(it.key());
        c.setAlpha(170);
        it.value().draw(plot, QPen(c, chartLineWidth(plot, 2), Qt::SolidLine, Qt::FlatCap),
                        int(chartMarkerSize(plot, 6)));
    }
}

// Height of the row of edition names above the era strip.
int editionRowHeight(const QCustomPlot& plot)
{
    return QFontMetrics(chartFont(plot, 7)).height() + 2;
}

int eraStripHeight(const QCustomPlot& plot, const ChartData& data)
{
    return data.eras.isEmpty() ? 0 : EraBandItem::stripHeight(plot);
}

// A dashed line per edition; its name in a row above the plot (never over the data), starting
// at the line, else ending there, else without its date. Where two collide the newer wins.
void addEditions(QCustomPlot& plot, const ChartData& data)
{
    // Lifted over the era strip by a bottom padding.
    const int lift = eraStripHeight(plot, data) + 2;
    const QMargins left(3, 0, 0, lift), right(0, 0, 3, lift);
    for (const ChartEdition& e : data.editions) {
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(e.x, 0);
        line->point2->setCoords(e.x, 1);
        line->setPen(QPen(QColor(120, 120, 120), chartLineWidth(plot, 1), Qt::DashLine));
        line->setLayer(QStringLiteral("background"));
        auto* label = new QCPItemText(&plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(e.x, 0.0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(left);
        const QString name = shortTechnologyName(
            (e.edition.isEmpty() ? e.label : e.edition).section(QStringLiteral(" \u2014 "), 0, 0),
            28);
        label->setText(QStringLiteral("%1 (%2)").arg(name, e.date.toDisplayString()));
        label->setFont(chartFont(plot, 7));
        label->setColor(QColor(90, 90, 90));
        label->setClipToAxisRect(false);
        const auto newer = std::count_if(data.editions.begin(), data.editions.end(),
                                         [&e](const ChartEdition& o) { return o.x > e.x; });
        ChartFit::of(plot).addLabel(label,
                                    ChartFit::kMajor + 90 - int(std::min<qsizetype>(newer, 80)),
                                    {{Qt::AlignRight | Qt::AlignBottom, right, {}, {}},
                                     {Qt::AlignLeft | Qt::AlignBottom, left, {}, name},
                                     {Qt::AlignRight | Qt::AlignBottom, right, {}, name}});
    }
}

// One band item per era; the label strip above the axis rect is there only when there are eras.
void addEras(QCustomPlot& plot, const ChartData& data)
{
    QMargins margins = plot.axisRect()->minimumMargins();
    margins.setTop(eraStripHeight(plot, data) +
                   (data.editions.isEmpty() ? 0 : editionRowHeight(plot) + 2));
    plot.axisRect()->setMinimumMargins(margins);
    const auto bands = QSharedPointer<const QList<ChartEra>>::create(data.eras);
    for (int i = 0; i < bands->size(); ++i)
        new EraBandItem(&plot, bands, i);
}

void setTitle(QCustomPlot& plot, const ChartData& data)
{
    auto* title = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
    if (!title) {
        plot.plotLayout()->insertRow(0);
        title = new QCPTextElement(&plot);
        plot.plotLayout()->addElement(0, 0, title);
    }
    title->setFont(chartFont(plot, 12, true));
    QList<double> lags;
    for (const ChartLane& l : data.lanes)
        if (auto v = l.lag.lag(LagTarget::FirstControl))
            lags << *v;
    const auto median = LagTrend::medianOf(lags);
    const QString medianText = median ? QString::number(*median, 'f', 1) : QStringLiteral("\u2014");
    if (chartLook(plot) == ChartLook::Presentation) {
        title->setText(QStringLiteral("Innovation versus update: median lag %1 years (%2 "
                                      "technologies)")
                           .arg(medianText)
                           .arg(data.lanes.size()));
        return;
    }
    title->setText(
        QStringLiteral(
            "Innovation versus update: %1 technologies, %2 control events, %3 milestones\n"
            "Bars run from emergence to the regime's decision, then on to each national "
            "list (US, EU), or to the first control; median lag %4 years")
            .arg(data.lanes.size())
            .arg(data.distinctFactCount(true))
            .arg(data.distinctFactCount(false))
            .arg(medianText));
}

void setUpAxes(QCustomPlot& plot, const ChartData& data)
{
    applyAxesLook(plot);
    // Every lane named where the height allows (ChartFit thins and shortens the names).
    QMap<double, QString> names;
    for (qsizetype i = 0; i < data.lanes.size(); ++i)
        names.insert(double(i), data.lanes.at(i).technology.name);
    ChartFit::of(plot).setAxisLabels(plot.yAxis, names, 0.28);
    plot.yAxis->setRangeReversed(true);
    plot.yAxis->setRange(-0.8, std::max<double>(0.8, double(data.lanes.size()) - 0.2));
    plot.yAxis->grid()->setPen(QPen(QColor(235, 235, 235)));
    plot.xAxis->setNumberFormat(QStringLiteral("f"));
    plot.xAxis->setNumberPrecision(0);
    plot.xAxis->setLabel(QStringLiteral("Year"));
    plot.xAxis->setRange(InnovationPlot::fullRange(data));
}

} // namespace

double InnovationPlot::markerY(const ChartFact& fact)
{
    return double(fact.lane) + (fact.isEvent ? 0.12 : -0.12);
}

QCPRange InnovationPlot::fullRange(const ChartData& data)
{
    if (data.facts.isEmpty() && data.eras.isEmpty())
        return QCPRange(1970, 2030);
    double lo = data.facts.isEmpty() ? data.eras.first().start : data.minX;
    double hi = data.facts.isEmpty() ? data.eras.first().end : data.maxX;
    for (const ChartEra& e : data.eras) {
        lo = std::min(lo, e.start);
        hi = std::max(hi, e.end);
    }
    return QCPRange(std::floor(lo) - 1.0, std::ceil(hi) + 1.0);
}

QCPRange InnovationPlot::presetRange(const ChartData& data, ZoomPreset preset)
{
    switch (preset) {
    case ZoomPreset::LastFiveYears:
    case ZoomPreset::LastTenYears: {
        const double years = preset == ZoomPreset::LastFiveYears ? 5.0 : 10.0;
        const double end =
            data.facts.isEmpty() ? double(QDate::currentDate().year() + 1) : std::ceil(data.maxX);
        return QCPRange(end - years, end);
    }
    case ZoomPreset::FitToData: {
        if (data.facts.isEmpty())
            return fullRange(data);
        const double pad = std::max(0.02 * (data.maxX - data.minX), 0.1);
        return QCPRange(data.minX - pad, data.maxX + pad);
    }
    case ZoomPreset::All:
        break;
    }
    return fullRange(data);
}

void InnovationPlot::render(QCustomPlot& plot, const ChartData& data)
{
    plot.clearPlottables();
    plot.clearItems();
    ChartFit::of(plot).clear();
    const auto line = [&plot](double width) {
        return chartLineWidth(plot, width);
    };
    const auto mark = [&plot](double size) {
        return chartMarkerSize(plot, size);
    };
    setUpAxes(plot, data);
    addEras(plot, data); // first: drawn under the ranges and edition lines of the same layer
    addLagBars(plot, data);

    // Buckets by (regime or class, hollow): a handful of graphs, not one per fact.
    QMap<QPair<QString, bool>, Bucket> buckets;
    for (const ChartFact& f : data.facts) {
        const QString key = f.isEvent ? QStringLiteral("E") + QString::number(int(f.regime))
                                      : QStringLiteral("M") + f.kind;
        Bucket& b = buckets[{key, f.confidence == Confidence::Low}];
        b.keys << f.centre();
        b.values << markerY(f);
        if (f.date.precision() != PartialDate::Precision::Day) {
            b.rangeKeys << f.centre();
            b.rangeValues << markerY(f);
            b.rangeErrors << (f.end - f.start) / 2.0;
        }
    }
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        const bool hollow = it.key().second;
        const bool isEvent = it.key().first.startsWith(QLatin1Char('E'));
        const QColor color =
            isEvent ? regimeColor(RegimeGroup(it.key().first.mid(1).toInt())) : milestoneColor();
        const auto shape =
            isEvent ? QCPScatterStyle::ssCircle : milestoneShape(it.key().first.mid(1));
        QCPScatterStyle style(shape, QPen(color, line(1.6)),
                              hollow ? QBrush(Qt::white) : QBrush(color), mark(isEvent ? 8 : 9));
        addPoints(plot, it.value(), style, color, data.facts.size() < 3000);
    }
    addEditions(plot, data);

    // Legend: regimes, milestone classes, then the conventions. What the data does not show,
    // and the finer conventions, go first where the legend needs room (ChartFit).
    QSet<QString> shown;
    for (const ChartFact& f : data.facts)
        shown.insert(f.isEvent ? QString::number(int(f.regime)) : f.kind);
    const auto present = [&shown](const QString& key, int priority) {
        return shown.contains(key) ? priority : ChartFit::kMinor;
    };
    plot.legend->clearItems();
    for (RegimeGroup g : allRegimeGroups())
        addLegendEntry(
            plot, regimeGroupName(g),
            QCPScatterStyle(QCPScatterStyle::ssCircle, regimeColor(g), regimeColor(g), mark(8)),
            QPen(Qt::NoPen), present(QString::number(int(g)), ChartFit::kMajor));
    for (const QString& cls : milestoneClasses())
        addLegendEntry(
            plot, milestoneClassTitle(cls),
            QCPScatterStyle(milestoneShape(cls), milestoneColor(), milestoneColor(), mark(9)),
            QPen(Qt::NoPen), present(cls, ChartFit::kNormal));
    addLegendEntry(
        plot, QStringLiteral("low confidence (hollow)"),
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, line(1.6)), Qt::white, mark(8)));
    addLegendEntry(plot, QStringLiteral("month / year precision"), QCPScatterStyle(),
                   QPen(QColor(0, 0, 0, 90), line(7), Qt::SolidLine, Qt::FlatCap),
                   ChartFit::kNormal);
    // A slide has room for short names only.
    const bool brief = chartLook(plot) == ChartLook::Presentation;
    addLegendEntry(plot,
                   brief ? QStringLiteral("emergence \u2192 decision")
                         : QStringLiteral("emergence \u2192 regime decision (or first control)"),
                   QCPScatterStyle(), QPen(QColor(150, 160, 200, 160), line(3)));
    for (RegimeGroup g : {RegimeGroup::US, RegimeGroup::EU})
        addLegendEntry(plot,
                       (brief ? QStringLiteral("decision \u2192 %1")
                              : QStringLiteral("decision \u2192 first %1 control"))
                           .arg(regimeGroupName(g)),
                       QCPScatterStyle(), QPen(regimeColor(g), line(2)));
    addLegendEntry(plot, QStringLiteral("list edition"), QCPScatterStyle(),
                   QPen(QColor(120, 120, 120), line(1), Qt::DashLine));
    if (!data.eras.isEmpty()) {
        QColor band = EraBandItem::colorOf(QString());
        band.setAlpha(60);
        addLegendEntry(plot, QStringLiteral("era (band)"), QCPScatterStyle(),
                       QPen(band, line(9), Qt::SolidLine, Qt::FlatCap), ChartFit::kNormal);
    }
    plot.legend->setVisible(true);
    placeLegendBelow(plot);
    setTitle(plot, data);
}

} // namespace paceline
