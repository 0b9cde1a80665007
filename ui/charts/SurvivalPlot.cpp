#include "SurvivalPlot.h"

#include "ChartFit.h"
#include "ChartStyle.h"
#include "PlotLegend.h"
#include "PlotTitle.h"

#include <qcustomplot.h>

namespace paceline {

namespace {

// Okabe-Ito, the palette of the other charts; neighbouring decades get distant hues.
QColor groupColour(qsizetype i)
{
    static const QColor colours[] = {{0, 114, 178}, {213, 94, 0},   {0, 158, 115}, {204, 121, 167},
                                     {230, 159, 0}, {86, 180, 233}, {90, 90, 90}};
    return colours[i % std::size(colours)];
}

QString todayText(const QDate& today)
{
    return PartialDate(today.year(), today.month(), today.day(), PartialDate::Precision::Day)
        .toDisplayString();
}

// Band (two graphs, the upper filled down to the lower), curve, censoring marks.
void addCurve(QCustomPlot& plot, const SurvivalCurve& c, const QColor& colour, int bandAlpha)
{
    QVector<double> keys{0}, survival{1}, lower{1}, upper{1}, censoredKeys, censoredValues;
    for (const SurvivalStep& s : c.steps) {
        keys << s.time;
        survival << s.survival;
        lower << s.lower;
        upper << s.upper;
        if (s.censored > 0) {
            censoredKeys << s.time;
            censoredValues << s.survival;
        }
    }
    const auto stepGraph = [&](const QVector<double>& values) {
        QCPGraph* g = plot.addGraph();
        g->setData(keys, values, true);
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->removeFromLegend();
        return g;
    };
    QCPGraph* low = stepGraph(lower);
    low->setPen(Qt::NoPen);
    QCPGraph* high = stepGraph(upper);
    high->setPen(Qt::NoPen);
    QColor fill = colour;
    fill.setAlpha(bandAlpha);
    high->setBrush(fill);
    high->setChannelFillGraph(low);
    QCPGraph* curve = stepGraph(survival);
    curve->setPen(QPen(colour, chartLineWidth(plot, 2)));
    curve->setName(
        QStringLiteral("%1: n = %2, median %3").arg(c.name).arg(c.count).arg(c.median.describe()));
    curve->addToLegend();
    QCPGraph* ticks = plot.addGraph();
    ticks->setData(censoredKeys, censoredValues, true);
    ticks->setLineStyle(QCPGraph::lsNone);
    ticks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssPlus,
                                           QPen(colour, chartLineWidth(plot, 1.5)), Qt::NoBrush,
                                           chartMarkerSize(plot, 9)));
    ticks->removeFromLegend();
}

// Legend entries for what every curve shares: the band and the censoring mark.
void addKey(QCustomPlot& plot)
{
    QCPGraph* band = plot.addGraph();
    band->setPen(Qt::NoPen);
    band->setBrush(QColor(0, 0, 0, 45));
    band->setName(QStringLiteral("95% confidence band"));
    ChartFit::setLegendPriority(band, ChartFit::kNormal);
    QCPGraph* mark = plot.addGraph();
    mark->setLineStyle(QCPGraph::lsNone);
    mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssPlus,
                                          QPen(Qt::black, chartLineWidth(plot, 1.5)), Qt::NoBrush,
                                          chartMarkerSize(plot, 9)));
    mark->setName(QStringLiteral("not controlled yet (censored)"));
}

// A dashed line at one half, where the medians are read, and a drop to the median when one
// curve is shown (one per decade would crowd the plot; the legend gives them).
void markMedian(QCustomPlot& plot, const SurvivalCurve* c)
{
    auto* half = new QCPItemStraightLine(&plot);
    half->point1->setCoords(0, 0.5);
    half->point2->setCoords(1, 0.5);
    half->setPen(QPen(QColor(150, 150, 150), chartLineWidth(plot, 1), Qt::DashLine));
    if (!c || !c->median.value)
        return;
    auto* drop = new QCPItemLine(&plot);
    drop->start->setCoords(*c->median.value, 0.5);
    drop->end->setCoords(*c->median.value, 0);
    drop->setPen(QPen(QColor(150, 150, 150), chartLineWidth(plot, 1), Qt::DashLine));
    auto* label = new QCPItemText(&plot);
    label->position->setCoords(*c->median.value, 0.5);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setPadding(QMargins(4, 0, 0, 3));
    label->setText(QStringLiteral("median %1 y").arg(*c->median.value, 0, 'f', 1));
    label->setFont(chartFont(plot, 8));
    label->setClipToAxisRect(true);
    ChartFit::of(plot).addLabel(label, ChartFit::kMajor,
                                {{Qt::AlignLeft | Qt::AlignTop, QMargins(4, 3, 0, 0), {}, {}},
                                 {Qt::AlignRight | Qt::AlignBottom, QMargins(0, 0, 4, 3), {}, {}}});
}

} // namespace

