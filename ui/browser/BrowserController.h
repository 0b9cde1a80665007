#pragma once

#include <QObject>
#include <QString>

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
    // The current tab shows this entry now, whatever route brought it there: the tree, a
    // search result, a link, another tab chosen or the tab before it closed. The one
    // announcement the inspector follows.
    void entryShown(qint64 editionId, const QString& rootCode);
    // The tab of the entry last announced closed, and the tab now current shows no entry.
    void entryClosed(qint64 editionId, const QString& rootCode);
    void compareWithPreviousRequested(qint64 editionId, const QString& code);
    void proposeAmendmentRequested(qint64 editionId, const QString& code);
    void statusMessage(const QString& message);

private:
    EntryView* newEntryView();
    EntryView* findEntryTab(qint64 editionId, const QString& rootCode) const;
    void retitle(EntryView* view);
    void announceCurrent();
    void onViewDestroyed(QObject* view);

    DatabaseSession* m_session;
    QTabWidget* m_tabs;
    BrowserPanel* m_panel;
    // What entryShown last said, to tell the inspector when that tab closes.
    const QObject* m_shownView = nullptr;
    qint64 m_shownEditionId = 0;
    QString m_shownCode;
};

} // namespace paceline
