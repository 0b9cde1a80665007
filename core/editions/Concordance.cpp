#include "Concordance.h"

#include "lists/CodeGrammar.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>

namespace paceline {

QString concordanceKey(const QString& code)
{
    return CodeGrammar::concordanceKey(code);
}

QStringList concordanceCodeForms(const QString& key)
{
    return CodeGrammar::spellings(key);
}

namespace {

// Newest edition first, per list; the caller keeps the first row of each list. Edition by
// edition through the (edition_id, code) index: nodes have no index by code alone.
const char kLookupSql[] =
    "SELECT l.id, l.key, l.name, e.id, e.label, n.code, n.kind, n.title, n.text "
    "FROM edition e CROSS JOIN node n ON n.edition_id = e.id AND n.code = ?1 "
    "JOIN control_list l ON l.id = e.list_id WHERE (?2 = 0 OR l.id = ?2) "
    "ORDER BY l.key, e.date IS NULL, e.date DESC, e.id DESC";

ConcordanceLink linkFromRow(const Statement& q, LinkOrigin origin)
{
    return {q.integer(0), q.text(1), q.text(2), q.integer(3), q.text(4),
            q.text(5),    q.text(6), q.text(7), q.text(8),    origin};
}

// Stores each pair one way round, so that a link and its reverse are one row.
bool swapped(qint64 listA, const QString& codeA, qint64 listB, const QString& codeB)
{
    return listA > listB || (listA == listB && codeA > codeB);
}

} // namespace

Result<ConcordanceLink> Concordance::lookup(qint64 listId, const QString& code)
{
    auto q = m_db.prepare(kLookupSql);
    if (!q)
        return q.error();
    q->bind(1, code).bind(2, listId);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return badInput(QStringLiteral("no entry \"%1\" in any edition of that list").arg(code));
    return linkFromRow(*q, LinkOrigin::Manual);
}

Result<qint64> Concordance::listIdOfEdition(qint64 editionId)
{
    auto q = m_db.prepare("SELECT list_id FROM edition WHERE id = ?1");
    if (!q)
        return q.error();
    q->bind(1, editionId);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return badInput(QStringLiteral("no edition with id %1").arg(editionId));
    return q->integer(0);
}

Result<QList<ConcordanceLink>> Concordance::derivedLinks(qint64 listId, const QString& code)
{
    QList<ConcordanceLink> out;
    const QString key = concordanceKey(code);
    if (key.isEmpty())
        return out;
    auto q = m_db.prepare(kLookupSql);
    if (!q)
        return q.error();
    QList<qint64> seen{listId};
    for (const QString& form : concordanceCodeForms(key)) {
        q->reset();
        q->bind(1, form).bind(2, qint64{0});
        const Status walked = q->forEachRow([&](const Statement& r) {
            if (seen.contains(r.integer(0)))
                return;
            seen << r.integer(0);
            out.append(linkFromRow(r, LinkOrigin::Rule));
        });
        if (!walked)
            return walked.error();
    }
    return out;
}

Result<QList<Concordance::StoredLink>> Concordance::storedLinks(qint64 listId, const QString& code)
{
    auto q = m_db.prepare("SELECT to_list_id, to_code, origin, removed FROM concordance "
                          "WHERE from_list_id = ?1 AND from_code = ?2 UNION ALL "
                          "SELECT from_list_id, from_code, origin, removed FROM concordance "
                          "WHERE to_list_id = ?1 AND to_code = ?2");
    if (!q)
        return q.error();
    q->bind(1, listId).bind(2, code);
    QList<StoredLink> out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        out.append({r.integer(0), r.text(1), r.text(2), r.integer(3) != 0});
    });
    if (!walked)
        return walked.error();
    return out;
}

