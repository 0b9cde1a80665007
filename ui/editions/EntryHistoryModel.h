#pragma once

#include "editions/EntryHistory.h"

#include <QAbstractTableModel>

namespace paceline {

// One row per edition of the entry's list: what happened to the entry there.
class EntryHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Edition, Status, Words, ColumnCount }; // the edition cell shows its date too
    enum Role { EditionIdRole = Qt::UserRole + 1 };

    explicit EntryHistoryModel(QObject* parent = nullptr);
    void setSteps(QList<EntryHistoryStep> steps);
    const EntryHistoryStep& stepAt(int row) const { return m_steps.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const EntryHistoryStep& s) const;
    QString ownText(const EntryHistoryStep& s) const;
    QList<EntryHistoryStep> m_steps;
};

} // namespace paceline
