#include "BrowserPanel.h"

#include "browse/BrowseTypes.h"
#include "browse/ListBrowser.h"
#include "browser/ListTreeModel.h"
#include "browser/RichTextDelegate.h"
#include "browser/SearchResultsModel.h"
#include "search/SearchWorker.h"
#include "session/DatabaseSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <tuple>

namespace paceline {

namespace {
constexpr int kDebounceMs = 120;
// Enough to scan; a narrower query or a filter beats scrolling further.
constexpr int kResultLimit = 50;
} // namespace

BrowserPanel::BrowserPanel(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_listFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_sensitivityFilter(new QComboBox(this))
    , m_latestOnly(new QCheckBox(tr("Newest edition only"), this))
    , m_status(new QLabel(this))
    , m_suggestion(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_results(new QListView(this))
    , m_treeModel(new ListTreeModel(session, this))
    , m_resultsModel(new SearchResultsModel(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(
        tr("Search codes and text: 4a5, \"intrusion software\", encrypt*"));
    m_search->setToolTip(
        tr("<p>All words must appear. <b>OR</b> between two words: either of them. "
           "<b>-word</b> or <b>NOT</b> word: without it. <b>\"quotes\"</b>: the exact phrase. "
           "<b>word*</b>: words that start with it. Codes in any form: 4A005, 4a5, 4.A.5, "
           "5A001.j.</p><p>Lower-case and, or, not are searched as words.</p>"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    buildFilters();

    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAllColumnsShowFocus(true);
    m_results->setModel(m_resultsModel);
    m_results->setItemDelegate(new RichTextDelegate(SearchResultsModel::HtmlRole, m_results));
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAlternatingRowColors(true);
    m_results->setContextMenuPolicy(Qt::CustomContextMenu);
    addShortcuts(m_tree);
    addShortcuts(m_results);
    m_tree->installEventFilter(this);
    m_results->installEventFilter(this);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_results);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true); // a long status must not widen the dock for good
    m_status->setContentsMargins(4, 0, 4, 0);
    m_suggestion->setTextFormat(Qt::RichText);
    m_suggestion->setContentsMargins(4, 0, 4, 0);
    m_suggestion->setWordWrap(true);
    m_suggestion->hide();
    connect(m_suggestion, &QLabel::linkActivated, this, [this] {
        m_search->setText(m_suggestionText);
        m_search->setFocus();
    });

    // Tab goes the way the eye does: the filter beside the field, then the ones below.
    setTabOrder(m_search, m_sensitivityFilter);
    setTabOrder(m_sensitivityFilter, m_listFilter);
    setTabOrder(m_listFilter, m_kindFilter);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_sensitivityFilter);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_listFilter, 1);
    filters->addWidget(m_kindFilter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(3);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_latestOnly);
    layout->addWidget(m_status);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_stack, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &BrowserPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive() || !m_resultsModel->rowCount()) {
            m_openWhenReady = true; // open the first result as soon as it arrives
            m_debounce->stop();
            runSearch();
        } else {
            const QModelIndex current = m_results->currentIndex();
            openIndex(current.isValid() ? current : m_resultsModel->index(0), false);
        }
    });
    for (QComboBox* combo : {m_listFilter, m_kindFilter}) {
        // A list's long name must not widen the dock: the popup shows it whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        connect(combo, &QComboBox::currentIndexChanged, this, &BrowserPanel::runSearch);
    }
    connect(m_latestOnly, &QCheckBox::toggled, this, &BrowserPanel::runSearch);
    connect(m_sensitivityFilter, &QComboBox::currentIndexChanged, this,
            &BrowserPanel::applySensitivityFilter);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& i) {
        openIndex(i, QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& i) {
        openIndex(i, QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& p) { showContextMenu(m_tree, p); });
    connect(m_results, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& p) { showContextMenu(m_results, p); });
    connect(m_treeModel, &ListTreeModel::loadFailed, this, &BrowserPanel::statusMessage);
    connect(m_session, &DatabaseSession::opened, this, &BrowserPanel::restartWorker);
    connect(m_session, &DatabaseSession::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(ChangeSet::Lists))
            reloadFilters();
    });
    restartWorker();
    reloadFilters();
}

