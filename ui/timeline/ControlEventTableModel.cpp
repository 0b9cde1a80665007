#include "ControlEventTableModel.h"

#include "TimelineRoles.h"

#include <QApplication>
#include <QStyle>

namespace paceline {

ControlEventTableModel::ControlEventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ControlEventTableModel::setEvents(QList<ControlEvent> events,
                                       QHash<QString, CodeResolution> resolutions)
{
    beginResetModel();
    m_rows = std::move(events);
    m_resolutions = std::move(resolutions);
    endResetModel();
}

int ControlEventTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QStringList ControlEventTableModel::unresolved(const ControlEvent& e) const
{
    QStringList out;
    for (const QString& code : e.codes)
        if (!m_resolutions.value(code).found)
            out << code;
    return out;
}

int ControlEventTableModel::unresolvedEventCount() const
{
    int n = 0;
    for (const ControlEvent& e : m_rows)
        n += unresolved(e).isEmpty() ? 0 : 1;
    return n;
}

QString ControlEventTableModel::codesTooltip(const ControlEvent& e) const
{
    if (e.codes.isEmpty())
        return e.entryCodes.isEmpty() ? QString()
                                      : tr("No entry code recognised in this text; nothing to "
                                           "look up in the lists.");
    QStringList lines;
    for (const QString& code : e.codes) {
        const CodeResolution r = m_resolutions.value(code);
        if (!r.found)
            lines << tr("%1 — not found in the loaded lists").arg(code);
        else if (r.exact)
            lines << tr("%1 — %2 in %3").arg(code, r.foundCode, r.where);
        else
            lines << tr("%1 — only %2 (the entry above it) in %3").arg(code, r.foundCode, r.where);
    }
    return lines.join(QLatin1Char('\n'));
}

int ControlEventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ControlEventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ControlEventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ControlEvent& e = m_rows.at(index.row());
    if (role == TimelineRowIdRole)
        return e.id;
    if (role == TimelineUnresolvedCodesRole)
        return unresolved(e);
    if (role == Qt::DisplayRole || role == TimelineSortRole) {
        switch (index.column()) {
        case Id:
            return e.extId;
        case Date:
            return e.date.toIsoString();
        case Regime:
            return e.regime;
        case Type:
            return e.eventType;
        case EntryCodes:
            // Sorting by this column brings the flagged rows together, first.
            if (role == TimelineSortRole)
                return QStringLiteral("%1%2")
                    .arg(unresolved(e).isEmpty() ? 1 : 0)
                    .arg(e.entryCodes);
            return e.entryCodes;
        case Technologies:
            return e.technologyLabels.join(QStringLiteral("; "));
        case Confidence:
            return role == TimelineSortRole ? QVariant(confidenceRank(e.confidence))
                                            : QVariant(confidenceName(e.confidence));
        case Description:
            return e.description;
        case Source:
            return e.sourceUrl;
        }
        return {};
    }
    if (index.column() == EntryCodes && !unresolved(e).isEmpty()) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ForegroundRole)
            return QColor(0xb0, 0x3a, 0x00);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Date:
            return tr("%1 (%2 precision)")
                .arg(e.date.toDisplayString(), PartialDate::precisionName(e.date.precision()));
        case EntryCodes:
            return codesTooltip(e);
        case Description:
            return e.notes.isEmpty() ? e.description
                                     : tr("%1\n\nNotes: %2").arg(e.description, e.notes);
        case Source:
            return QStringList{e.sourceUrl, e.sourceUrl2}.join(QLatin1Char('\n')).trimmed();
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Confidence)
        return confidenceForeground(e.confidence);
    return {};
}

QVariant ControlEventTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[] = {
        QT_TR_NOOP("ID"),         QT_TR_NOOP("Date"),        QT_TR_NOOP("Regime"),
        QT_TR_NOOP("Event type"), QT_TR_NOOP("Entry codes"), QT_TR_NOOP("Technologies"),
        QT_TR_NOOP("Confidence"), QT_TR_NOOP("Description"), QT_TR_NOOP("Source")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace paceline
