#pragma once

#include "timeline/EntryCodeResolver.h"
#include "timeline/TimelineTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace paceline {

// The control events as a table. The entry-codes column flags codes that are not found in the
// loaded lists (warning icon, colour, a tooltip per code).
class ControlEventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Date,
        Regime,
        Type,
        EntryCodes,
        Technologies,
        Confidence,
        Description,
        Source,
        ColumnCount
    };

    explicit ControlEventTableModel(QObject* parent = nullptr);

    // resolutions: code -> where it was found (or not), for every code of every event.
    void setEvents(QList<ControlEvent> events, QHash<QString, CodeResolution> resolutions);
    const QList<ControlEvent>& events() const { return m_rows; }
    int rowOfId(qint64 id) const;
    // Events naming at least one code not found in the loaded lists.
    int unresolvedEventCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList unresolved(const ControlEvent& e) const;
    QString codesTooltip(const ControlEvent& e) const;
    QList<ControlEvent> m_rows;
    QHash<QString, CodeResolution> m_resolutions;
};

} // namespace paceline
