#include "CaseDraftStore.h"

#include "audit/AuditLog.h"
#include "cases/CaseStore.h"
#include "cases/CaseTarget.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paceline {

namespace {

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Two cases aim at the same thing: the same defined term (wherever it was chosen), or the same
// code when neither amends a definition.
bool sameTarget(const CaseRecord& a, const CaseRecord& b)
{
    const bool termA = a.targetKind == CaseTargetKind::Term;
    const bool termB = b.targetKind == CaseTargetKind::Term;
    if (termA || termB)
        return termA && termB && a.targetName.compare(b.targetName, Qt::CaseInsensitive) == 0;
    return a.targetCode == b.targetCode;
}

QStringList changedFields(const CaseRecord& before, const CaseRecord& after)
{
    QStringList out;
    if (before.title != after.title)
        out << QStringLiteral("title");
    if (before.kind != after.kind)
        out << QStringLiteral("kind");
    if (before.targetCode != after.targetCode)
        out << QStringLiteral("target_code");
    if (before.targetKind != after.targetKind || before.targetName != after.targetName)
        out << QStringLiteral("target");
    if (before.proposedText != after.proposedText)
        out << QStringLiteral("proposed_text");
    if (before.justification != after.justification)
        out << QStringLiteral("justification");
    if (before.notes != after.notes)
        out << QStringLiteral("notes");
    return out;
}

} // namespace

