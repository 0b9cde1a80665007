#include "CaseTableModel.h"

#include "cases/CaseTarget.h"

#include <QDateTime>
#include <QLocale>

namespace paceline {

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseTableModel::setCases(QList<CaseRecord> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

void CaseTableModel::setCase(const CaseRecord& record)
{
    const int row = rowOfCase(record.id);
    if (row < 0) {
        const int end = static_cast<int>(m_cases.size());
        beginInsertRows({}, end, end);
        m_cases.append(record);
        endInsertRows();
        return;
    }
    m_cases[row] = record;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CaseTableModel::removeCase(qint64 caseId)
{
    const int row = rowOfCase(caseId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_cases.removeAt(row);
    endRemoveRows();
}

int CaseTableModel::rowOfCase(qint64 caseId) const
{
    for (int row = 0; row < m_cases.size(); ++row)
        if (m_cases.at(row).id == caseId)
            return row;
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const CaseRecord& c = m_cases.at(index.row());
    if (role == CaseIdRole)
        return c.id;
    if (role == Qt::ToolTipRole)
        return c.title;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Title:
        return c.title;
    case Status:
        return role == SortRole ? QVariant(static_cast<int>(c.status))
                                : QVariant(caseStatusTitle(c.status));
    case Kind:
        return caseKindTitle(c.kind);
    case List:
        return c.listKey;
    case Target:
        return caseTargetTitle(c);
    case Author:
        return c.organisation.isEmpty() ? c.author
                                        : QStringLiteral("%1 (%2)").arg(c.author, c.organisation);
    case Updated: {
        if (role == SortRole)
            return c.updatedAt;
        const QDateTime t = QDateTime::fromString(c.updatedAt, Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat)
                           : c.updatedAt;
    }
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Kind:
        return tr("Kind");
    case List:
        return tr("List");
    case Target:
        return tr("Target");
    case Author:
        return tr("Author");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace paceline
