#include "CaseBundle.h"

#include "audit/AuditLog.h"
#include "cases/CaseDraftStore.h"
#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline {

namespace {

const QLatin1String kFormat("paceline.case-bundle");
constexpr int kVersion = 1;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString hashOf(const QJsonArray& cases)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(cases).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Result<QJsonArray> revisionsOf(Database& db, qint64 caseId)
{
    auto q = db.prepare(
        "SELECT revision, proposed_text, justification, author, created_at FROM case_revision "
        "WHERE case_id = ?1 ORDER BY revision");
    if (!q)
        return q.error();
    q->bind(1, caseId);
    QJsonArray out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        out.append(QJsonObject{
            {QStringLiteral("revision"), r.integer(0)},
            {QStringLiteral("proposed_text"), r.text(1)},
            {QStringLiteral("justification"), QJsonDocument::fromJson(r.text(2).toUtf8()).object()},
            {QStringLiteral("author"), r.text(3)},
            {QStringLiteral("created_at"), r.text(4)}});
    });
    if (!walked)
        return walked.error();
    return out;
}

Result<QJsonObject> caseToJson(Database& db, qint64 caseId)
{
    CaseStore store(db);
    auto c = store.load(caseId);
    auto history = store.statusHistory(caseId);
    auto comments = store.comments(caseId);
    auto signoffs = store.signoffs(caseId);
    auto revisions = revisionsOf(db, caseId);
    if (!c || !history || !comments || !signoffs || !revisions)
        return !c          ? c.error()
               : !history  ? history.error()
               : !comments ? comments.error()
               : !signoffs ? signoffs.error()
                           : revisions.error();
    QJsonArray h;
    for (const CaseStatusChange& s : history.value())
        h.append(QJsonObject{{QStringLiteral("from"), caseStatusName(s.from)},
                             {QStringLiteral("to"), caseStatusName(s.to)},
                             {QStringLiteral("actor"), s.actor},
                             {QStringLiteral("at"), s.at},
                             {QStringLiteral("reason"), s.reason}});
    QJsonArray cm;
    for (const CaseComment& x : comments.value())
        cm.append(QJsonObject{{QStringLiteral("uuid"), x.uuid},
                              {QStringLiteral("parent"), x.parentUuid},
                              {QStringLiteral("anchor_start"), x.anchorStart},
                              {QStringLiteral("anchor_end"), x.anchorEnd},
                              {QStringLiteral("anchor_text"), x.anchorText},
                              {QStringLiteral("outdated"), x.outdated},
                              {QStringLiteral("body"), x.body},
                              {QStringLiteral("author"), x.author},
                              {QStringLiteral("organisation"), x.organisation},
                              {QStringLiteral("created_at"), x.createdAt},
                              {QStringLiteral("resolved_at"), x.resolvedAt},
                              {QStringLiteral("resolved_by"), x.resolvedBy}});
    QJsonArray so;
    for (const CaseSignoff& x : signoffs.value())
        so.append(
            QJsonObject{{QStringLiteral("uuid"), x.uuid},
                        {QStringLiteral("reviewer"), x.reviewer},
                        {QStringLiteral("organisation"), x.organisation},
                        {QStringLiteral("verdict"),
                         x.approve ? QStringLiteral("approve") : QStringLiteral("request_changes")},
                        {QStringLiteral("comment"), x.comment},
                        {QStringLiteral("created_at"), x.createdAt}});
    return QJsonObject{{QStringLiteral("uuid"), c->uuid},
                       {QStringLiteral("title"), c->title},
                       {QStringLiteral("kind"), caseKindName(c->kind)},
                       {QStringLiteral("list"), c->listKey},
                       {QStringLiteral("edition"), c->editionLabel},
                       {QStringLiteral("code"), c->targetCode},
                       {QStringLiteral("target_kind"), caseTargetKindName(c->targetKind)},
                       {QStringLiteral("target_name"), c->targetName},
                       {QStringLiteral("base_text"), c->baseText},
                       {QStringLiteral("proposed_text"), c->proposedText},
                       {QStringLiteral("justification"), c->justification},
                       {QStringLiteral("notes"), c->notes},
                       {QStringLiteral("author"), c->author},
                       {QStringLiteral("organisation"), c->organisation},
                       {QStringLiteral("status"), caseStatusName(c->status)},
                       {QStringLiteral("revision"), c->revision},
                       {QStringLiteral("created_at"), c->createdAt},
                       {QStringLiteral("updated_at"), c->updatedAt},
                       {QStringLiteral("revisions"), revisions.value()},
                       {QStringLiteral("history"), h},
                       {QStringLiteral("comments"), cm},
                       {QStringLiteral("signoffs"), so}};
}

