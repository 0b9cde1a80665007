#pragma once

#include "cases/CaseDraftStore.h"
#include "cases/CaseTypes.h"
#include "cases/TextAnchor.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace paceline {

class Database;

// Review of one case: comment threads anchored to spans of the proposed text (they follow
// edits and are marked outdated when their words are gone), replies, resolve and reopen, and
// sign-offs by named reviewers. Comments and sign-offs are recorded at once (with an audit
// row); they are review records, not edits, so they are not on the undo stack.
class CaseReviewPanel : public QWidget {
    Q_OBJECT
public:
    // flush saves the editor's draft first, so that a new anchor matches the stored text.
    CaseReviewPanel(Database& db, qint64 caseId, std::function<void()> flush,
                    QWidget* parent = nullptr);

    void reload();
    // Moves every anchor through an edit of the proposed text (now the text after the edit).
    void transformAnchors(const TextEdit& edit, const QString& now);
    QList<CommentAnchorState> anchors() const;
    const QList<CaseComment>& comments() const { return m_comments; }

    Status addComment(int start, int end, const QString& proposedText, const QString& body);
    Status reply(const QString& parentUuid, const QString& body);
    Status setResolved(const QString& uuid, bool resolved);
    Status signOff(bool approve, const QString& comment);

    // Set by the editor: the current selection in the proposed text (start, end, text).
    std::function<std::tuple<int, int, QString>()> selection;

signals:
    void commentActivated(int start, int end);
    void recorded(const QString& message);
    // A comment, reply, resolution or sign-off was written; the editor announces it, and the
    // change event brings the panel up to date (reload()).
    void reviewChanged();

private:
    void rebuild();
    void commentOnSelection();
    void replyToCurrent();
    void toggleResolved();
    void askSignOff(bool approve);
    QString currentThreadUuid() const;
    void showThread();

    Database& m_db;
    qint64 m_caseId;
    std::function<void()> m_flush;
    QList<CaseComment> m_comments;
    QTreeWidget* m_tree;
    QTextBrowser* m_thread;
    QListWidget* m_signoffs;
    QPushButton* m_resolve;
    QLabel* m_summary;
};

} // namespace paceline
