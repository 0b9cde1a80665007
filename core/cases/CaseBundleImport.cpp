// importCaseBundle (CaseBundle.h): one transaction; review records merge by UUID.
#include "CaseBundle.h"

#include "audit/AuditLog.h"
#include "cases/CaseTypes.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paceline {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString jsonText(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

Result<qint64> insertCase(Database& db, const QJsonObject& c)
{
    auto q = db.prepare("INSERT INTO amendment_case (uuid, title, kind, list_id, base_edition_id, "
                        "target_code, base_text, "
                        "proposed_text, justification, notes, author, organisation, status, "
                        "revision, created_at, updated_at, target_kind, target_name) "
                        "VALUES (?1, ?2, ?3, (SELECT id FROM control_list WHERE key = ?4), (SELECT "
                        "e.id FROM edition e JOIN "
                        "control_list l ON l.id = e.list_id WHERE l.key = ?4 AND e.label = ?5), "
                        "?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                        "?13, ?14, ?15, ?16, ?17, ?18)");
    if (!q)
        return q.error();
    q->bind(1, str(c, "uuid"))
        .bind(2, str(c, "title"))
        .bind(3, str(c, "kind"))
        .bind(4, str(c, "list"));
    q->bind(5, str(c, "edition")).bindOptional(6, str(c, "code")).bind(7, str(c, "base_text"));
    q->bind(8, str(c, "proposed_text")).bind(9, jsonText(c.value(QLatin1String("justification"))));
    q->bind(10, str(c, "notes"))
        .bind(11, str(c, "author"))
        .bindOptional(12, str(c, "organisation"));
    q->bind(13, str(c, "status")).bind(14, c.value(QLatin1String("revision")).toInt(1));
    q->bind(15, str(c, "created_at")).bind(16, str(c, "updated_at"));
    const auto target = caseTargetKindFromString(str(c, "target_kind"));
    q->bind(17, caseTargetKindName(target.value_or(CaseTargetKind::Entry)));
    q->bindOptional(18, str(c, "target_name"));
    if (Status s = q->run(); !s)
        return s.error();
    return db.lastInsertId();
}

