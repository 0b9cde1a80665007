#include "EraBandItem.h"

#include "ChartStyle.h"

namespace paceline {

namespace {

constexpr double kMinBandWidth = 3.0; // pixels
constexpr int kRows = 2;
constexpr int kFillAlpha = 38;

} // namespace

EraBandItem::EraBandItem(QCustomPlot* plot, QSharedPointer<const QList<ChartEra>> bands, int index)
    : QCPAbstractItem(plot)
    , m_bands(std::move(bands))
    , m_index(index)
{
    setLayer(QStringLiteral("background")); // under the grid and every data layer
    setSelectable(false);
}

QFont EraBandItem::labelFont(const QCustomPlot& plot)
{
    return chartFont(plot, 7);
}

int EraBandItem::stripHeight(const QCustomPlot& plot)
{
    return kRows * QFontMetrics(labelFont(plot)).height() + 4;
}

QColor EraBandItem::colorOf(const QString& kind)
{
    const QString k = kind.toLower();
    if (k == QLatin1String("plenary"))
        return QColor(40, 90, 200);
    if (k == QLatin1String("legislation"))
        return QColor(215, 140, 20);
    if (k == QLatin1String("rulemaking"))
        return QColor(150, 70, 170);
    if (k == QLatin1String("regime"))
        return QColor(30, 140, 110);
    return QColor(110, 110, 110);
}

double EraBandItem::pixelOf(double year) const
{
    return clipAxisRect()->axis(QCPAxis::atBottom)->coordToPixel(year);
}

QRectF EraBandItem::bandRect() const
{
    const QRect area = clipAxisRect()->rect();
    double left = pixelOf(band().start);
    double right = pixelOf(band().end);
    if (right - left < kMinBandWidth) {
        const double mid = (left + right) / 2.0;
        left = mid - kMinBandWidth / 2.0;
        right = mid + kMinBandWidth / 2.0;
    }
    return QRectF(QPointF(left, area.top()), QPointF(right, area.bottom() + 1));
}

QRectF EraBandItem::labelRect() const
{
    const QRect area = clipAxisRect()->rect();
    const QRectF shown = bandRect().intersected(QRectF(area));
    if (shown.isEmpty())
        return {};
    const int rowHeight = QFontMetrics(labelFont(*parentPlot())).height();
    const int row = m_index % kRows;
    // The lower row sits just above the axis rect; the label starts where the band shows.
    const double top = area.top() - (kRows - row) * rowHeight - 2;
    const double left = shown.left() + 2;
    double right = area.right();
    if (m_index + kRows < m_bands->size()) // the next label on this row starts there
        right = std::min(right, pixelOf(m_bands->at(m_index + kRows).start) - 4);
    if (right - left < 1)
        return {};
    return QRectF(left, top, right - left, rowHeight);
}

QString EraBandItem::shownLabel() const
{
    const QRectF box = labelRect();
    if (box.width() < 14) // not even a letter and the ellipsis: the tooltip has it
        return {};
    return QFontMetrics(labelFont(*parentPlot()))
        .elidedText(band().era.label, Qt::ElideRight, int(box.width()));
}

QString EraBandItem::tooltip() const
{
    const Era& e = band().era;
    const QString until = e.isOpen() ? tr("ongoing") : e.end.toDisplayString();
    QString text = tr("%1\n%2 – %3").arg(e.label, e.start.toDisplayString(), until);
    if (!e.kind.isEmpty())
        text += tr(" (%1)").arg(e.kind);
    if (!e.note.isEmpty())
        text += QLatin1Char('\n') + e.note;
    if (!e.sourceUrl.isEmpty())
        text += tr("\nSource: %1").arg(e.sourceUrl);
    return text;
}

double EraBandItem::selectTest(const QPointF& pos, bool onlySelectable, QVariant*) const
{
    if (onlySelectable && !selectable())
        return -1;
    // Only the label strip answers: the band itself lies under the facts.
    const QRect area = clipAxisRect()->rect();
    const int height = stripHeight(*parentPlot());
    const QRectF strip(area.left(), area.top() - height, area.width(), height);
    if (!strip.contains(pos))
        return -1;
    const QRectF column = bandRect();
    const bool inColumn = pos.x() >= column.left() - 2 && pos.x() <= column.right() + 2;
    return labelRect().contains(pos) || inColumn ? 0 : -1;
}

QRect EraBandItem::clipRect() const
{
    // The axis rect and the label strip above it.
    return clipAxisRect()->rect().adjusted(0, -stripHeight(*parentPlot()), 0, 0);
}

void EraBandItem::draw(QCPPainter* painter)
{
    const QRect area = clipAxisRect()->rect();
    const QRectF shown = bandRect().intersected(QRectF(area));
    if (shown.isEmpty())
        return;
    const QColor base = colorOf(band().era.kind);
    QColor fill = base;
    // A band at its minimum width is a line: it needs more colour to be seen.
    fill.setAlpha(shown.width() <= kMinBandWidth + 0.5 ? kFillAlpha * 3 : kFillAlpha);
    painter->fillRect(shown, fill);
    QColor edge = base;
    edge.setAlpha(110);
    painter->setPen(QPen(edge, 1));
    // The start edge marks where the era begins; an edge cut by the axis rect is not drawn.
    if (bandRect().left() >= area.left())
        painter->drawLine(QPointF(shown.left(), shown.top()),
                          QPointF(shown.left(), shown.bottom()));
    const QString text = shownLabel();
    if (text.isEmpty())
        return;
    painter->setFont(labelFont(*parentPlot()));
    painter->setPen(base.darker(140));
    painter->drawText(labelRect(), Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace paceline
