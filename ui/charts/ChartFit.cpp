#include "ChartFit.h"

#include "ChartStyle.h"

#include <QScopedValueRollback>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

constexpr char kSourceText[] = "paceline.fit.source";
constexpr char kWrappedText[] = "paceline.fit.wrapped";
constexpr char kAxisTitles[] = "paceline.fit.titles";
constexpr char kShownTitle[] = "paceline.fit.shownTitle";
constexpr char kLegendPriority[] = "paceline.fit.legendPriority";
constexpr double kLegendShare = 0.25; // of the plot's height, at most
constexpr int kMaxLegendColumns = 8;
constexpr double kGap = 2.0; // pixels kept free between two texts

// Greedy word wrap of each paragraph to the width; a word wider than the line is elided.
QString wrapToWidth(const QString& text, const QFont& font, int width)
{
    const QFontMetrics fm(font);
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (fm.horizontalAdvance(word) > width)
                word = fm.elidedText(word, Qt::ElideRight, width);
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
                lines << line;
                line = word;
            } else {
                line = longer;
            }
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// The text shortened by words ("Intrusion software / exploitation …" -> "Intrusion software")
// and then elided until it is at most `width` pixels wide.
QString shortenToWidth(const QString& text, const QFontMetrics& fm, int width)
{
    if (fm.horizontalAdvance(text) <= width)
        return text;
    for (int chars = int(text.size()) - 1; chars >= 8; --chars) {
        const QString s = shortTechnologyName(text, chars);
        if (fm.horizontalAdvance(s) <= width)
            return s;
    }
    return fm.elidedText(text, Qt::ElideRight, width);
}

QSize textSize(const QFontMetrics& fm, const QString& text)
{
    return fm.boundingRect(QRect(0, 0, 0, 0), Qt::TextDontClip | Qt::AlignHCenter, text).size();
}

// A placement without its own position or text keeps the first placement's.
void apply(QCPItemText* item, const ChartFit::Placement& p, const ChartFit::Placement& first)
{
    item->setPositionAlignment(p.alignment);
    item->setPadding(p.padding);
    item->position->setCoords(p.coords.value_or(first.coords.value_or(QPointF())));
    item->setText(p.text.isEmpty() ? first.text : p.text);
}

// The text as drawn, without its padding (the padding is empty space).
QRectF drawnBox(QCPItemText* item)
{
    const QRectF box = ChartFit::boxOf(item);
    if (!qFuzzyIsNull(item->rotation()))
        return box;
    return box.marginsRemoved(QMarginsF(item->padding()));
}

} // namespace

ChartFit::ChartFit(QCustomPlot& plot)
    : QObject(&plot)
    , m_plot(plot)
{
    setObjectName(QStringLiteral("paceline-chart-fit"));
    connect(&plot, &QCustomPlot::afterLayout, this, &ChartFit::fit);
}

ChartFit& ChartFit::of(QCustomPlot& plot)
{
    auto* fit =
        plot.findChild<ChartFit*>(QStringLiteral("paceline-chart-fit"), Qt::FindDirectChildrenOnly);
    return fit ? *fit : *new ChartFit(plot);
}

void ChartFit::clear()
{
    m_labels.clear();
    m_markers.clear();
    m_axes.clear();
    m_legendEntries.clear();
    m_legendCaptured = false;
}

void ChartFit::setAxisTitles(QCPAxis* axis, const QStringList& titles)
{
    axis->setLabel(titles.value(0));
    axis->setProperty(kAxisTitles, titles);
    axis->setProperty(kShownTitle, titles.value(0));
}

void ChartFit::setLegendPriority(QCPAbstractPlottable* plottable, int priority)
{
    plottable->setProperty(kLegendPriority, priority);
}

