#include "InspectorPanel.h"

#include "editions/ConcordancePanel.h"
#include "editions/EntryHistoryPanel.h"

namespace paceline {

InspectorPanel::InspectorPanel(DatabaseSession* session, QUndoStack* undo, QWidget* parent)
    : QTabWidget(parent)
    , m_history(new EntryHistoryPanel(session, this))
    , m_concordance(new ConcordancePanel(session, undo, this))
{
    setDocumentMode(true);
    addTab(m_history, tr("History"));
    addTab(m_concordance, tr("Concordance"));
}

void InspectorPanel::showEntry(qint64 editionId, const QString& code)
{
    m_history->showEntry(editionId, code);
    m_concordance->showEntry(editionId, code);
}

void InspectorPanel::reload()
{
    m_history->reload();
    m_concordance->reload();
}

void InspectorPanel::clear()
{
    m_history->clear();
    m_concordance->clear();
}

} // namespace paceline
