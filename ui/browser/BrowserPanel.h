#pragma once

#include "search/SearchTypes.h"

#include <QModelIndex>
#include <QWidget>

#include <memory>

class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace paceline {

class DatabaseSession;
class ListTreeModel;
class SearchResultsModel;
class SearchWorker;

// The left dock: a search field with filters above the list tree. Typing searches (after a
// short pause, on a worker thread); the results replace the tree until the field is cleared.
class BrowserPanel : public QWidget {
    Q_OBJECT
public:
    explicit BrowserPanel(DatabaseSession* session, QWidget* parent = nullptr);
    ~BrowserPanel() override;

    QLineEdit* searchField() const { return m_search; }
    QTreeView* tree() const { return m_tree; }
    QListView* resultsView() const { return m_results; }
    ListTreeModel* treeModel() const { return m_treeModel; }
    SearchResultsModel* resultsModel() const { return m_resultsModel; }
    QComboBox* listFilter() const { return m_listFilter; }
    QComboBox* kindFilter() const { return m_kindFilter; }
    // All entries, the Sensitive List (SL) or the Very Sensitive List (VSL): tree and search.
    QComboBox* sensitivityFilter() const { return m_sensitivityFilter; }
    QCheckBox* latestOnly() const { return m_latestOnly; }
    QString statusText() const;

    // Expands the tree down to the node and selects it.
    void revealInTree(qint64 editionId, const QString& code);

signals:
    void openEntryRequested(qint64 editionId, const QString& code, bool newTab);
    void openTermRequested(qint64 editionId, const QString& term);
    void compareWithPreviousRequested(qint64 editionId, const QString& code);
    void proposeAmendmentRequested(qint64 editionId, const QString& code);
    void statusMessage(const QString& message);
    void searchFinished(int hits);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters();
    void applySensitivityFilter();
    void showTreeStatus();
    void reloadFilters();
    void restartWorker();
    void runSearch();
    void showResults(quint64 generation, const paceline::SearchResults& results);
    void openIndex(const QModelIndex& index, bool newTab);
    void showContextMenu(QWidget* view, const QPoint& pos);
    void copyText(const QString& text);
    struct Target {
        qint64 editionId = 0;
        QString code; // empty: nothing to act on (a regime, list or edition row)
        bool isTerm = false;
    };
    Target targetAt(const QModelIndex& index) const;
    void addShortcuts(QAbstractItemView* view);
    void copyCitation(const Target& t);
    QMenu* nodeMenu(const Target& t);

    DatabaseSession* m_session;
    QLineEdit* m_search;
    QComboBox* m_listFilter;
    QComboBox* m_kindFilter;
    QComboBox* m_sensitivityFilter;
    QCheckBox* m_latestOnly;
    QLabel* m_status;
    QLabel* m_suggestion; // "Did you mean …?" after a search that a typing slip emptied
    QString m_suggestionText;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QListView* m_results;
    ListTreeModel* m_treeModel;
    SearchResultsModel* m_resultsModel;
    QTimer* m_debounce;
    std::unique_ptr<SearchWorker> m_worker;
    bool m_openWhenReady = false;
};

} // namespace paceline
