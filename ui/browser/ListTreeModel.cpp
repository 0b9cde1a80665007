#include "ListTreeModel.h"

#include "browse/ListBrowser.h"
#include "session/DatabaseSession.h"

#include <QFont>

namespace paceline {

struct ListTreeModel::Item {
    TreeRow row;
    Item* parent = nullptr;
    int indexInParent = 0;
    bool fetched = false;
    bool insideMarked = false; // on the Sensitive List filtered for, or inside such a node
    std::vector<std::unique_ptr<Item>> children;
};

namespace {

QString displayText(const TreeRow& r)
{
    switch (r.level) {
    case TreeRow::Level::Regime:
    case TreeRow::Level::List:
        return r.title;
    case TreeRow::Level::Edition:
        return r.label.isEmpty() ? r.title : QStringLiteral("%1  (%2)").arg(r.title, r.label);
    case TreeRow::Level::Node:
        break;
    }
    // Notes and text blocks have synthetic codes ("4A005~2"): show their label or kind instead.
    QString head = r.code;
    if (r.code.contains(QLatin1Char('~')))
        head = r.kind == QLatin1String("note") ? QObject::tr("Note") : QString();
    else if (r.kind == QLatin1String("item") && !r.label.isEmpty())
        head = r.label;
    const QString title = r.title.simplified();
    const QString shortTitle = title.size() > 120 ? title.left(119) + QChar(0x2026) : title;
    return head.isEmpty() ? shortTitle : head + QStringLiteral("  ") + shortTitle;
}

} // namespace

ListTreeModel::ListTreeModel(DatabaseSession* session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_root(std::make_unique<Item>())
{
    // Only a change of the lists resets the tree; anything else keeps what the user expanded.
    connect(m_session, &DatabaseSession::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(ChangeSet::Lists))
            reload();
    });
    reload();
}

ListTreeModel::~ListTreeModel() = default;

void ListTreeModel::setSensitivityFilter(Sensitivity atLeast)
{
    if (atLeast == m_sensitivity)
        return;
    m_sensitivity = atLeast;
    reload();
}

void ListTreeModel::reload()
{
    beginResetModel();
    m_scope.reset();
    m_marks.clear();
    m_root = std::make_unique<Item>();
    m_root->row.level = TreeRow::Level::Regime; // the root's children are the regimes
    m_root->row.hasChildren = m_session->isOpen();
    m_inserting = true; // no fetching from slots of modelReset: the reset is still in flight
    endResetModel();
    m_inserting = false;
}

ListTreeModel::Item* ListTreeModel::itemFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : m_root.get();
}

QModelIndex ListTreeModel::indexOf(Item* item) const
{
    return item == m_root.get() ? QModelIndex() : createIndex(item->indexInParent, 0, item);
}

QModelIndex ListTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, itemFor(parent)->children.at(static_cast<size_t>(row)).get());
}

QModelIndex ListTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(itemFor(child)->parent);
}

int ListTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(itemFor(parent)->children.size());
}

int ListTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

bool ListTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Item* item = itemFor(parent);
    return item->fetched ? !item->children.empty() : item->row.hasChildren;
}

bool ListTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.column() > 0 || m_inserting)
        return false;
    const Item* item = itemFor(parent);
    return !item->fetched && item->row.hasChildren && m_session->isOpen();
}

void ListTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Item* item = itemFor(parent);
    item->fetched = true;
    ListBrowser browser(*m_session->database());
    Result<QList<TreeRow>> rows = QList<TreeRow>();
    switch (item->row.level) {
    case TreeRow::Level::Regime:
        rows = item == m_root.get() ? browser.regimes() : browser.lists(item->row.id);
        break;
    case TreeRow::Level::List:
        rows = browser.editions(item->row.id);
        break;
    case TreeRow::Level::Edition:
        rows = browser.topNodes(item->row.id);
        break;
    case TreeRow::Level::Node:
        rows = browser.childNodes(item->row.id);
        break;
    }
    if (!rows) {
        emit loadFailed(rows.error().toString());
        return;
    }
    if (Status s = filter(item, rows.value()); !s) {
        emit loadFailed(s.error().toString());
        return;
    }
    if (rows->isEmpty())
        return;
    m_inserting = true;
    beginInsertRows(parent, 0, static_cast<int>(rows->size()) - 1);
    for (const TreeRow& r : rows.value()) {
        auto child = std::make_unique<Item>();
        child->row = r;
        child->parent = item;
        child->indexInParent = static_cast<int>(item->children.size());
        child->insideMarked =
            item->insideMarked ||
            (r.level == TreeRow::Level::Node && m_sensitivity != Sensitivity::None &&
             m_marks.value(r.editionId).marked.contains(r.id));
        item->children.push_back(std::move(child));
    }
    endInsertRows();
    m_inserting = false;
}

