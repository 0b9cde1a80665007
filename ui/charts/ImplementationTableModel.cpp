#include "ImplementationTableModel.h"

#include <QColor>

namespace paceline {

namespace {

QColor statusColor(ImplementationStatus s)
{
    switch (s) {
    case ImplementationStatus::Implemented:
        return QColor(0xe3, 0xf2, 0xe1);
    case ImplementationStatus::ImplementedDifferently:
        return QColor(0xfd, 0xf0, 0xd5);
    case ImplementationStatus::NotYetImplemented:
        return QColor(0xf9, 0xdc, 0xdc);
    case ImplementationStatus::Unknown:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QString changeText(const RegimeChange& c)
{
    QString kind = regimeChangeKindName(c.kind);
    if (!c.previousCode.isEmpty())
        kind += QStringLiteral(" from ") + c.previousCode;
    if (c.foldedNodes > 0)
        kind += QStringLiteral(" (with %1 sub-items)").arg(c.foldedNodes);
    return kind + QStringLiteral(": ") + c.heading;
}

QString percent(double similarity)
{
    return QString::number(qRound(similarity * 100)) + QLatin1Char('%');
}

} // namespace

void ImplementationTableModel::setTable(const ImplementationTable& table, const QList<int>& rows)
{
    beginResetModel();
    m_table = table;
    m_rows = rows;
    endResetModel();
}

const ImplementationRow* ImplementationTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_table.rows.at(m_rows.at(row));
}

int ImplementationTableModel::listOfColumn(int column) const
{
    return column < FirstListColumn ? -1 : (column - FirstListColumn) / 2;
}

bool ImplementationTableModel::isStatusColumn(int column) const
{
    return column >= FirstListColumn && (column - FirstListColumn) % 2 == 1;
}

int ImplementationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImplementationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstListColumn + 2 * int(m_table.lists.size());
}

QVariant ImplementationTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= FirstListColumn)
        return m_table.lists.value(listOfColumn(section)).name;
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ChangeColumn:
        return tr("Regime change");
    case DecisionColumn:
        return tr("Regime decision");
    default:
        break;
    }
    const QString list = m_table.lists.value(listOfColumn(section)).key;
    return isStatusColumn(section) ? tr("%1: status").arg(list) : tr("%1: date, lag").arg(list);
}

QVariant ImplementationTableModel::data(const QModelIndex& index, int role) const
{
    const ImplementationRow* row = rowAt(index.row());
    if (!row)
        return {};
    const int list = listOfColumn(index.column());
    if (list >= 0)
        return cellData(*row, list, isStatusColumn(index.column()), role);
    const RegimeChange& c = row->change;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return c.code;
        case ChangeColumn:
            return changeText(c);
        case DecisionColumn:
            return row->regimeDate.describe() +
                   (row->regimeEvidence == EvidenceKind::TimelineEvent
                        ? QStringLiteral(" (%1)").arg(row->regimeEventExtId)
                        : QStringLiteral(" (%1)").arg(c.toLabel));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == DecisionColumn)
            return row->regimeEvidence == EvidenceKind::TimelineEvent
                       ? tr("Dated by timeline event %1, between editions %2 and %3")
                             .arg(row->regimeEventExtId, c.fromLabel, c.toLabel)
                       : tr("Made between edition %1 and edition %2: the later edition's date is "
                            "an upper bound")
                             .arg(c.fromLabel, c.toLabel);
        if (c.kind == RegimeChangeKind::Changed)
            return tr("Before: %1\nAfter: %2").arg(c.oldText, c.newText);
        return c.kind == RegimeChangeKind::Removed ? c.oldText : c.newText;
    }
    return {};
}

QVariant ImplementationTableModel::cellData(const ImplementationRow& row, int list, bool status,
                                            int role) const
{
    const Implementation& c = row.cells.at(list);
    switch (role) {
    case Qt::DisplayRole:
        if (status) {
            QString text = implementationStatusName(c.status);
            if (c.evidence == EvidenceKind::TimelineEvent)
                text += QStringLiteral(" \u00b7 ") + c.eventExtId;
            else if (c.evidence == EvidenceKind::Edition)
                text += QStringLiteral(" \u00b7 edition");
            return text;
        }
        if (c.status == ImplementationStatus::Unknown)
            return QStringLiteral("\u2014");
        return c.lag.isEmpty() ? c.date.describe()
                               : c.date.describe() + QStringLiteral(" \u00b7 ") + c.lag.describe();
    case Qt::BackgroundRole:
        return statusColor(c.status);
    case Qt::ToolTipRole: {
        QString tip = c.evidenceSentence();
        if (c.similarity >= 0)
            tip += tr("\nWording %1 like the regime's").arg(percent(c.similarity));
        if (c.status == ImplementationStatus::ImplementedDifferently)
            tip +=
                tr("\nRegime: %1\n%2: %3").arg(row.change.newText, m_table.lists[list].key, c.text);
        if (c.status == ImplementationStatus::NotYetImplemented && !c.text.isEmpty())
            tip += tr("\nStill reads: %1").arg(c.text);
        return tip;
    }
    default:
        return {};
    }
}

} // namespace paceline
