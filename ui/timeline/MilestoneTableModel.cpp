#include "MilestoneTableModel.h"

#include "TimelineRoles.h"

namespace paceline {

MilestoneTableModel::MilestoneTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MilestoneTableModel::setMilestones(QList<Milestone> milestones, QHash<QString, QString> names)
{
    beginResetModel();
    m_rows = std::move(milestones);
    m_names = std::move(names);
    endResetModel();
}

int MilestoneTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int MilestoneTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MilestoneTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Milestone& m = m_rows.at(index.row());
    if (role == TimelineRowIdRole)
        return m.id;
    const QString labels = m.technologyLabels.join(QStringLiteral("; "));
    if (role == Qt::DisplayRole || role == TimelineSortRole) {
        switch (index.column()) {
        case Id:
            return m.extId;
        case Date:
            return m.date.toIsoString(); // ISO text sorts chronologically, year before month
        case Technologies:
            return labels;
        case Class:
            return m.milestoneClass;
        case Type:
            return m.milestoneType;
        case Confidence:
            return role == TimelineSortRole ? QVariant(confidenceRank(m.confidence))
                                            : QVariant(confidenceName(m.confidence));
        case Description:
            return m.description;
        case Source:
            return m.sourceUrl;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Date:
            return tr("%1 (%2 precision)")
                .arg(m.date.toDisplayString(), PartialDate::precisionName(m.date.precision()));
        case Technologies: {
            QStringList lines;
            for (const QString& l : m.technologyLabels)
                lines << QStringLiteral("%1 — %2").arg(l, m_names.value(l, l));
            return lines.join(QLatin1Char('\n'));
        }
        case Description:
            return m.notes.isEmpty() ? m.description
                                     : tr("%1\n\nNotes: %2").arg(m.description, m.notes);
        case Source:
            return QStringList{m.sourceUrl, m.sourceUrl2}.join(QLatin1Char('\n')).trimmed();
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Confidence)
        return confidenceForeground(m.confidence);
    return {};
}

QVariant MilestoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Date:
        return tr("Date");
    case Technologies:
        return tr("Technologies");
    case Class:
        return tr("Class");
    case Type:
        return tr("Milestone");
    case Confidence:
        return tr("Confidence");
    case Description:
        return tr("Description");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace paceline