QList<const SurvivalCurve*> SurvivalPlot::curves(const SurvivalAnalysis& analysis,
                                                 SurvivalGrouping grouping)
{
    QList<const SurvivalCurve*> out;
    if (grouping == SurvivalGrouping::All)
        out << &analysis.all;
    else
        for (const SurvivalCurve& c : analysis.byDecade)
            out << &c;
    return out;
}

void SurvivalPlot::render(QCustomPlot& plot, const SurvivalAnalysis& analysis,
                          SurvivalGrouping grouping)
{
    plot.clearPlottables();
    plot.clearItems();
    ChartFit::of(plot).clear();
    applyAxesLook(plot);
    const QList<const SurvivalCurve*> shown = curves(analysis, grouping);
    const int bandAlpha = shown.size() > 1 ? 28 : 45; // overlapping bands stay legible
    double longest = 5;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        addCurve(plot, *shown.at(i), groupColour(i), bandAlpha);
        if (!shown.at(i)->steps.isEmpty())
            longest = std::max(longest, shown.at(i)->steps.last().time);
    }
    addKey(plot);
    markMedian(plot, shown.size() == 1 ? shown.first() : nullptr);

    plot.xAxis->setRange(0, std::ceil(longest * 1.04));
    plot.yAxis->setRange(-0.02, 1.04);
    plot.xAxis->setLabel(QStringLiteral("Years since emergence"));
    plot.yAxis->setLabel(QStringLiteral("Share not yet controlled"));
    plot.yAxis->setNumberFormat(QStringLiteral("f"));
    plot.yAxis->setNumberPrecision(1);
    plot.legend->setVisible(true);
    placeLegendBelow(plot);
    const SurvivalCurve& all = analysis.all;
    // Short lines: a text element's width is the plot's minimum width.
    QString subtitle =
        QStringLiteral("Kaplan\u2013Meier estimate. Shaded: 95% pointwise band (Greenwood "
                       "variance, log(\u2212log) interval).\n+: not controlled as of %1, "
                       "counted until then (censored).")
            .arg(todayText(analysis.today));
    if (analysis.withoutEmergence > 0)
        subtitle += QStringLiteral(" %1 technologies without an emergence date left out.")
                        .arg(analysis.withoutEmergence);
    setPlotTitle(plot,
                 QStringLiteral("Time from emergence to %1 (n = %2, %3 not controlled yet)")
                     .arg(lagTargetName(analysis.target))
                     .arg(all.count)
                     .arg(all.censored),
                 subtitle);
}

QString SurvivalPlot::headline(const SurvivalAnalysis& a, SurvivalGrouping grouping)
{
    const QString target = lagTargetName(a.target);
    if (a.all.count == 0)
        return QStringLiteral("No technology has an emergence date, so there is no time to %1 "
                              "to estimate.")
            .arg(target);
    QString out =
        QStringLiteral("Median time to %1: %2, across %3 technologies: %4 controlled, %5 not yet "
                       "(counted until %6).")
            .arg(target, a.all.median.describe())
            .arg(a.all.count)
            .arg(a.all.events)
            .arg(a.all.censored)
            .arg(todayText(a.today));
    if (a.withoutEmergence > 0)
        out += QStringLiteral(" %1 without an emergence date left out.").arg(a.withoutEmergence);
    if (grouping == SurvivalGrouping::ByDecade) {
        QStringList parts;
        for (const SurvivalCurve& c : a.byDecade)
            parts << QStringLiteral("%1 %2").arg(
                c.name, c.median.value ? QStringLiteral("%1 y").arg(*c.median.value, 0, 'f', 1)
                                       : QStringLiteral("not reached"));
        out += QStringLiteral(" Medians by decade of emergence: %1.")
                   .arg(parts.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace paceline
