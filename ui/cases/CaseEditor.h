#pragma once

#include "cases/CaseTypes.h"
#include "cases/TextAnchor.h"
#include "session/BackgroundJob.h"
#include "session/ChangeSet.h"
#include "util/Result.h"

#include <QTabWidget>
#include <QWidget>

#include <functional>
#include <tuple>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUndoStack;

namespace paceline {

class CaseJustificationForm;
class CaseReviewPanel;
class Database;
class DatabaseSession;
class TextUndoBinder;

// The editor tab of one case: title, kind and target; the frozen base text beside the
// proposed text with a live word-level redline; the justification form; review; the status
// workflow. Every edit is on the case's own undo stack; the draft is saved within two seconds
// of the last change. Every write is announced as a ChangeSet, and the header, the history and
// the review show what the change events say, whoever wrote.
class CaseEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kAutosaveMs = 1500;    // after the last change
    static constexpr int kAutosaveMaxMs = 2000; // during continuous typing
    static constexpr int kRedlineDelayMs = 120;
    static constexpr quint8 kLayoutVersion = 2; // of the remembered splitter layout

    CaseEditor(Database& db, qint64 caseId, QWidget* parent = nullptr);
    ~CaseEditor() override;

    // Announces the editor's writes to the session and follows its change events. Without a
    // session the editor hands its own announcements to applyChange().
    void announceThrough(DatabaseSession* session);

    qint64 caseId() const { return m_record.id; }
    QString title() const;
    CaseStatus status() const { return m_record.status; }
    QUndoStack* undoStack() const { return m_stack; }
    bool isLoaded() const { return m_loaded; }

    // Writes the draft now if anything changed; returns the error to show otherwise.
    Status saveNow();
    bool hasUnsavedChanges() const { return m_dirty; }
    Result<int> saveRevision();
    // Asks the core for the transition (refused unless the workflow allows it).
    Status changeStatus(CaseStatus to, const QString& reason);
    QList<QAction*> statusActions() const;

    int cursorPosition() const;
    void setCursorPosition(int position);

    // The record as the editor would save it now.
    CaseRecord currentRecord() const;

    QLineEdit* titleEdit() const { return m_title; }
    QLabel* statusLabel() const { return m_statusLabel; } // "Draft · revision 1"
    QLabel* lockNotice() const { return m_lockText; }     // shown while the text is locked
    QComboBox* kindBox() const { return m_kind; }
    QLabel* targetLabel() const { return m_target; } // the target, list and base edition
    QPlainTextEdit* proposedEdit() const { return m_proposed; }
    QPlainTextEdit* baseEdit() const { return m_base; }
    QTextBrowser* redlineView() const { return m_redline; }
    QCheckBox* passagesOnlyBox() const { return m_passagesOnly; } // the redline's changes only
    CaseJustificationForm* justificationForm() const { return m_form; }
    QWidget* sidePanel() const { return m_side; }
    QAction* sidePanelAction() const { return m_sideToggle; } // Ctrl+Shift+J
    CaseReviewPanel* reviewPanel() const { return m_review; }

public slots:
    // Shows what a change did to this case: revision and status, their history, the review.
    void applyChange(const paceline::ChangeSet& changes);

signals:
    void titleChanged(const QString& title);
    void saved();
    void redlineUpdated();
    void statusChanged(paceline::CaseStatus status);
    void message(const QString& text);

private:
    QWidget* buildHeader();
    QWidget* buildTexts();
    void saveLayout() const;
    void restoreLayout();
    void load();
    void markDirty();
    void scheduleRedline();
    void startRedline();
    void onProposedEdited(const TextEdit& edit);
    void applyField(const QString& key, const QVariant& value);
    // The status line, the transitions offered and whether the text can be edited.
    void showStatus();
    void showTarget();
    void showLock();
    void showHistory();
    void showConflicts();
    void askTransition(CaseStatus to);
    void announce(const ChangeSet& changes);

    Database& m_db;
    CaseRecord m_record;
    std::function<void(const ChangeSet&)> m_announce;
    // Title, kind and target as last read or saved: a save that changes them renames the
    // case in the list of cases.
    std::tuple<QString, CaseKind, QString> m_listed;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_applying = false;
    BackgroundJob* m_redlineJob = new BackgroundJob(this);
    QUndoStack* m_stack;
    QTimer* m_autosave;
    QTimer* m_autosaveMax;
    QTimer* m_redlineTimer;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QLineEdit* m_code;
    QLabel* m_target;
    QLabel* m_statusLabel;
    QLabel* m_saveState;
    QLabel* m_warning;
    QWidget* m_lockBar;
    QLabel* m_lockText;
    QPushButton* m_unlock;
    QToolButton* m_statusButton;
    QPlainTextEdit* m_base;
    QPlainTextEdit* m_proposed;
    QTextBrowser* m_redline;
    QLabel* m_redlineCounts;
    QCheckBox* m_passagesOnly;
    TextUndoBinder* m_proposedBinder = nullptr;
    CaseJustificationForm* m_form = nullptr;
    CaseReviewPanel* m_review = nullptr;
    QTextBrowser* m_history;
    QTabWidget* m_side;
    QSplitter* m_split;     // texts | side panel
    QSplitter* m_textSplit; // proposed text over redline and current text
    QTabWidget* m_lower;
    QAction* m_sideToggle;
};

} // namespace paceline
