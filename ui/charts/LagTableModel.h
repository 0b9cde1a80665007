#pragma once

#include "timeline/LagAnalysis.h"

#include <QAbstractTableModel>

namespace paceline {

// One row per technology: emergence, the chosen control, the lag. Qt::UserRole gives sort keys
// (numbers for dates and lags; technologies without a lag sort last).
class LagTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Technology, Category, Emergence, Control, Regime, Lag, Basis, ColumnCount };

    explicit LagTableModel(QObject* parent = nullptr);
    void setLags(const QList<TechnologyLag>& lags, LagTarget target);
    const TechnologyLag& lagAt(int row) const { return m_lags.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const TechnologyLag& l, int column) const;
    QVariant sortKey(const TechnologyLag& l, int column) const;
    QList<TechnologyLag> m_lags;
    LagTarget m_target = LagTarget::FirstControl;
};

} // namespace paceline
