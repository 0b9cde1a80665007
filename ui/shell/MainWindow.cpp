#include "MainWindow.h"

#include "browser/BrowserController.h"
#include "browser/BrowserPanel.h"
#include "cases/CaseSummaryView.h"
#include "cases/CaseTablePanel.h"
#include "io/ListExport.h"
#include "lists/ListStore.h"
#include "overview/OverviewPage.h"
#include "session/DatabaseSession.h"
#include "session/ImportController.h"
#include "shell/AboutDialog.h"
#include "shell/AppSettings.h"
#include "shell/RecentFiles.h"
#include "stats/DatabaseStats.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
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
#include <QUndoStack>

namespace paceline {

MainWindow::MainWindow(DatabaseSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_undo(new QUndoStack(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(session, this))
    , m_lists(new BrowserPanel(session, this))
    , m_browser(new BrowserController(session, m_tabs, m_lists, this))
    , m_cases(new CaseTablePanel(session, this))
    , m_import(new ImportController(session, this))
    , m_statusPath(new QLabel(this))
    , m_statusCounts(new QLabel(this))
{
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
    m_statusPath->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createDocks();
    createActions();
    restoreLayout();

    connect(m_session, &DatabaseSession::contentChanged, this, &MainWindow::updateStatus);
    connect(m_cases, &CaseTablePanel::openCaseRequested, this, &MainWindow::openCase);
    auto showMessage = [this](const QString& message) { statusBar()->showMessage(message, 10000); };
    connect(m_cases, &CaseTablePanel::statusMessage, this, showMessage);
    connect(m_browser, &BrowserController::statusMessage, this, showMessage);
    connect(m_import, &ImportController::finished, this, [this](const ImportRunResult& r) {
        if (r.error) {
            if (r.error->kind == Error::Kind::Cancelled)
                statusBar()->showMessage(tr("Import cancelled; the database is unchanged."), 8000);
            else
                QMessageBox::warning(this, tr("Import failed"),
                                     tr("Nothing was imported.\n\n%1").arg(r.error->toString()));
            return;
        }
        statusBar()->showMessage(r.summaries.join(QStringLiteral("; ")), 10000);
        if (!r.warnings.isEmpty())
            QMessageBox::information(this, tr("Import warnings"), r.warnings.join(QLatin1Char('\n')));
    });
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
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    QMenu* recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentFiles(recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString& p) { openDatabase(p, false); });
    file->addSeparator();
    file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDialog);
    file->addAction(tr("&Export List Edition…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find in Lists…"), QKeySequence::Find, this, [this] {
        m_lists->searchField()->setFocus();
        m_lists->searchField()->selectAll();
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Paceline"), this, [this] { showAboutDialog(this); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1400, 900);
    restoreState(AppSettings::windowState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_import->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"), tr("An import is still running. Cancel it and quit? The database "
                                           "stays as it was before the import."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
    }
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    event->accept();
}

bool MainWindow::openDatabase(const QString& path, bool installDemoWhenEmpty)
{
    if (Status s = m_session->open(path, installDemoWhenEmpty); !s) {
        QMessageBox::warning(this, tr("Cannot open database"),
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
    return true;
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
                                     l.toString(entries), l.toString(stats->events), l.toString(stats->cases)));
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                      QDir::homePath() + QStringLiteral("/paceline.sqlite"),
                                                      tr("Paceline databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose a new name, or use Open Database.").arg(path));
        return;
    }
    const auto demo = QMessageBox::question(this, tr("New Database"),
                                            tr("Fill the new database with the demo dataset?"));
    openDatabase(path, demo == QMessageBox::Yes);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
                                                      QFileInfo(m_session->path()).absolutePath(),
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
        tr("Paceline lists and timeline tables (*.json *.csv);;paceline.list JSON (*.json);;"
           "Timeline CSV (*.csv)"));
    if (paths.isEmpty())
        return;
    AppSettings::setLastImportFolder(QFileInfo(paths.first()).absolutePath());
    m_import->start(paths, ImportFormat::Auto);
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
    const QString choice = QInputDialog::getItem(this, tr("Export List Edition"), tr("Edition:"), names, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const EditionInfo& e = editions->at(names.indexOf(choice));
    QString suggested = e.listKey + QLatin1Char('-') + e.label;
    suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export List Edition"), QDir::homePath() + QLatin1Char('/') + suggested + QStringLiteral(".paceline.json"),
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
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("caseId").toLongLong() == caseId) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto* view = new CaseSummaryView(*m_session->database(), caseId, m_tabs);
    view->setProperty("caseId", caseId);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title().left(40)));
    m_tabs->setTabToolTip(m_tabs->currentIndex(), view->title());
}

} // namespace paceline
