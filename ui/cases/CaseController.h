#pragma once

#include "cases/CaseTypes.h"
#include "util/Result.h"

#include <functional>
#include <optional>

#include <QList>
#include <QObject>

class QTabWidget;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace paceline {

class CaseEditor;
struct CaseImportItem;
class DatabaseSession;
class ProposeAmendmentDialog;

// Opens, creates and exports cases for the main window: one editor tab per case, each with
// its undo stack in the window's QUndoGroup (Edit ▸ Undo follows the active tab), and the
// open tabs remembered so that a restart reopens them where the analyst was. What it and the
// editors write is announced to the session as a ChangeSet.
class CaseController : public QObject {
    Q_OBJECT
public:
    CaseController(DatabaseSession* session, QTabWidget* tabs, QUndoGroup* undo, QWidget* window);
    // The stack that Undo/Redo act on when the current tab is not a case.
    void setFallbackStack(QUndoStack* stack);

    CaseEditor* openCase(qint64 caseId);
    CaseEditor* currentEditor() const;
    QList<CaseEditor*> editors() const;
    // Creates the case in the database (with its audit row) and opens it.
    Result<qint64> createCase(CaseRecord record);
    // Saves and closes every case tab (before the database changes); remembers them first.
    void closeAll();
    // Reopens the tabs remembered for the database now open.
    void restoreOpenCases();
    void rememberOpenCases();
    // Imports a bundle file; conflicts go through `resolve` (a dialog unless a test sets it).
    // Open case tabs are saved and closed first and reopened after.
    Status importBundle(const QString& path);
    std::function<std::optional<QString>(const CaseImportItem&)> resolve;
    // Runs the Propose Amendment dialog (exec() unless a test sets it); true to create the case.
    std::function<bool(ProposeAmendmentDialog&)> chooseTarget;

public slots:
    // "Propose Amendment…" on a node of an edition: the analyst chooses what the case amends
    // (the entry, an item, a note or a defined term; ProposeAmendmentDialog) and the new case
    // starts from the frozen text of that target.
    void proposeAmendment(qint64 editionId, const QString& code);
    void newCaseDialog();
    void exportCurrentDialog();
    void saveRevisionOfCurrent();
    void exportBundleDialog();
    void importBundleDialog();

signals:
    void statusMessage(const QString& message);

private:
    void activate(int index);
    void announceImported(const QList<CaseImportItem>& items);

    DatabaseSession* m_session;
    QTabWidget* m_tabs;
    QUndoGroup* m_undo;
    QUndoStack* m_fallback = nullptr;
    QWidget* m_window;
    bool m_closingAll = false;
};

} // namespace paceline