// Under the Sensitive List filter: the regimes, lists and editions that have marked nodes,
// and in an edition the marked nodes and their ancestors; inside a marked node, everything.
Status ListTreeModel::filter(const Item* parent, QList<TreeRow>& rows)
{
    if (m_sensitivity == Sensitivity::None || parent->insideMarked || rows.isEmpty())
        return {};
    Database& db = *m_session->database();
    if (!m_scope) {
        auto scope = sensitiveScope(db, m_sensitivity);
        if (!scope)
            return scope.error();
        m_scope = scope.value();
    }
    const qint64 editionId = rows.first().editionId; // node rows share their parent's edition
    if (rows.first().level == TreeRow::Level::Node && !m_marks.contains(editionId)) {
        auto marks = sensitiveNodes(db, editionId, m_sensitivity);
        if (!marks)
            return marks.error();
        m_marks.insert(editionId, marks.value());
    }
    const SensitiveNodes marks = m_marks.value(editionId);
    rows.removeIf([&](const TreeRow& r) {
        switch (r.level) {
        case TreeRow::Level::Regime:
            return !m_scope->regimes.contains(r.id);
        case TreeRow::Level::List:
            return !m_scope->lists.contains(r.id);
        case TreeRow::Level::Edition:
            return !m_scope->editions.contains(r.id);
        case TreeRow::Level::Node:
            break;
        }
        return !marks.marked.contains(r.id) && !marks.ancestors.contains(r.id);
    });
    return {};
}

QVariant ListTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const TreeRow& r = itemFor(index)->row;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r);
    case Qt::ToolTipRole:
        if (r.level == TreeRow::Level::Node)
            return r.code + QLatin1Char('\n') + r.title.left(600);
        return r.label.isEmpty() ? r.title : r.title + QLatin1Char('\n') + r.label;
    case Qt::FontRole:
        if (r.level != TreeRow::Level::Node || r.kind == QLatin1String("entry")) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case LevelRole:
        return static_cast<int>(r.level);
    case EditionIdRole:
        return r.editionId;
    case CodeRole:
        return r.code;
    case KindRole:
        return r.kind;
    case NodeIdRole:
        return r.level == TreeRow::Level::Node ? r.id : 0;
    default:
        return {};
    }
}

QModelIndex ListTreeModel::childWith(const QModelIndex& parent,
                                     const std::function<bool(const TreeRow&)>& match)
{
    if (canFetchMore(parent))
        fetchMore(parent);
    for (const auto& child : itemFor(parent)->children)
        if (match(child->row))
            return indexOf(child.get());
    return {};
}

QModelIndex ListTreeModel::indexFor(qint64 editionId, const QString& code)
{
    if (!m_session->isOpen())
        return {};
    ListBrowser browser(*m_session->database());
    auto loc = browser.locate(editionId, code);
    auto edition = browser.edition(editionId);
    if (!loc || !edition)
        return {};
    QModelIndex at = childWith({}, [&](const TreeRow& r) { return r.label == edition->regimeKey; });
    at = childWith(at, [&](const TreeRow& r) { return r.label == edition->listKey; });
    at = childWith(at, [&](const TreeRow& r) { return r.editionId == editionId; });
    for (const QString& c : loc->path) {
        if (!at.isValid())
            return {};
        at = childWith(at, [&](const TreeRow& r) { return r.code == c; });
    }
    return at;
}

} // namespace paceline