BrowserPanel::~BrowserPanel() = default;

void BrowserPanel::buildFilters()
{
    m_listFilter->setToolTip(tr("Search in one list or in all of them"));
    m_kindFilter->setToolTip(tr("Search only nodes of this kind"));
    const std::pair<QString, QString> kinds[] = {
        {tr("All kinds"), QString()},          {tr("Entries"), QStringLiteral("entry")},
        {tr("Items"), QStringLiteral("item")}, {tr("Notes"), QStringLiteral("note")},
        {tr("Text"), QStringLiteral("text")},  {tr("Defined terms"), QStringLiteral("term")},
    };
    for (const auto& [name, key] : kinds)
        m_kindFilter->addItem(name, key);
    m_latestOnly->setChecked(true);
    m_latestOnly->setToolTip(tr("Unchecked, older editions are searched as well"));
    // Short names, the same as the badges in the entry view; the tooltips say them in full.
    const std::tuple<QString, Sensitivity, QString> lists[] = {
        {tr("All"), Sensitivity::None, tr("All entries")},
        {tr("SL"), Sensitivity::Sensitive,
         tr("Only entries on the Wassenaar Sensitive List (which holds the Very Sensitive List)")},
        {tr("VSL"), Sensitivity::VerySensitive,
         tr("Only entries on the Wassenaar Very Sensitive List")},
    };
    for (const auto& [name, level, tip] : lists) {
        m_sensitivityFilter->addItem(name, static_cast<int>(level));
        m_sensitivityFilter->setItemData(m_sensitivityFilter->count() - 1, tip, Qt::ToolTipRole);
    }
    m_sensitivityFilter->setToolTip(
        tr("Show all entries, or only those on the Wassenaar Sensitive List (SL) or Very "
           "Sensitive List (VSL), in the tree and in search results"));
    m_sensitivityFilter->setAccessibleName(tr("Sensitive List filter"));
}

void BrowserPanel::applySensitivityFilter()
{
    m_treeModel->setSensitivityFilter(
        static_cast<Sensitivity>(m_sensitivityFilter->currentData().toInt()));
    if (m_search->text().trimmed().isEmpty())
        showTreeStatus();
    else
        runSearch();
}

// With the filter on and no search, the status line says what the tree shows.
void BrowserPanel::showTreeStatus()
{
    m_suggestion->hide();
    const Sensitivity s = m_treeModel->sensitivityFilter();
    if (s == Sensitivity::None) {
        m_status->clear();
        return;
    }
    if (m_treeModel->canFetchMore({}))
        m_treeModel->fetchMore({});
    const QString list =
        s == Sensitivity::VerySensitive ? tr("Very Sensitive List") : tr("Sensitive List");
    m_status->setText(m_treeModel->rowCount() == 0
                          ? tr("No loaded list marks entries of the %1").arg(list)
                          : tr("Showing entries on the %1").arg(list));
}

void BrowserPanel::reloadFilters()
{
    const QString current = m_listFilter->currentData().toString();
    const QSignalBlocker block(m_listFilter);
    m_listFilter->clear();
    m_listFilter->addItem(tr("All lists"), QString());
    if (m_session->isOpen()) {
        ListBrowser browser(*m_session->database());
        if (auto latest = browser.latestEditions())
            for (const EditionInfo& e : latest.value())
                m_listFilter->addItem(e.listName, e.listKey);
    }
    m_listFilter->setCurrentIndex(std::max(0, m_listFilter->findData(current)));
}

void BrowserPanel::restartWorker()
{
    m_worker.reset();
    if (!m_session->isOpen())
        return;
    m_worker = std::make_unique<SearchWorker>(m_session->path());
    if (!m_worker->isReady()) {
        emit statusMessage(tr("Search is unavailable: %1").arg(m_worker->openError()));
        return;
    }
    connect(m_worker.get(), &SearchWorker::resultsReady, this, &BrowserPanel::showResults);
    connect(m_worker.get(), &SearchWorker::searchFailed, this,
            [this](quint64, const QString& message) {
                m_status->setText(tr("Search failed: %1").arg(message));
            });
}

