#pragma once

#include <QStyledItemDelegate>

namespace paceline {

// Paints a row from the model's rich-text role (already escaped by the model) with
// QTextDocument, wrapped to the view's width.
class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    RichTextDelegate(int htmlRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace paceline