Result<bool> CaseDraftStore::saveDraft(const CaseRecord& draft,
                                       const QList<CommentAnchorState>& anchors,
                                       const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto stored = CaseStore(m_db).load(draft.id);
    if (!stored)
        return stored.error();
    // A title cleared while retyping it must not stop the text from being saved: the stored
    // title stays until there is a new one.
    CaseRecord c = draft;
    if (c.title.trimmed().isEmpty())
        c.title = stored->title;
    const QStringList fields = changedFields(stored.value(), c);
    if (!fields.isEmpty() && !isTextEditable(stored->status))
        return badInput(QStringLiteral("the case is \"%1\": its text is locked until it goes "
                                       "back to Draft")
                            .arg(caseStatusTitle(stored->status)),
                        fields.first());
    // Checked when the kind or the target changes, so that a case of an older version whose
    // target says less than its kind can still be edited.
    if (fields.contains(QLatin1String("kind")) || fields.contains(QLatin1String("target")))
        if (Status s = checkCaseTarget(c); !s)
            return s.error();
    if (Status s = writeAnchors(c.id, anchors); !s)
        return s.error();
    if (!fields.isEmpty()) {
        const QString now = nowUtcIso();
        auto q =
            m_db.prepare("UPDATE amendment_case SET title = ?2, kind = ?3, target_code = ?4, "
                         "proposed_text = ?5, justification = ?6, notes = ?7, updated_at = ?8, "
                         "target_kind = ?9, target_name = ?10 WHERE id = ?1");
        if (!q)
            return q.error();
        q->bind(1, c.id)
            .bind(2, c.title)
            .bind(3, caseKindName(c.kind))
            .bindOptional(4, c.targetCode);
        q->bind(5, c.proposedText).bind(6, jsonText(c.justification)).bind(7, c.notes).bind(8, now);
        q->bind(9, caseTargetKindName(c.targetKind)).bindOptional(10, c.targetName);
        if (Status s = q->run(); !s)
            return s.error();
        AuditEntry audit{actor,
                         QStringLiteral("case"),
                         stored->uuid,
                         QStringLiteral("edit"),
                         QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                                     {QStringLiteral("proposed_length"), c.proposedText.size()}},
                         now};
        if (Status s = AuditLog(m_db).append(audit); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return !fields.isEmpty();
}

Status CaseDraftStore::writeAnchors(qint64 caseId, const QList<CommentAnchorState>& anchors)
{
    auto q = m_db.prepare("UPDATE case_comment SET anchor_start = ?3, anchor_end = ?4, "
                          "anchor_text = ?5, outdated = ?6 WHERE uuid = ?1 AND case_id = ?2");
    if (!q)
        return q.error();
    for (const CommentAnchorState& a : anchors) {
        q->bind(1, a.uuid).bind(2, caseId).bind(3, a.start).bind(4, a.end).bind(5, a.text);
        q->bind(6, a.outdated ? 1 : 0);
        if (Status s = q->run(); !s)
            return s;
    }
    return {};
}

Result<int> CaseDraftStore::saveRevision(qint64 caseId, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto c = CaseStore(m_db).load(caseId);
    if (!c)
        return c.error();
    const int next = c->revision + 1;
    const QString now = nowUtcIso();
    auto rev = m_db.prepare("INSERT INTO case_revision (case_id, revision, proposed_text, "
                            "justification, author, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!rev)
        return rev.error();
    rev->bind(1, caseId).bind(2, next).bind(3, c->proposedText).bind(4, jsonText(c->justification));
    rev->bind(5, actor).bind(6, now);
    if (Status s = rev->run(); !s)
        return s.error();
    auto upd = m_db.prepare("UPDATE amendment_case SET revision = ?2 WHERE id = ?1");
    if (!upd)
        return upd.error();
    upd->bind(1, caseId).bind(2, next);
    if (Status s = upd->run(); !s)
        return s.error();
    AuditEntry audit{actor,
                     QStringLiteral("case"),
                     c->uuid,
                     QStringLiteral("revision"),
                     QJsonObject{{QStringLiteral("revision"), next}},
                     now};
    if (Status s = AuditLog(m_db).append(audit); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return next;
}

Status CaseDraftStore::changeStatus(qint64 caseId, CaseStatus to, const QString& actor,
                                    const QString& reason)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto c = CaseStore(m_db).load(caseId);
    if (!c)
        return c.error();
    if (!isAllowedTransition(c->status, to) ||
        (transitionNeedsReason(c->status, to) && reason.trimmed().isEmpty()))
        // refused with its reason before a revision is written
        return CaseStore(m_db).changeStatus(caseId, to, actor, reason);
    if (auto r = saveRevision(caseId, actor); !r)
        return r.error();
    if (Status s = CaseStore(m_db).changeStatus(caseId, to, actor, reason); !s)
        return s;
    return tx.commit();
}

Status CaseDraftStore::setCommentResolved(qint64 caseId, const QString& commentUuid, bool resolved,
                                          const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = nowUtcIso();
    auto q = m_db.prepare("UPDATE case_comment SET resolved_at = ?3, resolved_by = ?4 "
                          "WHERE uuid = ?1 AND case_id = ?2");
    if (!q)
        return q.error();
    q->bind(1, commentUuid).bind(2, caseId);
    if (resolved)
        q->bind(3, now).bind(4, actor);
    if (Status s = q->run(); !s)
        return s;
    if (m_db.changes() != 1)
        return badInput(QStringLiteral("no such comment on this case"), commentUuid);
    AuditEntry audit{actor,       QStringLiteral("comment"),
                     commentUuid, resolved ? QStringLiteral("resolve") : QStringLiteral("reopen"),
                     {},          now};
    if (Status s = AuditLog(m_db).append(audit); !s)
        return s;
    return tx.commit();
}

Result<QList<CaseRecord>> CaseDraftStore::openCasesOnTarget(const CaseRecord& c)
{
    QList<CaseRecord> out;
    if (c.targetCode.isEmpty())
        return out;
    auto all = CaseStore(m_db).list();
    if (!all)
        return all.error();
    for (const CaseRecord& other : all.value()) {
        const bool closed = other.status == CaseStatus::Adopted ||
                            other.status == CaseStatus::Rejected ||
                            other.status == CaseStatus::Withdrawn;
        if (other.id != c.id && !closed && other.listKey == c.listKey && sameTarget(other, c))
            out.append(other);
    }
    return out;
}

} // namespace paceline
