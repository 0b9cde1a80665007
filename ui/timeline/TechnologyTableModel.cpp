#include "TechnologyTableModel.h"

#include "TimelineRoles.h"

namespace paceline {

TechnologyTableModel::TechnologyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TechnologyTableModel::setTechnologies(QList<Technology> technologies,
                                           QHash<QString, QPair<int, int>> counts)
{
    beginResetModel();
    m_rows = std::move(technologies);
    m_counts = std::move(counts);
    endResetModel();
}

int TechnologyTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString TechnologyTableModel::judgementText(const LagJudgement& j)
{
    QStringList parts;
    if (!j.emergenceMilestone.isEmpty())
        parts << tr("emergence %1").arg(j.emergenceMilestone);
    if (!j.firstControlEvent.isEmpty())
        parts << tr("first control %1").arg(j.firstControlEvent);
    if (!j.excludedEvents.isEmpty())
        parts << tr("excludes %1").arg(j.excludedEvents.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

int TechnologyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TechnologyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TechnologyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Technology& t = m_rows.at(index.row());
    if (role == TimelineRowIdRole)
        return t.id;
    const QPair<int, int> counts = m_counts.value(t.label);
    if (role == Qt::DisplayRole || role == TimelineSortRole) {
        switch (index.column()) {
        case Label:
            return t.label;
        case Name:
            return t.name;
        case Category:
            return t.category;
        case Milestones:
            return counts.first;
        case Events:
            return counts.second;
        case Judgement:
            return judgementText(t.judgement);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Milestones || index.column() == Events))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Judgement && !t.judgement.note.isEmpty())
        return t.judgement.note;
    if (role == Qt::ToolTipRole && index.column() == Label && counts.first + counts.second > 0)
        return tr("Linked to %1 milestone(s) and %2 control event(s)")
            .arg(counts.first)
            .arg(counts.second);
    return {};
}

QVariant TechnologyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[] = {QT_TR_NOOP("Label"),    QT_TR_NOOP("Name"),
                                        QT_TR_NOOP("Category"), QT_TR_NOOP("Milestones"),
                                        QT_TR_NOOP("Events"),   QT_TR_NOOP("Lag judgement")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace paceline
