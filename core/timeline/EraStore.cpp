#include "EraStore.h"

#include "storage/Database.h"

namespace paceline {

namespace {

constexpr const char kSelectEras[] = "SELECT id, ext_id, label, start_date, end_date, kind, note, "
                                     "source_url FROM era ORDER BY start_date, ext_id";
constexpr const char kSelectEraByExtId[] = "SELECT id FROM era WHERE ext_id = ?1";
constexpr const char kSelectExtIdTaken[] = "SELECT 1 FROM era WHERE ext_id = ?1 AND id <> ?2";
constexpr const char kSelectExtIdOf[] = "SELECT ext_id FROM era WHERE id = ?1";
constexpr const char kInsertEra[] = "INSERT INTO era (id, ext_id, label, start_date, end_date, "
                                    "kind, note, source_url) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr const char kUpdateEra[] = "UPDATE era SET ext_id = ?2, label = ?3, start_date = ?4, "
                                    "end_date = ?5, kind = ?6, note = ?7, source_url = ?8 "
                                    "WHERE id = ?1";
constexpr const char kDeleteEra[] = "DELETE FROM era WHERE id = ?1";

void bindFields(Statement& q, const Era& e)
{
    if (e.id > 0)
        q.bind(1, e.id);
    else
        q.bindNull(1);
    q.bind(2, e.extId).bind(3, e.label).bind(4, e.start.toIsoString());
    q.bindOptional(5, e.isOpen() ? QString() : e.end.toIsoString());
    q.bindOptional(6, e.kind).bindOptional(7, e.note).bindOptional(8, e.sourceUrl);
}

Era eraOf(const Statement& r)
{
    Era e;
    e.id = r.integer(0);
    e.extId = r.text(1);
    e.label = r.text(2);
    e.start = PartialDate::parse(r.text(3)).value_or(PartialDate());
    e.end = PartialDate::parse(r.text(4)).value_or(PartialDate());
    e.kind = r.text(5);
    e.note = r.text(6);
    e.sourceUrl = r.text(7);
    return e;
}

} // namespace

Result<QList<Era>> EraStore::eras()
{
    auto q = m_db.prepare(kSelectEras);
    if (!q)
        return q.error();
    QList<Era> out;
    if (Status s = q->forEachRow([&](const Statement& r) { out.append(eraOf(r)); }); !s)
        return s.error();
    return out;
}

Result<bool> EraStore::upsert(const Era& era)
{
    auto find = m_db.prepare(kSelectEraByExtId);
    if (!find)
        return find.error();
    find->bind(1, era.extId);
    auto found = find->step();
    if (!found)
        return found.error();
    Era row = era;
    row.id = found.value() ? find->integer(0) : 0;
    if (!found.value()) {
        auto id = insert(row);
        return id ? Result<bool>(true) : Result<bool>(id.error());
    }
    if (Status s = update(row); !s)
        return s.error();
    return false;
}

Result<qint64> EraStore::insert(const Era& era)
{
    auto q = m_db.prepare(kInsertEra);
    if (!q)
        return q.error();
    bindFields(*q, era);
    if (Status s = q->run(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Status EraStore::update(const Era& era)
{
    auto q = m_db.prepare(kUpdateEra);
    if (!q)
        return q.error();
    bindFields(*q, era);
    if (Status s = q->run(); !s)
        return s;
    if (m_db.changes() != 1)
        return makeError(QStringLiteral("the era no longer exists; reload the table"));
    return {};
}

Status EraStore::remove(qint64 id)
{
    auto q = m_db.prepare(kDeleteEra);
    if (!q)
        return q.error();
    q->bind(1, id);
    return q->run();
}

Result<bool> EraStore::extIdTaken(const QString& extId, qint64 id)
{
    auto q = m_db.prepare(kSelectExtIdTaken);
    if (!q)
        return q.error();
    q->bind(1, extId).bind(2, id);
    return q->step();
}

Result<QString> EraStore::extIdOf(qint64 id)
{
    auto q = m_db.prepare(kSelectExtIdOf);
    if (!q)
        return q.error();
    q->bind(1, id);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(QStringLiteral("the era no longer exists; reload the table"));
    return q->text(0);
}

} // namespace paceline
