#include "ConcordanceModel.h"

namespace paceline {

ConcordanceModel::ConcordanceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConcordanceModel::setLinks(QList<ConcordanceLink> links)
{
    beginResetModel();
    m_links = std::move(links);
    endResetModel();
}

int ConcordanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_links.size());
}

int ConcordanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcordanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ConcordanceLink& l = m_links.at(index.row());
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 — %2").arg(l.listName, l.editionLabel);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case List:
        return l.listKey;
    case Code:
        return l.code;
    case Title:
        return (l.title.isEmpty() ? l.text : l.title).simplified().left(120);
    case Origin:
        return l.origin == LinkOrigin::Manual ? tr("added by hand") : tr("code rule");
    default:
        return {};
    }
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case List:
        return tr("List");
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Origin:
        return tr("Link");
    default:
        return {};
    }
}

} // namespace paceline
