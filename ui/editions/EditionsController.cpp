#include "EditionsController.h"

#include "editions/ConcordancePanel.h"
#include "editions/EditionComparisonView.h"
#include "editions/EntryHistoryPanel.h"
#include "editions/InspectorPanel.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>

#include <algorithm>

namespace paceline {

EditionsController::EditionsController(QMainWindow* window, DatabaseSession* session,
                                       QTabWidget* tabs, QUndoStack* undo)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_tabs(tabs)
    , m_inspector(new InspectorPanel(session, undo, window))
    , m_dock(new QDockWidget(tr("Inspector"), window))
{
    m_dock->setObjectName(QStringLiteral("inspectorDock"));
    m_dock->setWidget(m_inspector);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    connect(session, &DatabaseSession::opened, m_inspector, &InspectorPanel::clear);
    connect(session, &DatabaseSession::changed, m_inspector, [this](const ChangeSet& changes) {
        if (changes.touches(ChangeSet::Lists | ChangeSet::Concordance))
            m_inspector->reload();
    });
    connect(
        m_inspector->history(), &EntryHistoryPanel::compareRequested, this,
        [this](qint64 from, qint64 to, const QString& code) { openComparison(from, to, code); });
    connect(m_inspector->concordance(), &ConcordancePanel::statusMessage, this,
            &EditionsController::statusMessage);
}

void EditionsController::addActions(QMenu* menu)
{
    menu->addSeparator();
    QAction* compare = menu->addAction(tr("&Compare Editions…"), QKeySequence(tr("Ctrl+Shift+D")),
                                       this, [this] { openComparison(); });
    compare->setObjectName(QStringLiteral("compareEditionsAction"));
}

void EditionsController::showInspector(qint64 editionId, const QString& code)
{
    m_inspector->showEntry(editionId, code);
    m_dock->show();
    m_dock->raise();
}

void EditionsController::forgetEntry(qint64 editionId, const QString& code)
{
    const EntryHistoryPanel* history = m_inspector->history();
    if (history->editionId() == editionId && history->code() == code)
        m_inspector->clear();
}

EditionComparisonView* EditionsController::compareWithPrevious(qint64 editionId,
                                                               const QString& code)
{
    auto all = ListStore(*m_session->database()).editions();
    if (!all)
        return openComparison();
    QList<EditionInfo> same;
    QString listKey;
    for (const EditionInfo& e : all.value())
        if (e.id == editionId)
            listKey = e.listKey;
    for (const EditionInfo& e : all.value())
        if (e.listKey == listKey)
            same << e;
    std::stable_sort(same.begin(), same.end(), [](const EditionInfo& a, const EditionInfo& b) {
        if (a.date.isEmpty() != b.date.isEmpty())
            return b.date.isEmpty();
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    qint64 previous = editionId;
    for (qsizetype i = 1; i < same.size(); ++i)
        if (same.at(i).id == editionId)
            previous = same.at(i - 1).id;
    if (previous == editionId)
        emit statusMessage(tr("This is the earliest loaded edition of its list; nothing to "
                              "compare it with."));
    return openComparison(previous, editionId, code);
}

EditionComparisonView* EditionsController::openComparison(qint64 fromEditionId, qint64 toEditionId,
                                                          const QString& code)
{
    auto* view = new EditionComparisonView(m_session, m_tabs);
    connect(view, &EditionComparisonView::entrySelected, this,
            [this](qint64 editionId, const QString& c) { m_inspector->showEntry(editionId, c); });
    connect(view, &EditionComparisonView::statusMessage, this, &EditionsController::statusMessage);
    connect(view, &EditionComparisonView::titleChanged, m_tabs, [this, view](const QString& t) {
        const int index = m_tabs->indexOf(view);
        if (index >= 0)
            m_tabs->setTabText(index, t);
    });
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title()));
    if (toEditionId != 0)
        view->setEditions(fromEditionId, toEditionId, code);
    else
        view->setEditions(0, 0); // compares the default choice
    return view;
}

} // namespace paceline
