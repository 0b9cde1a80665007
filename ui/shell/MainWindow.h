#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoGroup;
class QUndoStack;

namespace paceline {

class CaseController;
class BrowserController;
class BrowserPanel;
class CaseTablePanel;
class DatabaseSession;
class EditionsController;
class ImportController;
class OverviewPage;
class RecentFiles;

// The application window. It only wires: menus and actions, docks, tabs, the status bar and
// the controllers that do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DatabaseSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a database and remembers it; shows the reason when it cannot be opened.
    bool openDatabase(const QString& path, bool installDemoWhenEmpty);
    QTabWidget* tabs() const { return m_tabs; }
    OverviewPage* overview() const { return m_overview; }
    CaseTablePanel* casePanel() const { return m_cases; }
    // The window's own undo stack (edits outside a case); cases have a stack each.
    QUndoStack* undoStack() const { return m_windowUndo; }
    // Inspector dock and edition comparisons: showInspector(editionId, code),
    // compareWithPrevious(editionId, code), openComparison(...).
    EditionsController* editions() const { return m_editions; }
    CaseController* caseController() const { return m_caseController; }
    QUndoGroup* undoGroup() const { return m_undo; }
    ImportController* importController() const { return m_import; }
    // On the first start, asks who is writing (name, organisation) before anything is
    // recorded under a guessed name; returns whether it asked.
    bool askWhoIsWritingOnce();
    // "Writing as …" in the status bar.
    QString writerText() const;

public slots:
    // Connected to the browser's "Propose amendment…" (proposeAmendmentRequested).
    void proposeAmendment(qint64 editionId, const QString& code);
    BrowserPanel* browserPanel() const { return m_lists; }
    // Emits compareWithPreviousRequested / proposeAmendmentRequested for other features.
    BrowserController* browser() const { return m_browser; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void restoreLayout();
    void updateStatus();
    void updateWriter();
    void editPreferences(bool firstStart);
    void newDatabase();
    void openDatabaseDialog();
    void importDialog();
    void importFolderDialog();
    void ecfrUpdateDialog();
    void exportDialog();
    void openCase(qint64 caseId);
    QDockWidget* addPanel(QWidget* panel, const QString& title, const char* objectName,
                          Qt::DockWidgetArea area);

    DatabaseSession* m_session;
    QUndoGroup* m_undo;
    QUndoStack* m_windowUndo;
    QTabWidget* m_tabs;
    OverviewPage* m_overview;
    BrowserPanel* m_lists;
    BrowserController* m_browser;
    CaseTablePanel* m_cases;
    ImportController* m_import;
    EditionsController* m_editions = nullptr;
    CaseController* m_caseController;
    RecentFiles* m_recent = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_statusPath;
    QLabel* m_statusCounts;
    QLabel* m_statusUser; // who is writing: the name recorded on what this user does
};

} // namespace paceline