Result<QList<ConcordanceLink>> Concordance::linksFor(qint64 listId, const QString& code)
{
    auto derived = derivedLinks(listId, code);
    if (!derived)
        return derived.error();
    auto stored = storedLinks(listId, code);
    if (!stored)
        return stored.error();
    QList<ConcordanceLink> out;
    for (const ConcordanceLink& l : derived.value()) {
        const bool hidden = std::any_of(stored->begin(), stored->end(), [&](const StoredLink& s) {
            return s.removed && s.listId == l.listId && s.code == l.code;
        });
        if (!hidden)
            out.append(l);
    }
    for (const StoredLink& s : stored.value()) {
        if (s.removed || s.origin != QLatin1String("manual"))
            continue;
        const bool listed = std::any_of(out.begin(), out.end(), [&](const ConcordanceLink& l) {
            return l.listId == s.listId && l.code == s.code;
        });
        auto found = lookup(s.listId, s.code);
        if (listed || !found) // already derived, or the linked list is no longer loaded
            continue;
        out.append(found.value());
    }
    return out;
}

Result<QList<ConcordanceLink>> Concordance::hiddenLinksFor(qint64 listId, const QString& code)
{
    auto stored = storedLinks(listId, code);
    if (!stored)
        return stored.error();
    QList<ConcordanceLink> out;
    for (const StoredLink& s : stored.value()) {
        if (!s.removed)
            continue;
        if (auto found = lookup(s.listId, s.code)) {
            found->origin = LinkOrigin::Rule;
            out.append(found.value());
        }
    }
    return out;
}

Status Concordance::writeRow(const char* sql, bool stamped, qint64 listA, const QString& codeA,
                             qint64 listB, const QString& codeB)
{
    if (listA == listB)
        return badInput(QStringLiteral("a concordance links items of two different lists"));
    const bool swap = swapped(listA, codeA, listB, codeB);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto q = m_db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, swap ? listB : listA).bind(2, swap ? codeB : codeA);
    q->bind(3, swap ? listA : listB).bind(4, swap ? codeA : codeB);
    if (stamped)
        q->bind(5, nowUtcIso());
    if (Status s = q->run(); !s)
        return s;
    return tx.commit();
}

Result<bool> Concordance::isHidden(qint64 listA, const QString& codeA, qint64 listB,
                                   const QString& codeB)
{
    const bool swap = swapped(listA, codeA, listB, codeB);
    auto q =
        m_db.prepare("SELECT 1 FROM concordance WHERE from_list_id = ?1 AND from_code = ?2 "
                     "AND to_list_id = ?3 AND to_code = ?4 AND origin = 'rule' AND removed = 1");
    if (!q)
        return q.error();
    q->bind(1, swap ? listB : listA).bind(2, swap ? codeB : codeA);
    q->bind(3, swap ? listA : listB).bind(4, swap ? codeA : codeB);
    auto row = q->step();
    if (!row)
        return row.error();
    return row.value();
}

Status Concordance::addManualLink(qint64 listA, const QString& codeA, qint64 listB,
                                  const QString& codeB)
{
    return writeRow(
        "INSERT INTO concordance (from_list_id, from_code, to_list_id, to_code, origin, "
        "removed, created_at) VALUES (?1, ?2, ?3, ?4, 'manual', 0, ?5) "
        "ON CONFLICT DO UPDATE SET origin = 'manual', removed = 0",
        true, listA, codeA, listB, codeB);
}

Status Concordance::deleteManualLink(qint64 listA, const QString& codeA, qint64 listB,
                                     const QString& codeB)
{
    return writeRow("DELETE FROM concordance WHERE from_list_id = ?1 AND from_code = ?2 AND "
                    "to_list_id = ?3 AND to_code = ?4 AND origin = 'manual'",
                    false, listA, codeA, listB, codeB);
}

Status Concordance::hideDerivedLink(qint64 listA, const QString& codeA, qint64 listB,
                                    const QString& codeB)
{
    return writeRow(
        "INSERT INTO concordance (from_list_id, from_code, to_list_id, to_code, origin, "
        "removed, created_at) VALUES (?1, ?2, ?3, ?4, 'rule', 1, ?5) "
        "ON CONFLICT DO UPDATE SET origin = 'rule', removed = 1",
        true, listA, codeA, listB, codeB);
}

Status Concordance::unhideDerivedLink(qint64 listA, const QString& codeA, qint64 listB,
                                      const QString& codeB)
{
    return writeRow("DELETE FROM concordance WHERE from_list_id = ?1 AND from_code = ?2 AND "
                    "to_list_id = ?3 AND to_code = ?4 AND origin = 'rule' AND removed = 1",
                    false, listA, codeA, listB, codeB);
}

} // namespace paceline