void BrowserPanel::runSearch()
{
    m_debounce->stop();
    const QString text = m_search->text();
    if (text.trimmed().isEmpty() || !m_worker || !m_worker->isReady()) {
        if (m_worker)
            m_worker->cancel();
        m_resultsModel->clear();
        showTreeStatus();
        m_stack->setCurrentWidget(m_tree);
        m_openWhenReady = false;
        return;
    }
    SearchQuery q;
    q.text = text;
    q.listKey = m_listFilter->currentData().toString();
    q.kind = m_kindFilter->currentData().toString();
    q.latestOnly = m_latestOnly->isChecked();
    q.sensitivity = m_treeModel->sensitivityFilter();
    q.prefixLastWord = true;
    q.limit = kResultLimit;
    m_worker->submit(q);
    m_status->setText(tr("Searching…"));
    m_stack->setCurrentWidget(m_results);
}

void BrowserPanel::showResults(quint64, const SearchResults& results)
{
    m_resultsModel->setResults(results);
    m_suggestionText = results.suggestion;
    m_suggestion->setVisible(!m_suggestionText.isEmpty());
    if (!m_suggestionText.isEmpty())
        m_suggestion->setText(tr("Did you mean <a href=\"suggestion\">%1</a>?")
                                  .arg(m_suggestionText.toHtmlEscaped()));
    const int n = static_cast<int>(results.hits.size());
    QString status = n == 0 ? tr("No results") : n == 1 ? tr("1 result") : tr("%1 results").arg(n);
    if (n >= kResultLimit)
        status = tr("The best %1 results").arg(n);
    if (results.codeMatch)
        status += tr(" — Enter opens %1").arg(results.hits.first().code);
    else if (n > 0)
        status += tr(" — Enter opens the first, ↓ moves into the list");
    m_status->setText(status);
    if (n > 0)
        m_results->setCurrentIndex(m_resultsModel->index(0));
    emit searchFinished(n);
    if (m_openWhenReady && n > 0)
        openIndex(m_resultsModel->index(0), false);
    m_openWhenReady = false;
}

QString BrowserPanel::statusText() const
{
    return m_status->text();
}

void BrowserPanel::openIndex(const QModelIndex& index, bool newTab)
{
    if (!index.isValid())
        return;
    if (index.model() == m_resultsModel) {
        const SearchHit& hit = m_resultsModel->hit(index.row());
        if (hit.source == SearchHit::Source::Term)
            emit openTermRequested(hit.editionId, hit.code);
        else
            emit openEntryRequested(hit.editionId, hit.code, newTab);
        return;
    }
    if (index.data(ListTreeModel::LevelRole).toInt() == static_cast<int>(TreeRow::Level::Node))
        emit openEntryRequested(index.data(ListTreeModel::EditionIdRole).toLongLong(),
                                index.data(ListTreeModel::CodeRole).toString(), newTab);
    else
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
}

void BrowserPanel::revealInTree(qint64 editionId, const QString& code)
{
    QModelIndex index = m_treeModel->indexFor(editionId, code);
    if (!index.isValid() && m_sensitivityFilter->currentIndex() != 0) {
        m_sensitivityFilter->setCurrentIndex(0); // the filter hid it: show everything
        index = m_treeModel->indexFor(editionId, code);
    }
    if (!index.isValid()) {
        emit statusMessage(tr("%1 is not in the tree.").arg(code));
        return;
    }
    m_search->clear();
    m_stack->setCurrentWidget(m_tree);
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_tree->setFocus();
}

bool BrowserPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Item views copy their display text on Ctrl+C; the code is what an analyst wants.
    if ((watched == m_tree || watched == m_results) && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        auto* view = static_cast<QAbstractItemView*>(watched);
        if (const Target t = targetAt(view->currentIndex()); !t.code.isEmpty())
            copyText(t.code);
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down) {
            QAbstractItemView* view = m_stack->currentWidget() == m_results
                                          ? static_cast<QAbstractItemView*>(m_results)
                                          : static_cast<QAbstractItemView*>(m_tree);
            view->setFocus();
            if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace paceline
