#pragma once

#include <QTabWidget>

class QUndoStack;

namespace paceline {

class ConcordancePanel;
class DatabaseSession;
class EntryHistoryPanel;

// The right-hand inspector: tabs about the current entry (history, concordance).
class InspectorPanel : public QTabWidget {
    Q_OBJECT
public:
    InspectorPanel(DatabaseSession* session, QUndoStack* undo, QWidget* parent = nullptr);
    void showEntry(qint64 editionId, const QString& code);
    void reload();
    void clear();
    EntryHistoryPanel* history() const { return m_history; }
    ConcordancePanel* concordance() const { return m_concordance; }

private:
    EntryHistoryPanel* m_history;
    ConcordancePanel* m_concordance;
};

} // namespace paceline
