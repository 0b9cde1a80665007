#pragma once

#include <QObject>

class QMenu;
class QTabWidget;

namespace paceline {

class ChangeSet;
class DatabaseSession;

// The Charts menu: opens (or brings forward) the "Innovation vs update", "Lag analysis",
// "List churn" and "Implementation" tabs and reloads each when what it draws changes.
class ChartsController : public QObject {
    Q_OBJECT
public:
    ChartsController(DatabaseSession* session, QTabWidget* tabs, QMenu* menu,
                     QObject* parent = nullptr);

    void openInnovation();
    void openLag();
    void openChurn();
    void openImplementation();

signals:
    // A chart asks for the comparison of two editions of one list.
    void compareEditionsRequested(qint64 fromEditionId, qint64 toEditionId);
    // A chart's detail panel asks for an entry in the browser, or for a case.
    void openEntryRequested(qint64 editionId, const QString& code);
    void openCaseRequested(qint64 caseId);
    // The implementation view asks for the timeline event a date rests on.
    void openTimelineEventRequested(qint64 eventId);

private:
    void reloadFor(const ChangeSet& changes);
    QWidget* findTab(const char* kind) const;
    DatabaseSession* m_session;
    QTabWidget* m_tabs;
};

} // namespace paceline
