#include "ChurnPlot.h"

#include "ChartFit.h"
#include "ChartStyle.h"
#include "PlotLegend.h"
#include "PlotTitle.h"
#include "util/PartialDate.h"

#include <qcustomplot.h>

#include <algorithm>

namespace paceline {

namespace {

constexpr double kBarWidth = 0.6;

QCPBars* addBars(QCustomPlot& plot, const QString& name, const QColor& colour)
{
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setPen(QPen(colour.darker(130), chartLineWidth(plot, 1)));
    bars->setBrush(colour);
    return bars;
}

QString dateText(const QString& iso)
{
    const auto d = PartialDate::parse(iso);
    return d ? d->toDisplayString() : iso;
}

// The edition's label, shortened, over its date.
QString tickLabel(const EditionInfo& e)
{
    EditionInfo undated = e;
    undated.date.clear();
    const QString label = ChurnPlot::editionTitle(undated, 28);
    return e.date.isEmpty() ? label : label + QLatin1Char('\n') + dateText(e.date);
}

QString subtitle(const ListChurn& churn)
{
    if (churn.listKey.isEmpty())
        return QStringLiteral("No list has two editions in the database yet.");
    if (churn.editions.size() < 2)
        return QStringLiteral("Fewer than two editions of this list in the database: "
                              "nothing to compare.");
    return QStringLiteral("Each bar: an edition against the one before it, node by node.\n%1")
        .arg(churn.options.ignoreTypography
                 ? QStringLiteral("Quotes, dashes and spacing ignored.")
                 : QStringLiteral("Typography changes count as changes."));
}

} // namespace

QString ChurnPlot::editionTitle(const EditionInfo& e, int maxLength)
{
    QString label = e.label.section(QStringLiteral(" \u2014 "), 0, 0).trimmed();
    if (label.isEmpty())
        label = e.label;
    label = shortTechnologyName(label, maxLength);
    return e.date.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, dateText(e.date));
}

QString ChurnPlot::tooltip(const ChurnStep& s)
{
    // The categories that changed most, so that a tall bar says where the work was.
    QList<CategoryCounts> busy;
    for (const CategoryCounts& c : s.categories)
        if (c.total() > 0)
            busy.append(c);
    std::stable_sort(
        busy.begin(), busy.end(),
        [](const CategoryCounts& a, const CategoryCounts& b) { return a.total() > b.total(); });
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(busy.size(), 5); ++i)
        lines << QStringLiteral("\u2022 %1 %2: %3 (+%4 ~%5 \u2212%6)")
                     .arg(busy.at(i).code, shortTechnologyName(busy.at(i).title, 32))
                     .arg(busy.at(i).total())
                     .arg(busy.at(i).added)
                     .arg(busy.at(i).changed)
                     .arg(busy.at(i).removed);
    if (busy.size() > 5)
        lines << QStringLiteral("\u2022 and %1 more categories").arg(busy.size() - 5);
    return QStringLiteral("%1\nagainst %2\n\nadded: %3\nchanged: %4\nremoved: %5\ntotal: %6%7\n\n"
                          "Click to open the comparison.")
        .arg(editionTitle(s.to, 200), editionTitle(s.from, 200))
        .arg(s.added)
        .arg(s.changed)
        .arg(s.removed)
        .arg(s.total())
        .arg(lines.isEmpty()
                 ? QString()
                 : QStringLiteral("\n\nBy category:\n") + lines.join(QLatin1Char('\n')));
}

QString ChurnPlot::snapshot(const ListChurn& churn)
{
    QStringList labels;
    for (const EditionInfo& e : churn.editions)
        labels << editionTitle(e, 200);
    return QStringLiteral("List churn of %1 (%2) \u00b7 %3 \u00b7 Editions: %4")
        .arg(churn.listName.isEmpty() ? QStringLiteral("no list") : churn.listName, churn.listKey,
             churn.options.ignoreTypography ? QStringLiteral("typography ignored")
                                            : QStringLiteral("typography counted"),
             labels.isEmpty() ? QStringLiteral("none") : labels.join(QStringLiteral(", ")));
}

void ChurnPlot::render(QCustomPlot& plot, const ListChurn& churn)
{
    plot.clearPlottables();
    plot.clearItems();
    ChartFit::of(plot).clear();
    applyAxesLook(plot);
    // Created top of the stack first, so that the legend reads in the stack's order.
    QCPBars* added = addBars(plot, QStringLiteral("added"), addedColor());
    QCPBars* changed = addBars(plot, QStringLiteral("changed"), changedColor());
    QCPBars* removed = addBars(plot, QStringLiteral("removed"), removedColor());
    changed->moveAbove(removed);
    added->moveAbove(changed);

    QMap<double, QString> ticks;
    int highest = 0;
    for (qsizetype i = 0; i < churn.steps.size(); ++i) {
        const ChurnStep& s = churn.steps.at(i);
        const double x = double(i + 1);
        removed->addData(x, s.removed);
        changed->addData(x, s.changed);
        added->addData(x, s.added);
        highest = std::max(highest, s.total());
        ticks.insert(x, tickLabel(s.to));
        auto* total = new QCPItemText(&plot);
        total->position->setCoords(x, s.total());
        total->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        total->setText(QString::number(s.total()));
        total->setFont(chartFont(plot, 8, true));
        total->setClipToAxisRect(true);
        ChartFit::of(plot).addLabel(total, ChartFit::kMajor);
    }
    ChartFit::of(plot).setAxisLabels(plot.xAxis, ticks);
    plot.xAxis->setTickLabelRotation(churn.steps.size() > 6 ? 35 : 0);
    plot.xAxis->setSubTicks(false);
    plot.xAxis->setTickLength(0, 4);
    // At least five slots wide: one or two editions pairs get bars, not walls.
    const double span = std::max(5.0, double(churn.steps.size()) + 0.2);
    const double centre = (double(churn.steps.size()) + 1.0) / 2.0;
    plot.xAxis->setRange(centre - span / 2.0, centre + span / 2.0);
    ChartFit::setAxisTitles(plot.xAxis,
                            churn.steps.isEmpty()
                                ? QStringList()
                                : QStringList{QStringLiteral("Edition (compared with the one "
                                                             "before it)"),
                                              QStringLiteral("Edition")});
    plot.yAxis->setRange(0, std::max(5.0, highest * 1.3));
    plot.yAxis->setLabel(QStringLiteral("Nodes"));
    plot.yAxis->setNumberFormat(QStringLiteral("f"));
    plot.yAxis->setNumberPrecision(0);
    plot.legend->setVisible(!churn.steps.isEmpty());
    placeLegendBelow(plot);
    const QString name = churn.listName.isEmpty() ? churn.listKey : churn.listName;
    setPlotTitle(plot,
                 name.isEmpty() ? QStringLiteral("List churn")
                                : QStringLiteral("List churn: %1 \u2014 nodes added, changed and "
                                                 "removed per edition")
                                      .arg(name),
                 subtitle(churn));
}

int ChurnPlot::stepAt(const QCustomPlot& plot, const ListChurn& churn, const QPoint& pos)
{
    const double x = plot.xAxis->pixelToCoord(pos.x());
    const int i = qRound(x) - 1;
    if (i < 0 || i >= churn.steps.size() || std::abs(x - (i + 1)) > kBarWidth / 2)
        return -1;
    const double y = plot.yAxis->pixelToCoord(pos.y());
    const double slack = std::abs(plot.yAxis->pixelToCoord(pos.y() - 4) - y);
    if (y < -slack || y > churn.steps.at(i).total() + slack)
        return -1;
    return i;
}

} // namespace paceline
