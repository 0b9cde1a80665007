#pragma once

#include "editions/Concordance.h"

#include <QAbstractTableModel>

namespace paceline {

// The items of other lists that correspond to the current entry.
class ConcordanceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { List, Code, Title, Origin, ColumnCount };

    explicit ConcordanceModel(QObject* parent = nullptr);
    void setLinks(QList<ConcordanceLink> links);
    const ConcordanceLink& linkAt(int row) const { return m_links.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ConcordanceLink> m_links;
};

} // namespace paceline
