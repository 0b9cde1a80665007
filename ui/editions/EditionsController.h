#pragma once

#include <QObject>
#include <QString>

class QDockWidget;
class QMainWindow;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace paceline {

class DatabaseSession;
class EditionComparisonView;
class InspectorPanel;

// Wires the edition features into the main window: the inspector dock, the "Compare
// Editions…" action and the comparison tabs. MainWindow owns one and forwards to it.
class EditionsController : public QObject {
    Q_OBJECT
public:
    EditionsController(QMainWindow* window, DatabaseSession* session, QTabWidget* tabs,
                       QUndoStack* undo);
    void addActions(QMenu* menu);
    QDockWidget* inspectorDock() const { return m_dock; }
    InspectorPanel* inspector() const { return m_inspector; }

    // Shows history and concordance of this entry in the inspector, raising the dock.
    void showInspector(qint64 editionId, const QString& code);
    // Empties the inspector if it shows this entry (its tab closed).
    void forgetEntry(qint64 editionId, const QString& code);
    // Opens a comparison of the edition before editionId with editionId, at code.
    EditionComparisonView* compareWithPrevious(qint64 editionId, const QString& code);
    // Opens a comparison tab; without editions it compares the newest two of the first list.
    EditionComparisonView* openComparison(qint64 fromEditionId = 0, qint64 toEditionId = 0,
                                          const QString& code = {});

signals:
    void statusMessage(const QString& message);

private:
    QMainWindow* m_window;
    DatabaseSession* m_session;
    QTabWidget* m_tabs;
    InspectorPanel* m_inspector;
    QDockWidget* m_dock;
};

} // namespace paceline
