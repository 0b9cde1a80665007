#pragma once

#include "timeline/Era.h"

#include <QAbstractTableModel>
#include <QList>

namespace paceline {

// The eras as a table (one row each), sorted and filtered through a proxy.
class EraTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Label, Start, End, Kind, Note, Source, ColumnCount };

    explicit EraTableModel(QObject* parent = nullptr);

    void setEras(QList<Era> eras);
    const QList<Era>& eras() const { return m_rows; }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Era> m_rows;
};

} // namespace paceline
