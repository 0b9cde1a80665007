#pragma once

#include "browse/BrowseTypes.h"

#include <QAbstractItemModel>

#include <functional>
#include <memory>
#include <vector>

namespace paceline {

class DatabaseSession;

// The list tree, regime -> list -> edition -> category -> ... -> item, loaded lazily: a
// level is read when the view expands it (canFetchMore / fetchMore), one indexed query each.
class ListTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        LevelRole = Qt::UserRole + 1, // TreeRow::Level as int
        EditionIdRole,
        CodeRole,
        KindRole,
        NodeIdRole,
    };

    explicit ListTreeModel(DatabaseSession* session, QObject* parent = nullptr);
    ~ListTreeModel() override;

    // Re-reads the regimes; expanded levels are read again as they are expanded.
    void reload();
    // Loads the levels down to the node and returns its index (invalid when not found).
    QModelIndex indexFor(qint64 editionId, const QString& code);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    struct Item;
    Item* itemFor(const QModelIndex& index) const;
    QModelIndex indexOf(Item* item) const;
    QModelIndex childWith(const QModelIndex& parent,
                          const std::function<bool(const TreeRow&)>& match);

    DatabaseSession* m_session;
    std::unique_ptr<Item> m_root;
    bool m_inserting = false; // views may ask to fetch while rows are being inserted
};

} // namespace paceline
