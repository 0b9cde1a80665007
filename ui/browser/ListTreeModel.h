#pragma once

#include "browse/BrowseTypes.h"
#include "search/Sensitivity.h"

#include <QAbstractItemModel>

#include <QHash>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace paceline {

class DatabaseSession;

// The list tree, regime -> list -> edition -> category -> ... -> item, loaded lazily: a
// level is read when the view expands it (canFetchMore / fetchMore), one indexed query each.
// Filtered to the Sensitive List, it shows only the nodes on it, what lies inside them and
// the way down to them.
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
    // Only nodes on the Sensitive List (or the Very Sensitive List); None shows everything.
    void setSensitivityFilter(Sensitivity atLeast);
    Sensitivity sensitivityFilter() const { return m_sensitivity; }
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
    Status filter(const Item* parent, QList<TreeRow>& rows);

    DatabaseSession* m_session;
    std::unique_ptr<Item> m_root;
    bool m_inserting = false; // views may ask to fetch while rows are being inserted
    Sensitivity m_sensitivity = Sensitivity::None;
    std::optional<SensitiveScope> m_scope; // read on first use after each reload
    QHash<qint64, SensitiveNodes> m_marks; // by edition, read on first use
};

} // namespace paceline
