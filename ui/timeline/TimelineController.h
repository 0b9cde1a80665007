#pragma once

#include <QObject>

class QMenu;
class QTabWidget;
class QUndoStack;
class QWidget;

namespace paceline {

class DatabaseSession;
class TimelineEditorView;

// The timeline editor's menu items (Edit Timeline Data…, Export Timeline CSV…) and its tab.
class TimelineController : public QObject {
    Q_OBJECT
public:
    TimelineController(DatabaseSession* session, QTabWidget* tabs, QUndoStack* undo, QMenu* menu,
                       QObject* parent = nullptr);

    // Opens (or brings forward) the editor tab.
    TimelineEditorView* openEditor();
    void exportDialog();

signals:
    void statusMessage(const QString& message);

private:
    TimelineEditorView* findEditor() const;
    DatabaseSession* m_session;
    QTabWidget* m_tabs;
    QUndoStack* m_undo;
};

} // namespace paceline
