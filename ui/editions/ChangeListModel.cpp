#include "ChangeListModel.h"

#include <QBrush>
#include <QColor>

namespace paceline {

ChangeListModel::ChangeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChangeListModel::setComparison(std::shared_ptr<const EditionComparison> comparison)
{
    beginResetModel();
    m_cmp = std::move(comparison);
    rebuild();
    endResetModel();
}

void ChangeListModel::setCategory(const QString& category)
{
    beginResetModel();
    m_category = category;
    rebuild();
    endResetModel();
}

void ChangeListModel::rebuild()
{
    m_rows.clear();
    if (!m_cmp)
        return;
    for (qsizetype i = 0; i < m_cmp->changes.size(); ++i)
        if (m_category.isEmpty() || m_cmp->changes.at(i).category == m_category)
            m_rows << static_cast<int>(i);
}

const NodeChange* ChangeListModel::changeAt(int row) const
{
    if (!m_cmp || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_cmp->changes.at(m_rows.at(row));
}

int ChangeListModel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (changeAt(row)->code == code)
            return row;
    return -1;
}

int ChangeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChangeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeListModel::heading(const NodeChange& c) const
{
    const EditionNode* n = m_cmp->newNode(c);
    if (!n)
        n = m_cmp->oldNode(c);
    const QString text = n->title.isEmpty() ? n->text : n->title;
    return text.simplified().left(160);
}

QVariant ChangeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodeChange& c = *changeAt(index.row());
    if (role == ChangeIndexRole)
        return m_rows.at(index.row());
    if (role == CodeRole)
        return c.code;
    if (role == Qt::ForegroundRole && index.column() == Change) {
        if (c.kind == ChangeKind::Added)
            return QBrush(QColor(0x0b, 0x6b, 0x2f));
        if (c.kind == ChangeKind::Removed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Heading)
        return heading(c);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return c.code;
    case Change:
        if (c.kind == ChangeKind::Changed)
            return tr("changed: %1").arg(changedFieldNames(c.fields).join(QStringLiteral(", ")));
        return c.kind == ChangeKind::Added ? tr("added") : tr("removed");
    case Kind:
        return c.nodeKind;
    case Heading:
        return heading(c);
    default:
        return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Change:
        return tr("Change");
    case Kind:
        return tr("Kind");
    case Heading:
        return tr("Title or text");
    default:
        return {};
    }
}

} // namespace paceline
