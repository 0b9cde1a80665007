#pragma once

#include "editions/EditionDiff.h"

#include <QAbstractTableModel>

#include <memory>

namespace paceline {

// The nodes a comparison found added, removed or changed; optionally one category only.
class ChangeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Change, Kind, Heading, ColumnCount };
    enum Role { ChangeIndexRole = Qt::UserRole + 1, CodeRole };

    explicit ChangeListModel(QObject* parent = nullptr);
    void setComparison(std::shared_ptr<const EditionComparison> comparison);
    // Shows only changes in this category; an empty code shows all.
    void setCategory(const QString& category);
    const NodeChange* changeAt(int row) const;
    int rowOf(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString heading(const NodeChange& c) const;

    std::shared_ptr<const EditionComparison> m_cmp;
    QString m_category;
    QList<int> m_rows; // indexes into m_cmp->changes
};

} // namespace paceline
