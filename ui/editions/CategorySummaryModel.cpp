#include "CategorySummaryModel.h"

#include <QFont>

namespace paceline {

CategorySummaryModel::CategorySummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CategorySummaryModel::setComparison(std::shared_ptr<const EditionComparison> comparison)
{
    beginResetModel();
    m_cmp = std::move(comparison);
    endResetModel();
}

int CategorySummaryModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_cmp)
        return 0;
    return static_cast<int>(m_cmp->categories.size()) + 1;
}

int CategorySummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategorySummaryModel::totalData(int column) const
{
    switch (column) {
    case Category:
        return tr("Total");
    case Added:
        return m_cmp->count(ChangeKind::Added);
    case Removed:
        return m_cmp->count(ChangeKind::Removed);
    case Changed:
        return m_cmp->count(ChangeKind::Changed);
    default:
        return {};
    }
}

QVariant CategorySummaryModel::data(const QModelIndex& index, int role) const
{
    if (!m_cmp || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool total = index.row() == m_cmp->categories.size();
    if (role == Qt::TextAlignmentRole && index.column() >= Added && index.column() <= Changed)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == CategoryCodeRole)
        return total ? QString() : m_cmp->categories.at(index.row()).code;
    if (role != Qt::DisplayRole)
        return {};
    if (total)
        return totalData(index.column());
    const CategoryCounts& c = m_cmp->categories.at(index.row());
    switch (index.column()) {
    case Category:
        return c.code;
    case Title:
        return c.title;
    case Added:
        return c.added;
    case Removed:
        return c.removed;
    case Changed:
        return c.changed;
    default:
        return {};
    }
}

QVariant CategorySummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Category");
    case Title:
        return tr("Title");
    case Added:
        return tr("Added");
    case Removed:
        return tr("Removed");
    case Changed:
        return tr("Changed");
    default:
        return {};
    }
}

} // namespace paceline
