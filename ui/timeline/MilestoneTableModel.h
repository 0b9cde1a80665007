#pragma once

#include "timeline/TimelineTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace paceline {

// The milestones as a table (one row each), sorted and filtered through a proxy.
class MilestoneTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Date,
        Technologies,
        Class,
        Type,
        Confidence,
        Description,
        Source,
        ColumnCount
    };

    explicit MilestoneTableModel(QObject* parent = nullptr);

    // names: technology label -> display name, for tooltips.
    void setMilestones(QList<Milestone> milestones, QHash<QString, QString> names);
    const QList<Milestone>& milestones() const { return m_rows; }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Milestone> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace paceline
