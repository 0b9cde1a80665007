#include "MainWindow.h"

#include "cases/CaseController.h"
#include "cases/CaseEditor.h"
#include "browser/BrowserController.h"
#include "browser/BrowserPanel.h"
#include "cases/CaseTablePanel.h"
#include "importers/EcfrUpdateDialog.h"
#include "importers/ImportOptionsPrompt.h"
#include "importers/ImportResultMessage.h"
#include "editions/EditionsController.h"
#include "charts/ChartsController.h"
#include "timeline/TimelineController.h"
#include "timeline/TimelineEditorView.h"
#include "timeline/TimelineTablePage.h"
#include "io/ListExport.h"
#include "lists/ListStore.h"
#include "overview/OverviewPage.h"
#include "session/DatabaseSession.h"
#include "session/ImportController.h"
#include "shell/AboutDialog.h"
#include "shell/AppSettings.h"
#include "shell/PreferencesDialog.h"
#include "shell/RecentFiles.h"
#include "stats/DatabaseStats.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace paceline {

MainWindow::MainWindow(DatabaseSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_undo(new QUndoGroup(this))
    , m_windowUndo(new QUndoStack(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(session, this))
    , m_lists(new BrowserPanel(session, this))
    , m_browser(new BrowserController(session, m_tabs, m_lists, this))
    , m_cases(new CaseTablePanel(session, this))
    , m_import(new ImportController(session, this))
    , m_caseController(new CaseController(session, m_tabs, m_undo, this))
    , m_statusPath(new QLabel(this))
    , m_statusCounts(new QLabel(this))
    , m_statusUser(new QLabel(this))
{
    m_undo->addStack(m_windowUndo);
    m_caseController->setFallbackStack(m_windowUndo);
    setWindowTitle(tr("Paceline"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/paceline.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (m_tabs->widget(index) != m_overview)
            delete m_tabs->widget(index);
    });
    setCentralWidget(m_tabs);

    statusBar()->addWidget(m_statusPath, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_statusUser);
    m_statusUser->setTextFormat(Qt::PlainText);
    m_statusUser->setToolTip(tr("Recorded on your cases, comments, sign-offs and status changes; "
                                "Edit \u25B8 Preferences… changes it"));
    updateWriter();
    m_statusPath->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createDocks();
    createActions();
    restoreLayout();

    connect(m_session, &DatabaseSession::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(ChangeSet::Lists | ChangeSet::Timeline | ChangeSet::Cases))
            updateStatus();
    });
    connect(m_cases, &CaseTablePanel::openCaseRequested, this, &MainWindow::openCase);
    auto showMessage = [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
    };
    connect(m_cases, &CaseTablePanel::statusMessage, this, showMessage);
    connect(m_caseController, &CaseController::statusMessage, this, showMessage);
    connect(m_browser, &BrowserController::statusMessage, this, showMessage);
    // The browser asks; the editions and cases features answer.
    connect(m_browser, &BrowserController::compareWithPreviousRequested, m_editions,
            &EditionsController::compareWithPrevious);
    connect(m_browser, &BrowserController::proposeAmendmentRequested, this,
            &MainWindow::proposeAmendment);
    // The inspector (history, concordance) follows the entry in the current tab.
    connect(m_browser, &BrowserController::entryShown, m_editions,
            &EditionsController::showInspector);
    connect(m_browser, &BrowserController::entryClosed, m_editions,
            &EditionsController::forgetEntry);
    connect(m_import, &ImportController::finished, this,
            [this](const ImportRunResult& r) { showImportResult(this, r); });
}

