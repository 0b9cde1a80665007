#pragma once

#include "cases/CaseTypes.h"
#include "util/Result.h"

#include <QList>

namespace paceline {

class Database;

// Where a comment's span sits in the current proposed text (saved with the draft).
struct CommentAnchorState {
    QString uuid;
    int start = -1;
    int end = -1;
    QString text;
    bool outdated = false;
};

// Editing writes of an open case. Each call is one transaction with its audit-log row.
//
// Drafts are saved in place (amendment_case) every couple of seconds while the analyst types;
// a numbered revision (case_revision) is written only on a status change or when the analyst
// asks for one, so the revision list stays a meaningful record of what reviewers saw rather
// than one row per keystroke burst.
class CaseDraftStore {
public:
    explicit CaseDraftStore(Database& db)
        : m_db(db)
    {
    }

    // Writes the editable fields (title, kind, target, proposed text, justification, notes)
    // and the comment anchors. Returns false when nothing differed from the stored case. An empty
    // title keeps the stored one. Refused, changing nothing, while the stored status locks the
    // text (isTextEditable), and when a changed kind or target do not go together
    // (checkCaseTarget).
    Result<bool> saveDraft(const CaseRecord& c, const QList<CommentAnchorState>& anchors,
                           const QString& actor);
    // Freezes the current proposed text and justification as the next revision number.
    Result<int> saveRevision(qint64 caseId, const QString& actor);
    // A revision, then the status change (CaseStore::changeStatus), in one transaction.
    Status changeStatus(qint64 caseId, CaseStatus to, const QString& actor, const QString& reason);
    Status setCommentResolved(qint64 caseId, const QString& commentUuid, bool resolved,
                              const QString& actor);
    // Other cases still open (not adopted, rejected or withdrawn) on the same list and target:
    // the same defined term, or the same code.
    Result<QList<CaseRecord>> openCasesOnTarget(const CaseRecord& c);

private:
    Status writeAnchors(qint64 caseId, const QList<CommentAnchorState>& anchors);
    Database& m_db;
};

} // namespace paceline
