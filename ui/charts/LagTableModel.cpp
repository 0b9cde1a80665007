#include "LagTableModel.h"

#include <limits>

namespace paceline {

LagTableModel::LagTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LagTableModel::setLags(const QList<TechnologyLag>& lags, LagTarget target)
{
    beginResetModel();
    m_lags = lags;
    m_target = target;
    endResetModel();
}

int LagTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lags.size());
}

int LagTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LagTableModel::display(const TechnologyLag& l, int column) const
{
    const auto& c = l.control(m_target);
    switch (column) {
    case Technology:
        return l.technology.name;
    case Category:
        return l.technology.category;
    case Emergence:
        return l.emergence ? QStringLiteral("%1 (%2)").arg(l.emergence->date.toDisplayString(),
                                                           l.emergence->extId)
                           : tr("none retrieved");
    case Control:
        return c ? QStringLiteral("%1 (%2)").arg(c->date.toDisplayString(), c->extId)
                 : tr("no control found");
    case Regime:
        return c ? c->regime : QString();
    case Lag:
        if (auto v = l.lag(m_target))
            return QStringLiteral("%1%2 y")
                .arg(l.approximate(m_target) ? QStringLiteral("\u2248") : QString())
                .arg(*v, 0, 'f', 1);
        return QString();
    case Basis:
        return l.technology.judgement.note.isEmpty()
                   ? tr("rules")
                   : tr("judgement: %1").arg(l.technology.judgement.note);
    }
    return {};
}

QVariant LagTableModel::sortKey(const TechnologyLag& l, int column) const
{
    const auto& c = l.control(m_target);
    const double none = std::numeric_limits<double>::max();
    switch (column) {
    case Emergence:
        return l.emergence ? double(l.emergence->date.midpoint().toJulianDay()) : none;
    case Control:
        return c ? double(c->date.midpoint().toJulianDay()) : none;
    case Lag: // technologies without a lag sort after every lag when sorted largest first
        return l.lag(m_target).value_or(std::numeric_limits<double>::lowest());
    default:
        return display(l, column).toString().toLower();
    }
}

QVariant LagTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lags.size())
        return {};
    const TechnologyLag& l = m_lags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(l, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Emergence && l.emergence)
            return l.emergence->description;
        if (index.column() == Control && l.control(m_target))
            return l.control(m_target)->description;
        return display(l, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Lag ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::UserRole:
        return sortKey(l, index.column());
    default:
        return {};
    }
}

QVariant LagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Technology:
        return tr("Technology");
    case Category:
        return tr("Category");
    case Emergence:
        return tr("Emergence");
    case Control:
        return tr("Control");
    case Regime:
        return tr("Regime");
    case Lag:
        return tr("Lag");
    case Basis:
        return tr("Basis");
    }
    return {};
}

} // namespace paceline
