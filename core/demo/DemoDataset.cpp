#include "DemoDataset.h"

#include "cases/CaseStore.h"
#include "cases/CaseText.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "timeline/TimelineCsvImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline {

namespace {

// Oldest edition first. The 2012 Wassenaar edition is a reconstruction (see its note) so
// that comparison, entry history and the churn chart have something to show.
const char* const kLists[] = {":/demo/wassenaar-dual-use-2012.paceline.json",
                              ":/demo/wassenaar-dual-use.paceline.json",
                              ":/demo/eu-annex-i.paceline.json"};
const char* const kTimeline[] = {":/demo/technologies.csv", ":/demo/timeline/tech_links.csv",
                                 ":/demo/timeline/tech_milestones.csv",
                                 ":/demo/timeline/control_events.csv", ":/demo/timeline/eras.csv"};

Result<QByteArray> readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("demo data missing from this build"), path);
    return f.readAll();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Result<int> installCases(Database& db)
{
    const QString path = QStringLiteral(":/demo/cases.json");
    auto data = readResource(path);
    if (!data)
        return data.error();
    const QJsonArray cases =
        QJsonDocument::fromJson(data.value()).object().value(QLatin1String("cases")).toArray();
    ListStore lists(db);
    CaseStore store(db);
    int n = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject o = cases.at(i).toObject();
        const QString place = QStringLiteral("%1: /cases/%2").arg(path).arg(i);
        auto edition = lists.findEdition(str(o, "list"), str(o, "edition"));
        if (!edition)
            return makeError(edition.error().message, place);
        CaseRecord c;
        c.uuid = str(o, "uuid");
        c.title = str(o, "title");
        c.kind = caseKindFromString(str(o, "kind")).value_or(CaseKind::AmendEntry);
        c.listKey = edition->listKey;
        c.baseEditionId = edition->id;
        c.targetCode = str(o, "code");
        // Without a target kind a demo case amends its entry (or, new, proposes it).
        c.targetKind =
            caseTargetKindFromString(str(o, "target_kind")).value_or(CaseTargetKind::Entry);
        c.targetName = str(o, "target_name");
        auto base = caseTextOfTarget(db, edition->id, c.targetKind, c.targetCode, c.targetName);
        if (base)
            c.baseText = base.value();
        else if (c.kind != CaseKind::NewEntry)
            return makeError(base.error().message, place);
        c.proposedText = str(o, "proposed_text");
        c.justification = o.value(QLatin1String("justification")).toObject();
        c.notes = str(o, "notes");
        c.author = str(o, "author");
        c.organisation = str(o, "organisation");
        c.createdAt = str(o, "created_at");
        c.status = CaseStatus::Draft;
        auto id = store.create(c, c.author);
        if (!id)
            return makeError(id.error().message, place);
        // Replaying the history through the workflow keeps the demo honest about transitions.
        for (const QJsonValue& h : o.value(QLatin1String("status_history")).toArray()) {
            const QJsonObject step = h.toObject();
            const auto to = caseStatusFromString(str(step, "to"));
            if (!to)
                return makeError(QStringLiteral("unknown status \"%1\"").arg(str(step, "to")),
                                 place);
            if (Status s = store.changeStatus(id.value(), *to, str(step, "actor"),
                                              str(step, "reason"), str(step, "at"));
                !s)
                return makeError(s.error().message, place);
        }
        for (const QJsonValue& v : o.value(QLatin1String("comments")).toArray()) {
            const QJsonObject cm = v.toObject();
            CaseComment comment;
            comment.uuid = str(cm, "uuid");
            comment.parentUuid = str(cm, "parent");
            comment.anchorText = str(cm, "anchor");
            const qsizetype at =
                comment.anchorText.isEmpty() ? -1 : c.proposedText.indexOf(comment.anchorText);
            if (at >= 0) {
                comment.anchorStart = static_cast<int>(at);
                comment.anchorEnd = static_cast<int>(at + comment.anchorText.size());
            }
            comment.body = str(cm, "body");
            comment.author = str(cm, "author");
            comment.organisation = str(cm, "organisation");
            comment.createdAt = str(cm, "at");
            if (cm.value(QLatin1String("resolved")).toBool()) {
                comment.resolvedAt = comment.createdAt;
                comment.resolvedBy = c.author;
            }
            if (Status s = store.addComment(id.value(), comment); !s)
                return makeError(s.error().message, place);
        }
        for (const QJsonValue& v : o.value(QLatin1String("signoffs")).toArray()) {
            const QJsonObject so = v.toObject();
            CaseSignoff signoff{
                str(so, "uuid"),         str(so, "reviewer"),
                str(so, "organisation"), str(so, "verdict") == QLatin1String("approve"),
                str(so, "comment"),      str(so, "at")};
            if (Status s = store.addSignoff(id.value(), signoff); !s)
                return makeError(s.error().message, place);
        }
        ++n;
    }
    return n;
}

} // namespace

Result<bool> databaseHasContent(Database& db)
{
    auto q =
        db.prepare("SELECT EXISTS (SELECT 1 FROM edition) OR EXISTS (SELECT 1 FROM control_event) "
                   "OR EXISTS (SELECT 1 FROM amendment_case)");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    return q->integer(0) != 0;
}

Result<DemoSummary> installDemoDataset(Database& db, const ProgressCallback& progress)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    DemoSummary summary;
    const qint64 steps = std::size(kLists) + std::size(kTimeline) + 1;
    qint64 step = 0;
    for (const char* path : kLists) {
        auto data = readResource(QLatin1String(path));
        if (!data)
            return data.error();
        auto doc = readListJson(data.value(), QLatin1String(path));
        if (!doc)
            return doc.error();
        auto outcome = ListStore(db).importDocument(doc.value());
        if (!outcome)
            return outcome.error();
        summary.editions += outcome->alreadyPresent ? 0 : 1;
        if (!reportProgress(progress, ++step, steps))
            return cancelled();
    }
    for (const char* path : kTimeline) {
        auto data = readResource(QLatin1String(path));
        if (!data)
            return data.error();
        auto outcome = importTimelineCsv(db, data.value(), QLatin1String(path));
        if (!outcome)
            return outcome.error();
        summary.timelineRows += outcome->rows;
        if (!reportProgress(progress, ++step, steps))
            return cancelled();
    }
    auto cases = installCases(db);
    if (!cases)
        return cases.error();
    summary.cases = cases.value();
    if (!reportProgress(progress, steps, steps))
        return cancelled();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace paceline
