#pragma once

#include <QObject>

class QTabWidget;

namespace paceline {

class BrowserPanel;
class DatabaseSession;
class EntryView;

// Opens entries and definitions from the browser panel in the window's tabs, and passes on
// what other features handle (edition comparison, amendment proposals).
class BrowserController : public QObject {
    Q_OBJECT
public:
    BrowserController(DatabaseSession* session, QTabWidget* tabs, BrowserPanel* panel,
                      QObject* parent = nullptr);

    // Opens the entry holding the node. Without newTab, a tab already showing that entry is
    // reused, else the current entry tab navigates; returns the view, or null on failure.
    EntryView* openEntry(qint64 editionId, const QString& code, bool newTab);
    void openTerm(qint64 editionId, const QString& term);

signals:
    // A link inside an entry tab navigated that tab to another entry.
    void entryShown(qint64 editionId, const QString& rootCode);
    void compareWithPreviousRequested(qint64 editionId, const QString& code);
    void proposeAmendmentRequested(qint64 editionId, const QString& code);
    void statusMessage(const QString& message);

private:
    EntryView* newEntryView();
    EntryView* findEntryTab(qint64 editionId, const QString& rootCode) const;
    void retitle(EntryView* view);

    DatabaseSession* m_session;
    QTabWidget* m_tabs;
    BrowserPanel* m_panel;
};

} // namespace paceline