// Revisions, history, comments and sign-offs the database does not hold yet.
Status mergeRecords(Database& db, qint64 caseId, const QJsonObject& c)
{
    auto rev = db.prepare(
        "INSERT OR IGNORE INTO case_revision (case_id, revision, proposed_text, justification, "
        "author, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto hist = db.prepare(
        "INSERT INTO case_status_history (case_id, from_status, to_status, actor, at, reason) "
        "SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM case_status_history WHERE "
        "case_id = ?1 AND to_status = ?3 AND actor = ?4 AND at = ?5)");
    auto com = db.prepare(
        "INSERT OR IGNORE INTO case_comment (uuid, case_id, parent_uuid, anchor_start, anchor_end, "
        "anchor_text, outdated, body, author, organisation, created_at, resolved_at, resolved_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    auto resolve =
        db.prepare("UPDATE case_comment SET resolved_at = ?2, resolved_by = ?3 WHERE uuid = ?1 AND "
                   "case_id = ?4 AND resolved_at IS NULL");
    auto sign = db.prepare(
        "INSERT OR IGNORE INTO case_signoff (uuid, case_id, reviewer, organisation, verdict, "
        "comment, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (auto* s : {&rev, &hist, &com, &resolve, &sign})
        if (!*s)
            return s->error();
    for (const QJsonValue& v : c.value(QLatin1String("revisions")).toArray()) {
        const QJsonObject r = v.toObject();
        rev->bind(1, caseId)
            .bind(2, r.value(QLatin1String("revision")).toInt())
            .bind(3, str(r, "proposed_text"));
        rev->bind(4, jsonText(r.value(QLatin1String("justification"))))
            .bind(5, str(r, "author"))
            .bind(6, str(r, "created_at"));
        if (Status s = rev->run(); !s)
            return s;
    }
    for (const QJsonValue& v : c.value(QLatin1String("history")).toArray()) {
        const QJsonObject h = v.toObject();
        hist->bind(1, caseId)
            .bind(2, str(h, "from"))
            .bind(3, str(h, "to"))
            .bind(4, str(h, "actor"));
        hist->bind(5, str(h, "at")).bindOptional(6, str(h, "reason"));
        if (Status s = hist->run(); !s)
            return s;
    }
    for (const QJsonValue& v : c.value(QLatin1String("comments")).toArray()) {
        const QJsonObject m = v.toObject();
        com->bind(1, str(m, "uuid")).bind(2, caseId).bindOptional(3, str(m, "parent"));
        const int start = m.value(QLatin1String("anchor_start")).toInt(-1);
        if (start >= 0)
            com->bind(4, start).bind(5, m.value(QLatin1String("anchor_end")).toInt());
        else
            com->bindNull(4).bindNull(5);
        com->bindOptional(6, str(m, "anchor_text"))
            .bind(7, m.value(QLatin1String("outdated")).toBool() ? 1 : 0);
        com->bind(8, str(m, "body"))
            .bind(9, str(m, "author"))
            .bindOptional(10, str(m, "organisation"));
        com->bind(11, str(m, "created_at"))
            .bindOptional(12, str(m, "resolved_at"))
            .bindOptional(13, str(m, "resolved_by"));
        if (Status s = com->run(); !s)
            return s;
        if (!str(m, "resolved_at").isEmpty()) {
            resolve->bind(1, str(m, "uuid"))
                .bind(2, str(m, "resolved_at"))
                .bind(3, str(m, "resolved_by"))
                .bind(4, caseId);
            if (Status s = resolve->run(); !s)
                return s;
        }
    }
    for (const QJsonValue& v : c.value(QLatin1String("signoffs")).toArray()) {
        const QJsonObject o = v.toObject();
        sign->bind(1, str(o, "uuid"))
            .bind(2, caseId)
            .bind(3, str(o, "reviewer"))
            .bindOptional(4, str(o, "organisation"));
        sign->bind(5, str(o, "verdict"))
            .bindOptional(6, str(o, "comment"))
            .bind(7, str(o, "created_at"));
        if (Status s = sign->run(); !s)
            return s;
    }
    return {};
}

// The newer side's status wins: the status of the side whose history ends later.
Status followNewerStatus(Database& db, qint64 caseId)
{
    auto q = db.prepare(
        "UPDATE amendment_case SET status = (SELECT to_status FROM case_status_history WHERE "
        "case_id = ?1 ORDER BY at DESC, id DESC LIMIT 1), revision = (SELECT max(revision) FROM "
        "case_revision WHERE case_id = ?1) WHERE id = ?1 AND EXISTS (SELECT 1 FROM "
        "case_status_history WHERE case_id = ?1)");
    if (!q)
        return q.error();
    q->bind(1, caseId);
    return q->run();
}

Status setText(Database& db, qint64 caseId, const QString& text, const QJsonValue* justification)
{
    auto q =
        justification
            ? db.prepare("UPDATE amendment_case SET proposed_text = ?2, justification = ?3, "
                         "updated_at = ?4 WHERE id = ?1")
            : db.prepare(
                  "UPDATE amendment_case SET proposed_text = ?2, updated_at = ?4 WHERE id = ?1");
    if (!q)
        return q.error();
    q->bind(1, caseId).bind(2, text).bind(4, nowUtcIso());
    if (justification)
        q->bind(3, jsonText(*justification));
    return q->run();
}

Result<qint64> idOf(Database& db, const QString& uuid)
{
    auto q = db.prepare("SELECT id FROM amendment_case WHERE uuid = ?1");
    if (!q)
        return q.error();
    q->bind(1, uuid);
    auto row = q->step();
    if (!row)
        return row.error();
    return q->integer(0);
}

} // namespace

Result<QList<CaseImportItem>> importCaseBundle(Database& db, const CaseBundle& bundle,
                                               const QHash<QString, QString>& resolutions,
                                               const QString& actor)
{
    auto plan = planCaseImport(db, bundle);
    if (!plan)
        return plan.error();
    for (const CaseImportItem& item : plan.value())
        if (item.text == CaseImportItem::Text::Conflict && !resolutions.contains(item.uuid))
            return badInput(
                QStringLiteral(
                    "the proposed text of \"%1\" changed on both sides since %2; resolve the "
                    "conflict in the app (nothing was imported)")
                    .arg(item.title, item.commonRevision > 0
                                         ? QStringLiteral("revision %1").arg(item.commonRevision)
                                         : QStringLiteral("the cases were split")),
                item.uuid);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    for (qsizetype i = 0; i < plan->size(); ++i) {
        const CaseImportItem& item = plan->at(i);
        const QJsonObject c = bundle.cases.at(i).toObject();
        auto id = item.text == CaseImportItem::Text::New ? insertCase(db, c) : idOf(db, item.uuid);
        if (!id)
            return id.error();
        const QJsonValue justification = c.value(QLatin1String("justification"));
        Status text;
        if (item.text == CaseImportItem::Text::TakeTheirs)
            text = setText(db, id.value(), item.theirsText, &justification);
        else if (item.text == CaseImportItem::Text::Conflict)
            text = setText(db, id.value(), resolutions.value(item.uuid), nullptr);
        if (!text)
            return text.error();
        if (Status s = mergeRecords(db, id.value(), c); !s)
            return s.error();
        if (Status s = followNewerStatus(db, id.value()); !s)
            return s.error();
        static const char* const kText[] = {"new", "same", "theirs", "mine", "resolved"};
        AuditEntry audit{
            actor,
            QStringLiteral("case"),
            item.uuid,
            QStringLiteral("import"),
            QJsonObject{{QStringLiteral("text"), QLatin1String(kText[static_cast<int>(item.text)])},
                        {QStringLiteral("comments"), item.newComments},
                        {QStringLiteral("signoffs"), item.newSignoffs},
                        {QStringLiteral("from"), bundle.createdBy}},
            {}};
        if (Status s = AuditLog(db).append(audit); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return plan;
}

} // namespace paceline
