#pragma once

#include "pacing/ImplementationTable.h"

#include <QAbstractTableModel>

namespace paceline {

// The implementation table as the view shows it: the change, the regime's decision, then two
// columns per national list (date and lag; status and evidence). Shows the rows it is given.
class ImplementationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, ChangeColumn, DecisionColumn, FirstListColumn };

    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const ImplementationTable& table, const QList<int>& rows);
    const ImplementationTable& table() const { return m_table; }
    const ImplementationRow* rowAt(int row) const;
    const QList<int>& shownRows() const { return m_rows; }
    // The list a column belongs to, -1 for the change's own columns.
    int listOfColumn(int column) const;
    bool isStatusColumn(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant cellData(const ImplementationRow& row, int list, bool status, int role) const;

    ImplementationTable m_table;
    QList<int> m_rows;
};

} // namespace paceline