MainWindow::~MainWindow()
{
    // The editors save their last keystrokes now, while the views still listen to what they
    // announce. Which cases were open is remembered on close, not here.
    qDeleteAll(m_caseController->editors());
}

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, const char* objectName,
                                  Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(QLatin1String(objectName));
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    addPanel(m_lists, tr("Lists"), "listsDock", Qt::LeftDockWidgetArea);
    addPanel(m_cases, tr("Cases"), "casesDock", Qt::BottomDockWidgetArea);
    m_editions = new EditionsController(this, m_session, m_tabs, m_windowUndo);
    connect(m_editions, &EditionsController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this,
                    &MainWindow::openDatabaseDialog);
    QMenu* recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentFiles(recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this,
            [this](const QString& p) { openDatabase(p, false); });
    file->addSeparator();
    file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDialog);
    file->addAction(tr("Import &Wassenaar Edition Folder…"), QKeySequence(tr("Ctrl+Alt+I")), this,
                    &MainWindow::importFolderDialog);
    file->addAction(tr("&Update from eCFR…"), QKeySequence(tr("Ctrl+Shift+U")), this,
                    &MainWindow::ecfrUpdateDialog);
    file->addAction(tr("&Export List Edition…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // One undo stack per open case; the group follows the active tab.
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo); // every platform binding: Ctrl+Shift+Z and Ctrl+Y
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find in Lists…"), QKeySequence::Find, this, [this] {
        m_lists->searchField()->setFocus();
        m_lists->searchField()->selectAll();
    });

    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                    [this] { editPreferences(false); });

    QMenu* cases = menuBar()->addMenu(tr("&Case"));
    cases->addAction(tr("&New Case…"), QKeySequence(tr("Ctrl+Shift+N")), m_caseController,
                     &CaseController::newCaseDialog);
    cases->addAction(tr("Save &Revision"), QKeySequence(tr("Ctrl+Shift+S")), m_caseController,
                     &CaseController::saveRevisionOfCurrent);
    cases->addAction(tr("&Export Proposal…"), QKeySequence(tr("Ctrl+Shift+E")), m_caseController,
                     &CaseController::exportCurrentDialog);
    cases->addSeparator();
    cases->addAction(tr("Export Case &Bundle…"), m_caseController,
                     &CaseController::exportBundleDialog);
    cases->addAction(tr("&Import Case Bundle…"), m_caseController,
                     &CaseController::importBundleDialog);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_editions->addActions(m_viewMenu);

    auto* charts = new ChartsController(m_session, m_tabs, menuBar()->addMenu(tr("&Charts")), this);
    connect(charts, &ChartsController::compareEditionsRequested, m_editions,
            [this](qint64 from, qint64 to) { m_editions->openComparison(from, to); });
    connect(charts, &ChartsController::openEntryRequested, m_browser,
            [this](qint64 editionId, const QString& code) {
                m_browser->openEntry(editionId, code, false);
            });
    connect(charts, &ChartsController::openCaseRequested, this, &MainWindow::openCase);
    auto* timeline = new TimelineController(m_session, m_tabs, m_windowUndo,
                                            menuBar()->addMenu(tr("&Timeline")), this);
    connect(timeline, &TimelineController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(charts, &ChartsController::openTimelineEventRequested, timeline, [timeline](qint64 id) {
        TimelineEditorView* editor = timeline->openEditor();
        editor->showTable(TimelineEditorView::Events);
        editor->page(TimelineEditorView::Events)->selectId(id);
        editor->focusTable();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Paceline"), this, [this] { showAboutDialog(this); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreLayout()
{
    const bool restored = restoreGeometry(AppSettings::windowGeometry());
    // The screen the window was left on (a second monitor too), else the primary one.
    const QScreen* shown = restored ? QGuiApplication::screenAt(frameGeometry().center()) : nullptr;
    if (!shown)
        shown = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = shown ? shown->availableGeometry() : QRect(0, 0, 1400, 900);
    if (!restored || !available.contains(frameGeometry())) {
        // First start, or a layout saved on a larger screen: never beyond the screen's edges,
        // so that the status bar and the right-hand dock stay visible.
        const QSize comfortable(1400, 900);
        if (available.width() <= comfortable.width() ||
            available.height() <= comfortable.height()) {
            setGeometry(available);
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(available.size() * 0.9);
            move(available.center() - rect().center());
        }
    }
    if (restoreState(AppSettings::windowState()))
        return;
    // Until the user arranges the docks: the text in the middle gets most of a small screen.
    const bool small = available.width() < 1600;
    resizeDocks({findChild<QDockWidget*>(QStringLiteral("listsDock")),
                 findChild<QDockWidget*>(QStringLiteral("inspectorDock"))},
                {small ? 250 : 300, small ? 300 : 380}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget*>(QStringLiteral("casesDock"))},
                {available.height() < 900 ? 150 : 220}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_import->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"),
            tr("An import is still running. Cancel it and quit? The file being imported "
               "changes nothing; the files before it stay imported."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
    }
    m_caseController->closeAll(); // saves the last keystrokes, remembers the open cases
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    event->accept();
}

bool MainWindow::openDatabase(const QString& path, bool installDemoWhenEmpty)
{
    // Case editors write to the open database: save and close them before it goes away.
    m_caseController->closeAll();
    if (Status s = m_session->open(path, installDemoWhenEmpty); !s) {
        QMessageBox::warning(
            this, tr("Cannot open database"),
            tr("The database could not be opened.\n\n%1").arg(s.error().toString()));
        return false;
    }
    // Tabs show data of the previous database; close all but the overview.
    while (m_tabs->count() > 1)
        delete m_tabs->widget(m_tabs->count() - 1);
    m_recent->add(m_session->path());
    AppSettings::setLastDatabase(m_session->path());
    setWindowFilePath(m_session->path());
    setWindowTitle(tr("%1 — Paceline").arg(QFileInfo(m_session->path()).fileName()));
    m_caseController->restoreOpenCases();
    return true;
}

bool MainWindow::askWhoIsWritingOnce()
{
    if (AppSettings::userWasAsked())
        return false;
    editPreferences(true);
    return true;
}

void MainWindow::editPreferences(bool firstStart)
{
    using Purpose = PreferencesDialog::Purpose;
    PreferencesDialog(this, firstStart ? Purpose::FirstStart : Purpose::Preferences).exec();
    updateWriter();
}

QString MainWindow::writerText() const
{
    return m_statusUser->text();
}

void MainWindow::updateWriter()
{
    const QString organisation = AppSettings::userOrganisation();
    const QString who = organisation.isEmpty()
                            ? AppSettings::userName()
                            : QStringLiteral("%1 (%2)").arg(AppSettings::userName(), organisation);
    m_statusUser->setText(tr("Writing as %1").arg(who));
}

void MainWindow::updateStatus()
{
    m_statusPath->setText(QDir::toNativeSeparators(m_session->path()));
    if (!m_session->isOpen())
        return;
    auto stats = collectStats(*m_session->database());
    if (!stats) {
        m_statusCounts->setText(tr("counts unavailable"));
        return;
    }
    qint64 entries = 0;
    QSet<QString> lists;
    for (const EditionCounts& e : stats->editions) {
        entries += e.nodesByKind.value(QStringLiteral("entry"));
        lists.insert(e.listKey);
    }
    const QLocale l;
    m_statusCounts->setText(tr("%1 lists · %2 editions · %3 entries · %4 events · %5 cases")
                                .arg(l.toString(lists.size()), l.toString(stats->editions.size()),
                                     l.toString(entries), l.toString(stats->events),
                                     l.toString(stats->cases)));
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir::homePath() + QStringLiteral("/paceline.sqlite"),
        tr("Paceline databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New Database"),
            tr("%1 already exists. Choose a new name, or use Open Database.").arg(path));
        return;
    }
    const auto demo = QMessageBox::question(this, tr("New Database"),
                                            tr("Fill the new database with the demo dataset?"));
    openDatabase(path, demo == QMessageBox::Yes);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_session->path()).absolutePath(),
        tr("Paceline databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::importDialog()
{
    if (m_import->isRunning())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import"), AppSettings::lastImportFolder(),
        tr("Lists, timeline tables and official documents (*.json *.csv *.xml *.pdf *.txt *.doc "
           "*.docx);;paceline.list JSON (*.json);;Timeline CSV (*.csv);;"
           "eCFR XML of 15 CFR 774 (*.xml);;List document as PDF: Wassenaar, EUR-Lex (*.pdf);;"
           "Wassenaar chapter files of one edition (*.doc *.docx);;"
           "List document as text from pdftotext -layout (*.txt)"));
    if (paths.isEmpty())
        return;
    AppSettings::setLastImportFolder(QFileInfo(paths.first()).absolutePath());
    const auto options = askImportOptions(this, *m_session->database(), paths);
    if (!options)
        return;
    m_import->start(paths, ImportFormat::Auto, *options);
}

void MainWindow::importFolderDialog()
{
    if (m_import->isRunning())
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import a Wassenaar Edition (folder of Word chapter files)"),
        AppSettings::lastImportFolder());
    if (folder.isEmpty())
        return;
    AppSettings::setLastImportFolder(QFileInfo(folder).absolutePath());
    m_import->start({folder}, ImportFormat::WaDoc, ImportOptions());
}

