#include "EraTableModel.h"

#include "TimelineRoles.h"

namespace paceline {

namespace {

QString dateTip(const PartialDate& d)
{
    return EraTableModel::tr("%1 (%2 precision)")
        .arg(d.toDisplayString(), PartialDate::precisionName(d.precision()));
}

} // namespace

EraTableModel::EraTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EraTableModel::setEras(QList<Era> eras)
{
    beginResetModel();
    m_rows = std::move(eras);
    endResetModel();
}

int EraTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int EraTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EraTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EraTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Era& e = m_rows.at(index.row());
    if (role == TimelineRowIdRole)
        return e.id;
    if (role == Qt::DisplayRole || role == TimelineSortRole) {
        switch (index.column()) {
        case Id:
            return e.extId;
        case Label:
            return e.label;
        case Start:
            return e.start.toIsoString(); // ISO text sorts chronologically
        case End:
            // Open eras sort after every dated end.
            if (e.isOpen())
                return role == TimelineSortRole ? QStringLiteral("9999") : tr("(ongoing)");
            return e.end.toIsoString();
        case Kind:
            return e.kind;
        case Note:
            return e.note;
        case Source:
            return e.sourceUrl;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Start:
            return dateTip(e.start);
        case End:
            return e.isOpen() ? tr("No end date: the band runs to today") : dateTip(e.end);
        case Label:
        case Note:
            return e.note.isEmpty() ? e.label : tr("%1\n\n%2").arg(e.label, e.note);
        case Source:
            return e.sourceUrl;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == End && e.isOpen())
        return QColor(Qt::darkGray);
    return {};
}

QVariant EraTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Label:
        return tr("Label");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Kind:
        return tr("Kind");
    case Note:
        return tr("Note");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace paceline
