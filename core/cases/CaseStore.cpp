#include "CaseStore.h"

#include "audit/AuditLog.h"
#include "cases/CaseTarget.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QUuid>

namespace paceline {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toJsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

#define CASE_SELECT                                                                                \
    "SELECT c.id, c.uuid, c.title, c.kind, l.key, c.base_edition_id, e.label, c.target_code, "     \
    "c.base_text, c.proposed_text, c.justification, c.notes, c.author, c.organisation, c.status, " \
    "c.revision, c.created_at, c.updated_at, c.target_kind, c.target_name FROM amendment_case c "  \
    "LEFT JOIN control_list l ON l.id = c.list_id LEFT JOIN edition e ON e.id = "                  \
    "c.base_edition_id "

CaseRecord caseFromRow(const Statement& q)
{
    CaseRecord c;
    c.id = q.integer(0);
    c.uuid = q.text(1);
    c.title = q.text(2);
    c.kind = caseKindFromString(q.text(3)).value_or(CaseKind::AmendEntry);
    c.listKey = q.text(4);
    c.baseEditionId = q.integer(5);
    c.editionLabel = q.text(6);
    c.targetCode = q.text(7);
    c.baseText = q.text(8);
    c.proposedText = q.text(9);
    c.justification = QJsonDocument::fromJson(q.text(10).toUtf8()).object();
    c.notes = q.text(11);
    c.author = q.text(12);
    c.organisation = q.text(13);
    c.status = caseStatusFromString(q.text(14)).value_or(CaseStatus::Draft);
    c.revision = static_cast<int>(q.integer(15));
    c.createdAt = q.text(16);
    c.updatedAt = q.text(17);
    c.targetKind = caseTargetKindFromString(q.text(18)).value_or(CaseTargetKind::Entry);
    c.targetName = q.text(19);
    return c;
}

Result<QString> caseUuid(Database& db, qint64 caseId)
{
    auto q = db.prepare("SELECT uuid FROM amendment_case WHERE id = ?1");
    if (!q)
        return q.error();
    q->bind(1, caseId);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return badInput(QStringLiteral("no case with id %1").arg(caseId));
    return q->text(0);
}

} // namespace

