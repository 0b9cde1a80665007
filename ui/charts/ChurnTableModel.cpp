#include "ChurnTableModel.h"

#include "ChurnPlot.h"

namespace paceline {

ChurnTableModel::ChurnTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChurnTableModel::setSteps(const QList<ChurnStep>& steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int ChurnTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int ChurnTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const ChurnStep& s = m_steps.at(index.row());
    if (role == Qt::ToolTipRole)
        return ChurnPlot::tooltip(s);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Added ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Edition:
        return s.to.label;
    case Date:
        return s.to.date;
    case Against:
        return s.from.label;
    case Added:
        return s.added;
    case Changed:
        return s.changed;
    case Removed:
        return s.removed;
    case Total:
        return s.total();
    default:
        return {};
    }
}

QVariant ChurnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Edition:
        return tr("Edition");
    case Date:
        return tr("Date");
    case Against:
        return tr("Compared with");
    case Added:
        return tr("Added");
    case Changed:
        return tr("Changed");
    case Removed:
        return tr("Removed");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace paceline
