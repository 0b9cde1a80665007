#pragma once

#include "editions/ListChurn.h"

#include <QAbstractTableModel>

namespace paceline {

// One row per step of a list's churn: the edition, the one it is compared with, and the
// counts. Numbers are ints in Qt::DisplayRole so that a proxy sorts them as numbers.
class ChurnTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Edition, Date, Against, Added, Changed, Removed, Total, ColumnCount };

    explicit ChurnTableModel(QObject* parent = nullptr);
    void setSteps(const QList<ChurnStep>& steps);
    const ChurnStep& stepAt(int row) const { return m_steps.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ChurnStep> m_steps;
};

} // namespace paceline