Result<qint64> CaseStore::create(CaseRecord c, const QString& actor)
{
    if (c.uuid.isEmpty())
        c.uuid = newUuid();
    if (c.createdAt.isEmpty())
        c.createdAt = nowUtcIso();
    if (c.updatedAt.isEmpty())
        c.updatedAt = c.createdAt;
    if (c.title.trimmed().isEmpty())
        return badInput(QStringLiteral("a case needs a title"), QStringLiteral("title"));
    if (Status s = checkCaseTarget(c); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto q = m_db.prepare(
        "INSERT INTO amendment_case (uuid, title, kind, list_id, base_edition_id, target_code, "
        "base_text, proposed_text, justification, notes, author, organisation, status, revision, "
        "created_at, updated_at, target_kind, target_name) VALUES (?1, ?2, ?3, "
        "(SELECT id FROM control_list WHERE key = ?4), "
        "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    if (!q)
        return q.error();
    q->bind(1, c.uuid).bind(2, c.title).bind(3, caseKindName(c.kind)).bind(4, c.listKey);
    if (c.baseEditionId > 0)
        q->bind(5, c.baseEditionId);
    q->bindOptional(6, c.targetCode).bind(7, c.baseText).bind(8, c.proposedText);
    q->bind(9, toJsonText(c.justification)).bind(10, c.notes).bind(11, c.author);
    q->bindOptional(12, c.organisation).bind(13, caseStatusName(c.status)).bind(14, c.revision);
    q->bind(15, c.createdAt).bind(16, c.updatedAt);
    q->bind(17, caseTargetKindName(c.targetKind)).bindOptional(18, c.targetName);
    if (Status s = q->run(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();

    auto rev = m_db.prepare("INSERT INTO case_revision (case_id, revision, proposed_text, "
                            "justification, author, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!rev)
        return rev.error();
    rev->bind(1, id)
        .bind(2, c.revision)
        .bind(3, c.proposedText)
        .bind(4, toJsonText(c.justification));
    rev->bind(5, c.author).bind(6, c.createdAt);
    if (Status s = rev->run(); !s)
        return s.error();

    AuditEntry audit{actor,
                     QStringLiteral("case"),
                     c.uuid,
                     QStringLiteral("create"),
                     QJsonObject{{QStringLiteral("title"), c.title},
                                 {QStringLiteral("target"), caseTargetTitle(c)},
                                 {QStringLiteral("status"), caseStatusName(c.status)}},
                     c.createdAt};
    if (Status s = AuditLog(m_db).append(audit); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CaseStore::changeStatus(qint64 caseId, CaseStatus to, const QString& actor,
                               const QString& reason, const QString& at)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto current = load(caseId);
    if (!current)
        return current.error();
    const CaseStatus from = current->status;
    if (!isAllowedTransition(from, to))
        return badInput(QStringLiteral("a case cannot go from \"%1\" to \"%2\"")
                            .arg(caseStatusTitle(from), caseStatusTitle(to)),
                        QStringLiteral("status"));
    if (transitionNeedsReason(from, to) && reason.trimmed().isEmpty())
        return badInput(QStringLiteral("say why the case goes back from \"%1\" to \"%2\"")
                            .arg(caseStatusTitle(from), caseStatusTitle(to)),
                        QStringLiteral("reason"));
    const QString when = at.isEmpty() ? nowUtcIso() : at;
    auto upd = m_db.prepare("UPDATE amendment_case SET status = ?2, updated_at = ?3 WHERE id = ?1");
    if (!upd)
        return upd.error();
    upd->bind(1, caseId).bind(2, caseStatusName(to)).bind(3, when);
    if (Status s = upd->run(); !s)
        return s;
    auto hist = m_db.prepare("INSERT INTO case_status_history (case_id, from_status, to_status, "
                             "actor, at, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!hist)
        return hist.error();
    hist->bind(1, caseId).bind(2, caseStatusName(from)).bind(3, caseStatusName(to));
    hist->bind(4, actor).bind(5, when).bindOptional(6, reason);
    if (Status s = hist->run(); !s)
        return s;
    AuditEntry audit{actor,
                     QStringLiteral("case"),
                     current->uuid,
                     QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("from"), caseStatusName(from)},
                                 {QStringLiteral("to"), caseStatusName(to)},
                                 {QStringLiteral("reason"), reason}},
                     when};
    if (Status s = AuditLog(m_db).append(audit); !s)
        return s;
    return tx.commit();
}

Status CaseStore::addComment(qint64 caseId, CaseComment c)
{
    if (c.uuid.isEmpty())
        c.uuid = newUuid();
    if (c.createdAt.isEmpty())
        c.createdAt = nowUtcIso();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto uuid = caseUuid(m_db, caseId);
    if (!uuid)
        return uuid.error();
    auto q = m_db.prepare(
        "INSERT INTO case_comment (uuid, case_id, parent_uuid, anchor_start, anchor_end, "
        "anchor_text, outdated, body, author, organisation, created_at, resolved_at, resolved_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!q)
        return q.error();
    q->bind(1, c.uuid).bind(2, caseId).bindOptional(3, c.parentUuid);
    if (c.anchorStart >= 0) {
        q->bind(4, c.anchorStart).bind(5, c.anchorEnd);
    }
    q->bindOptional(6, c.anchorText).bind(7, c.outdated ? 1 : 0).bind(8, c.body).bind(9, c.author);
    q->bindOptional(10, c.organisation).bind(11, c.createdAt).bindOptional(12, c.resolvedAt);
    q->bindOptional(13, c.resolvedBy);
    if (Status s = q->run(); !s)
        return s;
    AuditEntry audit{
        c.author,
        QStringLiteral("comment"),
        c.uuid,
        QStringLiteral("create"),
        QJsonObject{{QStringLiteral("case"), uuid.value()}, {QStringLiteral("body"), c.body}},
        c.createdAt};
    if (Status s = AuditLog(m_db).append(audit); !s)
        return s;
    return tx.commit();
}

Status CaseStore::addSignoff(qint64 caseId, CaseSignoff so)
{
    if (so.uuid.isEmpty())
        so.uuid = newUuid();
    if (so.createdAt.isEmpty())
        so.createdAt = nowUtcIso();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto uuid = caseUuid(m_db, caseId);
    if (!uuid)
        return uuid.error();
    auto q =
        m_db.prepare("INSERT INTO case_signoff (uuid, case_id, reviewer, organisation, verdict, "
                     "revision, comment, created_at) VALUES (?1, ?2, ?3, ?4, ?5, "
                     "(SELECT revision FROM amendment_case WHERE id = ?2), ?6, ?7)");
    if (!q)
        return q.error();
    const QString verdict =
        so.approve ? QStringLiteral("approve") : QStringLiteral("request_changes");
    q->bind(1, so.uuid).bind(2, caseId).bind(3, so.reviewer).bindOptional(4, so.organisation);
    q->bind(5, verdict).bindOptional(6, so.comment).bind(7, so.createdAt);
    if (Status s = q->run(); !s)
        return s;
    AuditEntry audit{so.reviewer,
                     QStringLiteral("signoff"),
                     so.uuid,
                     verdict,
                     QJsonObject{{QStringLiteral("case"), uuid.value()}},
                     so.createdAt};
    if (Status s = AuditLog(m_db).append(audit); !s)
        return s;
    return tx.commit();
}

Result<QList<CaseRecord>> CaseStore::list()
{
    auto q = m_db.prepare(CASE_SELECT "ORDER BY c.updated_at DESC");
    if (!q)
        return q.error();
    QList<CaseRecord> out;
    const Status walked = q->forEachRow([&](const Statement& r) { out.append(caseFromRow(r)); });
    if (!walked)
        return walked.error();
    return out;
}

Result<CaseRecord> CaseStore::load(qint64 caseId)
{
    auto q = m_db.prepare(CASE_SELECT "WHERE c.id = ?1");
    if (!q)
        return q.error();
    q->bind(1, caseId);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return badInput(QStringLiteral("no case with id %1").arg(caseId));
    return caseFromRow(*q);
}

Result<QList<CaseStatusChange>> CaseStore::statusHistory(qint64 caseId)
{
    auto q =
        m_db.prepare("SELECT from_status, to_status, actor, at, reason FROM case_status_history "
                     "WHERE case_id = ?1 ORDER BY at, id");
    if (!q)
        return q.error();
    q->bind(1, caseId);
    QList<CaseStatusChange> out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        out.append({caseStatusFromString(r.text(0)).value_or(CaseStatus::Draft),
                    caseStatusFromString(r.text(1)).value_or(CaseStatus::Draft), r.text(2),
                    r.text(3), r.text(4)});
    });
    if (!walked)
        return walked.error();
    return out;
}

Result<QList<CaseComment>> CaseStore::comments(qint64 caseId)
{
    auto q =
        m_db.prepare("SELECT uuid, parent_uuid, anchor_text, anchor_start, anchor_end, outdated, "
                     "body, author, organisation, created_at, resolved_at, resolved_by "
                     "FROM case_comment WHERE case_id = ?1 ORDER BY created_at, id");
    if (!q)
        return q.error();
    q->bind(1, caseId);
    QList<CaseComment> out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        CaseComment c;
        c.uuid = r.text(0);
        c.parentUuid = r.text(1);
        c.anchorText = r.text(2);
        c.anchorStart = r.isNull(3) ? -1 : static_cast<int>(r.integer(3));
        c.anchorEnd = r.isNull(4) ? -1 : static_cast<int>(r.integer(4));
        c.outdated = r.integer(5) != 0;
        c.body = r.text(6);
        c.author = r.text(7);
        c.organisation = r.text(8);
        c.createdAt = r.text(9);
        c.resolvedAt = r.text(10);
        c.resolvedBy = r.text(11);
        out.append(std::move(c));
    });
    if (!walked)
        return walked.error();
    return out;
}

Result<QList<CaseSignoff>> CaseStore::signoffs(qint64 caseId)
{
    auto q = m_db.prepare("SELECT uuid, reviewer, organisation, verdict, comment, created_at "
                          "FROM case_signoff WHERE case_id = ?1 ORDER BY created_at, id");
    if (!q)
        return q.error();
    q->bind(1, caseId);
    QList<CaseSignoff> out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        out.append({r.text(0), r.text(1), r.text(2), r.text(3) == QLatin1String("approve"),
                    r.text(4), r.text(5)});
    });
    if (!walked)
        return walked.error();
    return out;
}

} // namespace paceline