void ChartFit::addLabel(QCPItemText* label, int priority, const QList<Placement>& others,
                        QCPAxis* tickAxis, double tickKey)
{
    // Over the data: a label is read before the markers it may cover.
    if (!m_plot.layer(QStringLiteral("labels")))
        m_plot.addLayer(QStringLiteral("labels"), m_plot.layer(QStringLiteral("main")),
                        QCustomPlot::limAbove);
    label->setLayer(QStringLiteral("labels"));
    Label l{label, priority, {}, tickAxis, tickKey};
    l.placements << Placement{label->positionAlignment(), label->padding(),
                              label->position->coords(), label->text()};
    l.placements << others;
    m_labels << l;
}

void ChartFit::addMarker(const QPointF& coords, double radius)
{
    m_markers.append({coords, radius});
}

void ChartFit::setAxisLabels(QCPAxis* axis, const QMap<double, QString>& labels, double maxShare)
{
    m_axes.erase(std::remove_if(m_axes.begin(), m_axes.end(),
                                [axis](const AxisLabels& a) { return a.axis == axis; }),
                 m_axes.end());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->setTicks(labels);
    axis->setTicker(ticker);
    AxisLabels a;
    a.axis = axis;
    a.labels = labels;
    a.maxShare = maxShare;
    a.shown = labels.keys();
    m_axes.append(a);
}

QRectF ChartFit::boxOf(QCPItemText* label)
{
    QPolygonF corners;
    for (QCPItemAnchor* a :
         {label->topLeft, label->topRight, label->bottomRight, label->bottomLeft})
        corners << a->pixelPosition();
    return corners.boundingRect();
}

void ChartFit::fit()
{
    if (m_fitting)
        return;
    const QScopedValueRollback guard(m_fitting, true);
    const bool texts = wrapTexts();
    if (fitLegend() || texts)
        relayout();
    if (fitAxes())
        relayout();
    placeLabels();
    fitAxisTitles();
}

void ChartFit::relayout()
{
    QCPLayoutGrid* layout = m_plot.plotLayout();
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

bool ChartFit::wrapTexts()
{
    bool changed = false;
    for (QCPLayoutElement* e : m_plot.plotLayout()->elements(true)) {
        auto* t = qobject_cast<QCPTextElement*>(e);
        if (!t)
            continue;
        // A text the chart set since the last pass is the new source.
        QString source = t->property(kSourceText).toString();
        if (t->text() != t->property(kWrappedText).toString())
            source = t->text();
        const int width =
            m_plot.viewport().width() - t->margins().left() - t->margins().right() - 4;
        const QString wrapped = wrapToWidth(source, t->font(), std::max(40, width));
        t->setProperty(kSourceText, source);
        t->setProperty(kWrappedText, wrapped);
        if (wrapped != t->text()) {
            t->setText(wrapped);
            changed = true;
        }
    }
    return changed;
}

bool ChartFit::fitLegend()
{
    QCPLegend* legend = m_plot.legend;
    if (!legend || !legend->visible() || legend->layout() != m_plot.plotLayout())
        return false;
    if (!m_legendCaptured) { // the entries the chart made, in its order
        m_legendCaptured = true;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
                m_legendEntries << item->plottable();
    }
    const auto priority = [](QCPAbstractPlottable* p) {
        const QVariant v = p->property(kLegendPriority);
        return v.isValid() ? v.toInt() : kMajor;
    };
    QList<QCPAbstractPlottable*> wanted;
    for (const auto& p : m_legendEntries)
        if (p && priority(p) >= m_minimumPriority)
            wanted << p;
    const int before = legend->itemCount() * 100 + legend->columnCount();
    const double budget = kLegendShare * m_plot.viewport().height();
    for (;;) {
        showLegendEntries(wanted);
        legendColumns();
        if (wanted.size() <= 1 || legend->minimumOuterSizeHint().height() <= budget)
            break;
        // The least important entry goes first; of equals, the last.
        qsizetype least = wanted.size() - 1;
        for (qsizetype i = least; i >= 0; --i)
            if (priority(wanted[i]) < priority(wanted[least]))
                least = i;
        wanted.removeAt(least);
    }
    return before != legend->itemCount() * 100 + legend->columnCount();
}

void ChartFit::showLegendEntries(const QList<QCPAbstractPlottable*>& entries)
{
    QCPLegend* legend = m_plot.legend;
    bool same = legend->itemCount() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
        same = item && item->plottable() == entries[i];
    }
    if (same)
        return;
    legend->clearItems();
    for (QCPAbstractPlottable* p : entries)
        p->addToLegend(legend);
}

