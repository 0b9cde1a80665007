#include "RichTextDelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace paceline {

namespace {

// The rows mark their parts by class (match, meta, snippet, sl, vsl); colours depend on selection,
// so that grey captions and highlighted matches stay readable on the selection colour.
void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QString quiet =
        selected ? option.palette.color(QPalette::HighlightedText).name() : QStringLiteral("#555");
    // .sl and .vsl: Sensitive List badges, the colours of the entry view's.
    doc.setDefaultStyleSheet(QStringLiteral(".match { background-color: #ffe08a; color: #000; } "
                                            ".meta { color: %1; } .snippet { color: %2; } "
                                            ".sl { background-color: #b45309; color: #fff; } "
                                            ".vsl { background-color: #8e1b1b; color: #fff; }")
                                 .arg(quiet, selected ? quiet : QStringLiteral("#333")));
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(4);
    doc.setHtml(html);
    // Wrap to the visible width of the list, whatever width the view asked about.
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    doc.setTextWidth(width > 0 ? width : 300);
}

} // namespace

RichTextDelegate::RichTextDelegate(int htmlRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(htmlRole)
{
}

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    prepare(doc, option, index.data(m_role).toString());
    QAbstractTextDocumentLayout::PaintContext ctx;
    const bool selected = option.state & QStyle::State_Selected;
    ctx.palette = option.palette;
    ctx.palette.setColor(QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText
                                                                       : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTextDocument doc;
    prepare(doc, option, index.data(m_role).toString());
    // A few lines at most keep the list scannable; the entry has the rest.
    const int maxHeight = option.fontMetrics.lineSpacing() * 6 + 8;
    return QSize(static_cast<int>(doc.idealWidth()),
                 std::min(static_cast<int>(doc.size().height()), maxHeight));
}

} // namespace paceline
