#pragma once

#include "editions/EditionDiff.h"

#include <QAbstractTableModel>

#include <memory>

namespace paceline {

// Added / removed / changed per category of a comparison, with a total row at the end.
class CategorySummaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Category, Added, Removed, Changed, Title, ColumnCount };
    enum Role { CategoryCodeRole = Qt::UserRole + 1 }; // empty on the total row

    explicit CategorySummaryModel(QObject* parent = nullptr);
    void setComparison(std::shared_ptr<const EditionComparison> comparison);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant totalData(int column) const;
    std::shared_ptr<const EditionComparison> m_cmp;
};

} // namespace paceline