void MainWindow::ecfrUpdateDialog()
{
    if (!m_session->isOpen())
        return;
    EcfrUpdateDialog dialog(m_session, EcfrUpdateDialog::configuredBaseUrl(), this);
    dialog.fetchDates();
    dialog.exec();
}

void MainWindow::exportDialog()
{
    auto editions = ListStore(*m_session->database()).editions();
    if (!editions || editions->isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("There is no list edition to export."));
        return;
    }
    QStringList names;
    for (const EditionInfo& e : editions.value())
        names << QStringLiteral("%1 — %2").arg(e.listName, e.label);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Export List Edition"), tr("Edition:"),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    const EditionInfo& e = editions->at(names.indexOf(choice));
    QString suggested = e.listKey + QLatin1Char('-') + e.label;
    suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export List Edition"),
        QDir::homePath() + QLatin1Char('/') + suggested + QStringLiteral(".paceline.json"),
        tr("paceline.list JSON (*.json)"));
    if (path.isEmpty())
        return;
    auto written = exportEditionJson(*m_session->database(), e.id, path);
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error().toString());
        return;
    }
    statusBar()->showMessage(tr("Exported %1 nodes to %2").arg(written.value()).arg(path), 8000);
}

void MainWindow::openCase(qint64 caseId)
{
    m_caseController->openCase(caseId);
}

void MainWindow::proposeAmendment(qint64 editionId, const QString& code)
{
    m_caseController->proposeAmendment(editionId, code);
}

} // namespace paceline
