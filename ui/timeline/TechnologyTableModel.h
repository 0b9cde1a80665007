#pragma once

#include "timeline/TimelineTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace paceline {

// The technologies as a table, with how many milestones and events each is linked to (a
// technology in use cannot be deleted) and the analyst's lag judgement, if any.
class TechnologyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Label, Name, Category, Milestones, Events, Judgement, ColumnCount };

    explicit TechnologyTableModel(QObject* parent = nullptr);

    // counts: label -> {milestones, events}
    void setTechnologies(QList<Technology> technologies, QHash<QString, QPair<int, int>> counts);
    const QList<Technology>& technologies() const { return m_rows; }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString judgementText(const LagJudgement& j);
    QList<Technology> m_rows;
    QHash<QString, QPair<int, int>> m_counts;
};

} // namespace paceline