// As many columns as the width allows, filled row by row.
int ChartFit::legendColumns()
{
    QCPLegend* legend = m_plot.legend;
    const int available = m_plot.viewport().width() - 16;
    int columns = std::max(1, std::min(legend->itemCount(), kMaxLegendColumns));
    for (; columns > 1; --columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        if (legend->minimumOuterSizeHint().width() <= available)
            break;
    }
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    return columns;
}

void ChartFit::fitAxisTitles()
{
    for (QCPAxis* axis : m_plot.axisRect()->axes()) {
        // A title the chart set since the last pass replaces the titles.
        QStringList titles = axis->property(kAxisTitles).toStringList();
        if (axis->label() != axis->property(kShownTitle).toString())
            titles = {axis->label()};
        if (titles.isEmpty() || titles.first().isEmpty())
            continue;
        const QFontMetrics fm(axis->labelFont());
        const QRect area = m_plot.axisRect()->rect();
        const int length = (axis->orientation() == Qt::Vertical ? area.height() : area.width()) - 4;
        QString shown = fm.elidedText(titles.last(), Qt::ElideRight, std::max(20, length));
        for (const QString& t : titles)
            if (fm.horizontalAdvance(t) <= length) {
                shown = t;
                break;
            }
        axis->setProperty(kAxisTitles, titles);
        axis->setProperty(kShownTitle, shown);
        axis->setLabel(shown);
    }
}

bool ChartFit::fitAxes()
{
    bool changed = false;
    for (AxisLabels& a : m_axes)
        if (a.axis)
            changed |= fitAxis(a);
    return changed;
}

bool ChartFit::fitAxis(AxisLabels& a)
{
    QCPAxis* axis = a.axis;
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(axis->ticker());
    if (!ticker)
        return false;
    const QFontMetrics fm(axis->tickLabelFont());
    const bool vertical = axis->orientation() == Qt::Vertical;
    const int limit = std::max(60, int(a.maxShare * m_plot.viewport().width()));
    if (a.shortenedFor != limit || a.shortenedFont != axis->tickLabelFont()) {
        a.shortened.clear();
        a.largest = QSize();
        for (auto it = a.labels.constBegin(); it != a.labels.constEnd(); ++it) {
            const QString text = vertical ? shortenToWidth(it.value(), fm, limit) : it.value();
            a.shortened.insert(it.key(), text);
            a.largest = a.largest.expandedTo(textSize(fm, text));
        }
        a.shortenedFor = limit;
        a.shortenedFont = axis->tickLabelFont();
    }
    const QMap<double, QString>& texts = a.shortened;
    const QSize largest = a.largest;
    QList<double> keys;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        if (axis->range().contains(it.key()))
            keys << it.key();
    // Neighbours keep apart: on a vertical axis by their height, across rotated labels by
    // their height, else by their width.
    double pitch = 1e9;
    for (qsizetype i = 1; i < keys.size(); ++i)
        pitch = std::min(pitch,
                         std::abs(axis->coordToPixel(keys[i]) - axis->coordToPixel(keys[i - 1])));
    double need = largest.width() + 3 * kGap;
    if (vertical)
        need = largest.height() + kGap;
    else if (!qFuzzyIsNull(axis->tickLabelRotation()))
        need = (largest.height() + kGap) /
               std::max(0.1, std::abs(std::sin(qDegreesToRadians(axis->tickLabelRotation()))));
    const int step = pitch >= 1e9 ? 1 : std::max(1, int(std::ceil(need / std::max(pitch, 0.01))));
    QMap<double, QString> ticks;
    a.shown.clear();
    for (qsizetype i = 0; i < keys.size(); i += step) {
        ticks.insert(keys[i], texts.value(keys[i]));
        a.shown << keys[i];
    }
    if (ticks == ticker->ticks())
        return false;
    ticker->setTicks(ticks);
    return true;
}

