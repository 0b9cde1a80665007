#include "EntryHistoryModel.h"

#include "util/PartialDate.h"

namespace paceline {

EntryHistoryModel::EntryHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EntryHistoryModel::setSteps(QList<EntryHistoryStep> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

int EntryHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int EntryHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntryHistoryModel::statusText(const EntryHistoryStep& s) const
{
    const QString text = ownText(s);
    if (s.termsChanged.isEmpty())
        return text;
    QStringList quoted;
    for (const QString& t : s.termsChanged)
        quoted << QStringLiteral("\u201C%1\u201D").arg(t);
    return tr("%1; definition of %2 changed", nullptr, static_cast<int>(quoted.size()))
        .arg(text, quoted.join(QStringLiteral(", ")));
}

QString EntryHistoryModel::ownText(const EntryHistoryStep& s) const
{
    switch (s.status) {
    case HistoryStatus::Added:
        return s.firstLoaded ? tr("present (earliest loaded)") : tr("added");
    case HistoryStatus::Changed:
        return s.nodesChanged == 1 ? tr("changed (1 node)")
                                   : tr("changed (%1 nodes)").arg(s.nodesChanged);
    case HistoryStatus::Removed:
        return tr("removed");
    case HistoryStatus::Unchanged:
        break;
    }
    return tr("unchanged");
}

QVariant EntryHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EntryHistoryStep& s = m_steps.at(index.row());
    if (role == EditionIdRole)
        return s.editionId;
    if (role == Qt::ToolTipRole && index.column() == Edition)
        return s.editionLabel;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Edition: {
        const auto date = PartialDate::parse(s.editionDate);
        if (s.editionDate.isEmpty())
            return s.editionLabel;
        return QStringLiteral("%1 (%2)").arg(s.editionLabel,
                                             date ? date->toDisplayString() : s.editionDate);
    }
    case Status:
        return statusText(s);
    case Words:
        if (s.status == HistoryStatus::Unchanged ||
            (s.status == HistoryStatus::Added && s.firstLoaded))
            return {};
        return tr("+%1 −%2 words").arg(s.wordsInserted).arg(s.wordsDeleted);
    default:
        return {};
    }
}

QVariant EntryHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Edition:
        return tr("Edition");
    case Status:
        return tr("What happened");
    case Words:
        return tr("Words");
    default:
        return {};
    }
}

} // namespace paceline
