#pragma once

#include "TimelineEditCommand.h"

#include <QWidget>

class QTabWidget;
class QUndoStack;

namespace paceline {

class ControlEventTableModel;
class DatabaseSession;
class EraTableModel;
class MilestoneTableModel;
class TechnologyTableModel;
class TimelineEditor;
class TimelineTablePage;

// The timeline data as four editable tables: technologies, milestones, control events and the
// eras drawn behind the innovation chart.
// Edits go through dialogs onto the window's undo stack; every timeline change the session
// announces reloads the tables (and the charts that draw the timeline).
class TimelineEditorView : public QWidget {
    Q_OBJECT
public:
    enum Table { Technologies, Milestones, Events, Eras }; // TimelineRecord's order

    TimelineEditorView(DatabaseSession* session, QUndoStack* undo, QWidget* parent = nullptr);

    void reload();
    void showTable(Table table);
    // Keyboard focus to the current table: arrows move, Return edits, Delete deletes.
    void focusTable();
    TimelineTablePage* page(Table table) const;
    TechnologyTableModel* technologyModel() const { return m_technologies; }
    MilestoneTableModel* milestoneModel() const { return m_milestones; }
    ControlEventTableModel* eventModel() const { return m_events; }
    EraTableModel* eraModel() const { return m_eras; }

    // Opens the dialog for a new row or for the row with this id; OK pushes the edit.
    void addRecord(Table table);
    void editRecord(Table table, qint64 id);
    // Pushes the delete when nothing depends on the row, else returns why not.
    Status deleteRecord(Table table, qint64 id);
    // Pushes an add (no before), a delete (no after) or a change; selects the row afterwards.
    void pushEdit(std::optional<TimelineRecord> before, std::optional<TimelineRecord> after);

signals:
    void statusMessage(const QString& message);
    void exportRequested();

private:
    std::optional<TimelineRecord> recordOf(Table table, qint64 id) const;
    bool runDialog(Table table, const std::optional<TimelineRecord>& initial);
    std::optional<Era> runEraDialog(TimelineEditor& editor,
                                    const std::optional<TimelineRecord>& initial);
    void setTabTitles();
    DatabaseSession* m_session;
    QUndoStack* m_undo;
    TechnologyTableModel* m_technologies;
    MilestoneTableModel* m_milestones;
    ControlEventTableModel* m_events;
    EraTableModel* m_eras;
    QTabWidget* m_tabs;
    QList<TimelineTablePage*> m_pages;
};

} // namespace paceline
