#pragma once

#include "cases/CaseTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace paceline {

// The cases of the database as a table: one row per case, sortable through a proxy.
class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Status, Kind, List, Target, Author, Updated, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, SortRole };

    explicit CaseTableModel(QObject* parent = nullptr);

    void setCases(QList<CaseRecord> cases);
    // One case as it is now: its row changes in place, or a new row is added.
    void setCase(const CaseRecord& record);
    void removeCase(qint64 caseId);
    int rowOfCase(qint64 caseId) const;
    const CaseRecord& caseAt(int row) const { return m_cases.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CaseRecord> m_cases;
};

} // namespace paceline