bool ChartFit::tickShown(QCPAxis* axis, double key) const
{
    for (const AxisLabels& a : m_axes)
        if (a.axis == axis)
            return std::any_of(a.shown.begin(), a.shown.end(),
                               [key](double k) { return qFuzzyCompare(k + 1.0, key + 1.0); });
    return true;
}

// The box of a label at a placement, or nothing when it leaves its area or touches a box taken.
std::optional<QRectF> ChartFit::tryPlacement(const Label& l, int placement,
                                             const QList<QRectF>& taken) const
{
    QCPItemText* item = l.item;
    apply(item, l.placements[placement], l.placements.first());
    const QRectF box = drawnBox(item);
    const QRectF area = item->clipToAxisRect() && item->clipAxisRect()
                            ? QRectF(item->clipAxisRect()->rect())
                            : QRectF(m_plot.viewport());
    const QRectF spaced = box.adjusted(-kGap, -kGap, kGap, kGap);
    if (!area.contains(box) || std::any_of(taken.begin(), taken.end(),
                                           [&](const QRectF& t) { return t.intersects(spaced); }))
        return std::nullopt;
    return box;
}

// By priority, each label takes the first of its placements that fits, trying the shorter
// texts first so that as many labels as possible are shown; then each takes the placement it
// prefers among those that still fit beside the others.
void ChartFit::placeLabels()
{
    m_labels.erase(std::remove_if(m_labels.begin(), m_labels.end(),
                                  [](const Label& l) { return l.item.isNull(); }),
                   m_labels.end());
    QList<QRectF> markers;
    for (const auto& [coords, radius] : m_markers) {
        const QPointF at(m_plot.xAxis->coordToPixel(coords.x()),
                         m_plot.yAxis->coordToPixel(coords.y()));
        markers << QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius);
    }
    QList<const Label*> order;
    for (const Label& l : m_labels)
        order << &l;
    std::stable_sort(order.begin(), order.end(),
                     [](const Label* a, const Label* b) { return a->priority > b->priority; });
    struct Placed {
        const Label* label;
        int placement;
        QRectF box;
    };
    QList<Placed> placed;
    QList<QRectF> taken = markers;
    for (const Label* l : order) {
        if (l->priority < m_minimumPriority || (l->tickAxis && !tickShown(l->tickAxis, l->tickKey)))
            continue;
        const QFontMetrics fm(l->item->font());
        QList<int> byLength;
        for (int i = 0; i < l->placements.size(); ++i)
            byLength << i;
        const auto length = [&](int i) {
            const QString& t = l->placements[i].text;
            return fm.horizontalAdvance(t.isEmpty() ? l->placements.first().text : t);
        };
        std::stable_sort(byLength.begin(), byLength.end(),
                         [&](int a, int b) { return length(a) < length(b); });
        for (int i : byLength)
            if (const auto box = tryPlacement(*l, i, taken)) {
                placed.append({l, i, *box});
                taken << *box;
                break;
            }
    }
    for (qsizetype k = 0; k < placed.size(); ++k) {
        QList<QRectF> others = markers;
        for (qsizetype j = 0; j < placed.size(); ++j)
            if (j != k)
                others << placed[j].box;
        for (int i = 0; i < placed[k].placement; ++i)
            if (const auto box = tryPlacement(*placed[k].label, i, others)) {
                placed[k].placement = i;
                placed[k].box = *box;
                break;
            }
    }
    for (const Label& l : m_labels) {
        const auto it = std::find_if(placed.begin(), placed.end(),
                                     [&l](const Placed& p) { return p.label == &l; });
        const int placement = it == placed.end() ? 0 : it->placement;
        apply(l.item, l.placements[placement], l.placements.first());
        l.item->setVisible(it != placed.end());
    }
}

} // namespace paceline
