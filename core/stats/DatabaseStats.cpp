#include "DatabaseStats.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QLocale>

namespace paceline {

namespace {

Result<qint64> count(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    return q->integer(0);
}

} // namespace

Result<DatabaseStats> collectStats(Database& db)
{
    DatabaseStats stats;
    stats.schemaVersion = db.userVersion();

    auto editions = db.prepare("SELECT e.id, r.key, l.key, l.name, e.label, coalesce(e.date, ''), "
                               "(SELECT count(*) FROM term t WHERE t.edition_id = e.id) "
                               "FROM edition e JOIN control_list l ON l.id = e.list_id JOIN regime "
                               "r ON r.id = l.regime_id "
                               "ORDER BY r.key, l.key, e.date, e.id");
    if (!editions)
        return editions.error();
    // Served by the (edition_id, kind) index without touching the node rows.
    auto kinds = db.prepare("SELECT kind, count(*) FROM node WHERE edition_id = ?1 GROUP BY kind");
    if (!kinds)
        return kinds.error();
    for (;;) {
        auto row = editions->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        EditionCounts e{editions->text(1),
                        editions->text(2),
                        editions->text(3),
                        editions->text(4),
                        editions->text(5),
                        {},
                        0,
                        editions->integer(6)};
        kinds->bind(1, editions->integer(0));
        for (;;) {
            auto k = kinds->step();
            if (!k)
                return k.error();
            if (!k.value())
                break;
            e.nodesByKind.insert(kinds->text(0), kinds->integer(1));
            e.nodes += kinds->integer(1);
        }
        kinds->reset();
        stats.editions.append(std::move(e));
    }

    struct Counter {
        const char* sql;
        qint64* out;
    };
    for (const Counter& c : {Counter{"SELECT count(*) FROM technology", &stats.technologies},
                             Counter{"SELECT count(*) FROM milestone", &stats.milestones},
                             Counter{"SELECT count(*) FROM control_event", &stats.events},
                             Counter{"SELECT count(*) FROM amendment_case", &stats.cases}}) {
        auto n = count(db, c.sql);
        if (!n)
            return n.error();
        *c.out = n.value();
    }
    auto byStatus = db.prepare("SELECT status, count(*) FROM amendment_case GROUP BY status");
    if (!byStatus)
        return byStatus.error();
    const Status walked = byStatus->forEachRow(
        [&](const Statement& r) { stats.casesByStatus.insert(r.text(0), r.integer(1)); });
    if (!walked)
        return walked.error();
    return stats;
}

QJsonObject statsToJson(const DatabaseStats& stats)
{
    QJsonArray editions;
    for (const EditionCounts& e : stats.editions) {
        QJsonObject kinds;
        for (auto it = e.nodesByKind.begin(); it != e.nodesByKind.end(); ++it)
            kinds.insert(it.key(), it.value());
        editions.append(QJsonObject{{QStringLiteral("regime"), e.regimeKey},
                                    {QStringLiteral("list"), e.listKey},
                                    {QStringLiteral("list_name"), e.listName},
                                    {QStringLiteral("edition"), e.editionLabel},
                                    {QStringLiteral("date"), e.editionDate},
                                    {QStringLiteral("nodes"), e.nodes},
                                    {QStringLiteral("nodes_by_kind"), kinds},
                                    {QStringLiteral("terms"), e.terms}});
    }
    QJsonObject cases{{QStringLiteral("total"), stats.cases}};
    QJsonObject byStatus;
    for (auto it = stats.casesByStatus.begin(); it != stats.casesByStatus.end(); ++it)
        byStatus.insert(it.key(), it.value());
    cases.insert(QStringLiteral("by_status"), byStatus);
    return QJsonObject{{QStringLiteral("schema_version"), stats.schemaVersion},
                       {QStringLiteral("editions"), editions},
                       {QStringLiteral("technologies"), stats.technologies},
                       {QStringLiteral("milestones"), stats.milestones},
                       {QStringLiteral("control_events"), stats.events},
                       {QStringLiteral("cases"), cases}};
}

QString statsToText(const DatabaseStats& stats)
{
    const QLocale c = QLocale::c();
    auto n = [&](qint64 v) {
        return c.toString(v);
    };
    QString out;
    if (stats.editions.isEmpty())
        out += QStringLiteral("No list editions.\n");
    for (const EditionCounts& e : stats.editions) {
        out += QStringLiteral("%1 / %2 — %3%4\n")
                   .arg(e.regimeKey, e.listKey, e.editionLabel,
                        e.editionDate.isEmpty() ? QString()
                                                : QStringLiteral(" (%1)").arg(e.editionDate));
        QStringList parts;
        for (const char* kind : {"category", "group", "entry", "item", "note", "text"})
            if (qint64 v = e.nodesByKind.value(QLatin1String(kind)))
                parts << QStringLiteral("%1 %2").arg(n(v), QLatin1String(kind));
        out += QStringLiteral("  %1 nodes: %2; %3 terms\n")
                   .arg(n(e.nodes), parts.join(QStringLiteral(", ")), n(e.terms));
    }
    out += QStringLiteral("Technologies: %1\nMilestones: %2\nControl events: %3\nCases: %4\n")
               .arg(n(stats.technologies), n(stats.milestones), n(stats.events), n(stats.cases));
    return out;
}

} // namespace paceline