Result<qint64> caseIdByUuid(Database& db, const QString& uuid)
{
    auto q = db.prepare("SELECT id FROM amendment_case WHERE uuid = ?1");
    if (!q)
        return q.error();
    q->bind(1, uuid);
    auto row = q->step();
    if (!row)
        return row.error();
    return row.value() ? q->integer(0) : qint64(0);
}

// The newest revision number whose text is the same on both sides: the common ancestor.
std::pair<int, QString> commonRevision(const QJsonArray& mine, const QJsonArray& theirs)
{
    std::pair<int, QString> best{0, QString()};
    for (const QJsonValue& m : mine) {
        const int rev = m[QLatin1String("revision")].toInt();
        for (const QJsonValue& t : theirs)
            if (t[QLatin1String("revision")].toInt() == rev &&
                t[QLatin1String("proposed_text")].toString() ==
                    m[QLatin1String("proposed_text")].toString() &&
                rev > best.first)
                best = {rev, m[QLatin1String("proposed_text")].toString()};
    }
    return best;
}

QSet<QString> uuidsOf(const QJsonArray& arr)
{
    QSet<QString> out;
    for (const QJsonValue& v : arr)
        out.insert(v[QLatin1String("uuid")].toString());
    return out;
}

QSet<QString> historyKeys(const QJsonArray& arr)
{
    QSet<QString> out;
    for (const QJsonValue& v : arr)
        out.insert(v[QLatin1String("at")].toString() + QLatin1Char('|') +
                   v[QLatin1String("to")].toString() + QLatin1Char('|') +
                   v[QLatin1String("actor")].toString());
    return out;
}

} // namespace

