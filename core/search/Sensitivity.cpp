#include "Sensitivity.h"

#include "search/SearchTypes.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace paceline {

// The expression must be written as in the node_sensitivity index (SchemaV4Wassenaar.cpp),
// or SQLite scans every node instead of using it. ?1 is "sensitive" or "very-sensitive".
#define MARKED_AT_LEAST(table)                                                                     \
    "json_extract(" table ".attributes, '$.sensitivity') IN (?1, 'very-sensitive')"

QString sensitivityValue(Sensitivity s)
{
    switch (s) {
    case Sensitivity::Sensitive:
        return QStringLiteral("sensitive");
    case Sensitivity::VerySensitive:
        return QStringLiteral("very-sensitive");
    case Sensitivity::None:
        break;
    }
    return {};
}

Sensitivity sensitivityFromValue(const QString& value)
{
    if (value == QLatin1String("very-sensitive"))
        return Sensitivity::VerySensitive;
    return value == QLatin1String("sensitive") ? Sensitivity::Sensitive : Sensitivity::None;
}

Sensitivity sensitivityOf(const QList<QPair<QString, QString>>& attributes)
{
    for (const auto& [key, value] : attributes)
        if (key == QLatin1String(kSensitivityAttribute))
            return sensitivityFromValue(value);
    return Sensitivity::None;
}

Result<SensitiveScope> sensitiveScope(Database& db, Sensitivity atLeast)
{
    auto q = db.prepare("SELECT DISTINCT e.id, l.id, l.regime_id FROM node n "
                        "JOIN edition e ON e.id = n.edition_id "
                        "JOIN control_list l ON l.id = e.list_id WHERE " MARKED_AT_LEAST("n"));
    if (!q)
        return q.error();
    q->bind(1, sensitivityValue(atLeast));
    SensitiveScope scope;
    const Status walked = q->forEachRow([&](const Statement& r) {
        scope.editions.insert(r.integer(0));
        scope.lists.insert(r.integer(1));
        scope.regimes.insert(r.integer(2));
    });
    if (!walked)
        return walked.error();
    return scope;
}

Result<SensitiveNodes> sensitiveNodes(Database& db, qint64 editionId, Sensitivity atLeast)
{
    auto q = db.prepare("WITH RECURSIVE up(id, marked) AS ("
                        "  SELECT id, 1 FROM node n WHERE " MARKED_AT_LEAST(
                            "n") " AND "
                                 "  n.edition_id = ?2"
                                 "  UNION SELECT n.parent_id, 0 FROM node n JOIN up ON n.id = up.id"
                                 "  WHERE n.parent_id IS NOT NULL) "
                                 "SELECT id, marked FROM up");
    if (!q)
        return q.error();
    q->bind(1, sensitivityValue(atLeast)).bind(2, editionId);
    SensitiveNodes out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        (r.integer(1) != 0 ? out.marked : out.ancestors).insert(r.integer(0));
    });
    if (!walked)
        return walked.error();
    return out;
}

Result<QHash<qint64, Sensitivity>> effectiveSensitivity(Database& db, const QList<qint64>& nodeIds)
{
    QHash<qint64, Sensitivity> out;
    if (nodeIds.isEmpty())
        return out;
    auto q =
        db.prepare("WITH RECURSIVE up(start, id) AS ("
                   "  SELECT value, value FROM json_each(?1)"
                   "  UNION ALL SELECT up.start, n.parent_id FROM up JOIN node n ON n.id = up.id"
                   "  WHERE n.parent_id IS NOT NULL) "
                   "SELECT up.start, json_extract(n.attributes, '$.sensitivity') "
                   "FROM up JOIN node n ON n.id = up.id "
                   "WHERE json_extract(n.attributes, '$.sensitivity') IS NOT NULL");
    if (!q)
        return q.error();
    QJsonArray ids;
    for (qint64 id : nodeIds)
        ids.append(id);
    q->bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    const Status walked = q->forEachRow([&](const Statement& r) {
        const Sensitivity s = sensitivityFromValue(r.text(1));
        Sensitivity& strongest = out[r.integer(0)];
        strongest = std::max(strongest, s);
        if (strongest == Sensitivity::None)
            out.remove(r.integer(0));
    });
    if (!walked)
        return walked.error();
    return out;
}

namespace {

// The nodes inside a code hit that are on the list, as code hits of their own: "4a1" with the
// VSL filter finds 4.A.1.a.2 although 4.A.1 itself is not on it.
Status addMarkedInside(Database& db, const SearchHit& outside, Sensitivity atLeast,
                       QList<SearchHit>& out)
{
    auto q = db.prepare(
        "WITH RECURSIVE sub(id) AS (SELECT ?2 UNION ALL "
        "  SELECT n.id FROM node n JOIN sub ON n.parent_id = sub.id) "
        "SELECT n.id, n.code, n.kind, COALESCE(NULLIF(n.title, ''), "
        "substr(n.text, 1, 200)), substr(n.text, 1, 200), "
        "json_extract(n.attributes, '$.sensitivity') "
        "FROM sub JOIN node n ON n.id = sub.id WHERE " MARKED_AT_LEAST("n") " ORDER BY n.ord");
    if (!q)
        return q.error();
    q->bind(1, sensitivityValue(atLeast)).bind(2, outside.id);
    return q->forEachRow([&](const Statement& r) {
        SearchHit hit = outside;
        hit.id = r.integer(0);
        hit.code = r.text(1);
        hit.kind = r.text(2);
        hit.title = r.text(3);
        hit.snippet = r.text(4);
        hit.sensitivity = sensitivityFromValue(r.text(5));
        out.append(hit);
    });
}

} // namespace

// Fills in each node hit's Sensitive List membership; drops those below atLeast (a code hit
// gives way to the nodes inside it that are on the list).
Status markSensitivity(Database& db, QList<SearchHit>& hits, Sensitivity atLeast)
{
    QList<qint64> ids;
    for (const SearchHit& h : hits)
        if (h.source != SearchHit::Source::Term)
            ids << h.id;
    auto marks = effectiveSensitivity(db, ids);
    if (!marks)
        return marks.error();
    QList<SearchHit> kept;
    for (SearchHit h : hits) {
        if (h.source != SearchHit::Source::Term)
            h.sensitivity = marks->value(h.id, Sensitivity::None);
        if (h.sensitivity >= atLeast)
            kept.append(h);
        else if (h.source == SearchHit::Source::Code)
            if (Status s = addMarkedInside(db, h, atLeast, kept); !s)
                return s;
    }
    hits = kept;
    return {};
}

} // namespace paceline
