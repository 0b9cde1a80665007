#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace paceline {

class BrowserController;
class BrowserPanel;
class CaseTablePanel;
class DatabaseSession;
class ImportController;
class OverviewPage;
class RecentFiles;

// The application window. It only wires: menus and actions, docks, tabs, the status bar and
// the controllers that do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DatabaseSession* session, QWidget* parent = nullptr);

    // Opens a database and remembers it; shows the reason when it cannot be opened.
    bool openDatabase(const QString& path, bool installDemoWhenEmpty);
    QTabWidget* tabs() const { return m_tabs; }
    OverviewPage* overview() const { return m_overview; }
    CaseTablePanel* casePanel() const { return m_cases; }
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
    void newDatabase();
    void openDatabaseDialog();
    void importDialog();
    void exportDialog();
    void openCase(qint64 caseId);
    QDockWidget* addPanel(QWidget* panel, const QString& title, const char* objectName,
                          Qt::DockWidgetArea area);

    DatabaseSession* m_session;
    QUndoStack* m_undo;
    QTabWidget* m_tabs;
    OverviewPage* m_overview;
    BrowserPanel* m_lists;
    BrowserController* m_browser;
    CaseTablePanel* m_cases;
    ImportController* m_import;
    RecentFiles* m_recent = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_statusPath;
    QLabel* m_statusCounts;
};

} // namespace paceline