Result<QByteArray> exportCaseBundle(Database& db, const QList<qint64>& caseIds,
                                    const QString& actor)
{
    if (caseIds.isEmpty())
        return badInput(QStringLiteral("no case to export"));
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QJsonArray cases;
    for (qint64 id : caseIds) {
        auto c = CaseStore(db).load(id);
        auto revs = revisionsOf(db, id);
        if (!c || !revs)
            return !c ? c.error() : revs.error();
        const QJsonObject last = revs->isEmpty() ? QJsonObject() : revs->last().toObject();
        if (str(last, "proposed_text") != c->proposedText ||
            last.value(QLatin1String("justification")).toObject() != c->justification)
            if (auto r = CaseDraftStore(db).saveRevision(id, actor); !r)
                return r.error();
        auto json = caseToJson(db, id);
        if (!json)
            return json.error();
        cases.append(json.value());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("created_by"), actor},
                     {QStringLiteral("created_at"), nowUtcIso()},
                     {QStringLiteral("content_sha256"), hashOf(cases)},
                     {QStringLiteral("cases"), cases}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<CaseBundle> readCaseBundle(const QByteArray& bytes, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return badInput(
            QStringLiteral(
                "not a complete case bundle: the file is truncated or damaged (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset),
            fileName);
    const QJsonObject root = doc.object();
    if (str(root, "format") != kFormat)
        return badInput(QStringLiteral("not a Paceline case bundle (format is \"%1\")")
                            .arg(str(root, "format")),
                        fileName);
    if (root.value(QLatin1String("version")).toInt() != kVersion)
        return badInput(
            QStringLiteral("case bundle version %1 is not supported (this build reads version %2)")
                .arg(root.value(QLatin1String("version")).toInt())
                .arg(kVersion),
            fileName);
    const QJsonArray cases = root.value(QLatin1String("cases")).toArray();
    if (hashOf(cases) != str(root, "content_sha256"))
        return badInput(
            QStringLiteral(
                "the content hash does not match: the bundle was changed or cut after it "
                "was exported; ask the sender for a fresh copy"),
            fileName);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        if (str(c, "uuid").isEmpty() || str(c, "title").isEmpty() ||
            !caseKindFromString(str(c, "kind")) || !caseStatusFromString(str(c, "status")))
            return badInput(QStringLiteral("case without uuid, title, kind or status"),
                            QStringLiteral("%1: $.cases[%2]").arg(fileName).arg(i));
        // Bundles of older versions have no target kind: their cases target an entry.
        const QJsonValue target = c.value(QLatin1String("target_kind"));
        if (!target.isUndefined() && !caseTargetKindFromString(target.toString()))
            return badInput(QStringLiteral("unknown target kind \"%1\" (entry, item, note or "
                                           "term)")
                                .arg(target.toString()),
                            QStringLiteral("%1: $.cases[%2].target_kind").arg(fileName).arg(i));
    }
    return CaseBundle{str(root, "created_by"), str(root, "created_at"), cases};
}

Result<QList<CaseImportItem>> planCaseImport(Database& db, const CaseBundle& bundle)
{
    QList<CaseImportItem> plan;
    for (const QJsonValue& v : bundle.cases) {
        const QJsonObject theirs = v.toObject();
        CaseImportItem item;
        item.uuid = str(theirs, "uuid");
        item.title = str(theirs, "title");
        item.theirsText = str(theirs, "proposed_text");
        auto id = caseIdByUuid(db, item.uuid);
        if (!id)
            return id.error();
        if (id.value() == 0) {
            item.text = CaseImportItem::Text::New;
            item.newComments =
                static_cast<int>(theirs.value(QLatin1String("comments")).toArray().size());
            item.newSignoffs =
                static_cast<int>(theirs.value(QLatin1String("signoffs")).toArray().size());
            item.newHistory =
                static_cast<int>(theirs.value(QLatin1String("history")).toArray().size());
            plan.append(item);
            continue;
        }
        auto mine = caseToJson(db, id.value());
        if (!mine)
            return mine.error();
        item.mineText = str(mine.value(), "proposed_text");
        const auto [rev, ancestor] =
            commonRevision(mine->value(QLatin1String("revisions")).toArray(),
                           theirs.value(QLatin1String("revisions")).toArray());
        item.commonRevision = rev;
        item.ancestorText = ancestor;
        if (item.mineText == item.theirsText)
            item.text = CaseImportItem::Text::Same;
        else if (rev > 0 && item.mineText == ancestor)
            item.text = CaseImportItem::Text::TakeTheirs;
        else if (rev > 0 && item.theirsText == ancestor)
            item.text = CaseImportItem::Text::KeepMine;
        else
            item.text = CaseImportItem::Text::Conflict;
        auto countNew = [](const QSet<QString>& have, const QSet<QString>& incoming) {
            return static_cast<int>((incoming - have).size());
        };
        item.newComments = countNew(uuidsOf(mine->value(QLatin1String("comments")).toArray()),
                                    uuidsOf(theirs.value(QLatin1String("comments")).toArray()));
        item.newSignoffs = countNew(uuidsOf(mine->value(QLatin1String("signoffs")).toArray()),
                                    uuidsOf(theirs.value(QLatin1String("signoffs")).toArray()));
        item.newHistory = countNew(historyKeys(mine->value(QLatin1String("history")).toArray()),
                                   historyKeys(theirs.value(QLatin1String("history")).toArray()));
        plan.append(item);
    }
    return plan;
}

} // namespace paceline
