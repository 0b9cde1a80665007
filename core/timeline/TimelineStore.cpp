#include "TimelineStore.h"

#include "storage/Database.h"

#include <QHash>

namespace paceline {

namespace {

template <typename Fn> Status forEachRow(Statement& q, Fn fn)
{
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        fn(q);
    }
}

} // namespace

Result<qint64> TimelineStore::upsertTechnology(const Technology& t)
{
    auto q = m_db.prepare(
        "INSERT INTO technology (label, name, category, description, lag_emergence_milestone, "
        "lag_first_control_event, lag_excluded_events, lag_note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
        "ON CONFLICT (label) DO UPDATE SET "
        "name = CASE WHEN ?2 <> ?1 THEN ?2 ELSE name END, "
        "category = coalesce(?3, category), description = coalesce(?4, description), "
        "lag_emergence_milestone = coalesce(?5, lag_emergence_milestone), "
        "lag_first_control_event = coalesce(?6, lag_first_control_event), "
        "lag_excluded_events = coalesce(?7, lag_excluded_events), "
        "lag_note = coalesce(?8, lag_note) RETURNING id");
    if (!q)
        return q.error();
    q->bind(1, t.label).bind(2, t.name.isEmpty() ? t.label : t.name);
    q->bindOptional(3, t.category).bindOptional(4, t.description);
    const LagJudgement& j = t.judgement;
    q->bindOptional(5, j.emergenceMilestone).bindOptional(6, j.firstControlEvent);
    q->bindOptional(7, j.excludedEvents.join(QLatin1Char(';'))).bindOptional(8, j.note);
    auto row = q->step();
    if (!row)
        return row.error();
    return q->integer(0);
}

Result<qint64> TimelineStore::technologyId(const QString& label)
{
    Technology t;
    t.label = label;
    return upsertTechnology(t);
}

Status TimelineStore::linkTechnologies(const char* sql, qint64 id, const QStringList& labels)
{
    auto link = m_db.prepare(sql);
    if (!link)
        return link.error();
    for (const QString& label : labels) {
        auto techId = technologyId(label);
        if (!techId)
            return techId.error();
        link->bind(1, id).bind(2, techId.value());
        if (Status s = link->run(); !s)
            return s;
    }
    return {};
}

Result<bool> TimelineStore::upsertMilestone(const Milestone& m)
{
    auto existing = m_db.prepare("DELETE FROM milestone WHERE ext_id = ?1");
    if (!existing)
        return existing.error();
    existing->bind(1, m.extId);
    if (Status s = existing->run(); !s)
        return s.error();
    const bool inserted = m_db.changes() == 0;
    auto q = m_db.prepare(
        "INSERT INTO milestone (ext_id, date, date_precision, milestone_class, milestone_type, "
        "description, source_url, source_url_2, confidence, notes) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!q)
        return q.error();
    q->bind(1, m.extId)
        .bind(2, m.date.toIsoString())
        .bind(3, PartialDate::precisionName(m.date.precision()));
    q->bind(4, m.milestoneClass).bindOptional(5, m.milestoneType).bindOptional(6, m.description);
    q->bindOptional(7, m.sourceUrl).bindOptional(8, m.sourceUrl2);
    q->bind(9, confidenceName(m.confidence)).bindOptional(10, m.notes);
    if (Status s = q->run(); !s)
        return s.error();
    if (Status s = linkTechnologies("INSERT OR IGNORE INTO milestone_technology (milestone_id, "
                                    "technology_id) VALUES (?1, ?2)",
                                    m_db.lastInsertId(), m.technologyLabels);
        !s)
        return s.error();
    return inserted;
}

Result<bool> TimelineStore::upsertEvent(const ControlEvent& e)
{
    auto existing = m_db.prepare("DELETE FROM control_event WHERE ext_id = ?1");
    if (!existing)
        return existing.error();
    existing->bind(1, e.extId);
    if (Status s = existing->run(); !s)
        return s.error();
    const bool inserted = m_db.changes() == 0;
    auto q = m_db.prepare(
        "INSERT INTO control_event (ext_id, date, date_precision, regime, event_type, entry_codes, "
        "description, source_url, source_url_2, confidence, notes) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!q)
        return q.error();
    q->bind(1, e.extId)
        .bind(2, e.date.toIsoString())
        .bind(3, PartialDate::precisionName(e.date.precision()));
    q->bind(4, e.regime).bindOptional(5, e.eventType).bindOptional(6, e.entryCodes);
    q->bindOptional(7, e.description).bindOptional(8, e.sourceUrl).bindOptional(9, e.sourceUrl2);
    q->bind(10, confidenceName(e.confidence)).bindOptional(11, e.notes);
    if (Status s = q->run(); !s)
        return s.error();
    const qint64 eventId = m_db.lastInsertId();
    if (Status s = linkTechnologies("INSERT OR IGNORE INTO event_technology (event_id, "
                                    "technology_id) VALUES (?1, ?2)",
                                    eventId, e.technologyLabels);
        !s)
        return s.error();
    auto code = m_db.prepare("INSERT OR IGNORE INTO event_entry (event_id, code) VALUES (?1, ?2)");
    if (!code)
        return code.error();
    for (const QString& c : e.codes) {
        code->bind(1, eventId).bind(2, c);
        if (Status s = code->run(); !s)
            return s.error();
    }
    return inserted;
}

Result<QList<Technology>> TimelineStore::technologies()
{
    auto q = m_db.prepare("SELECT id, label, name, category, description, lag_emergence_milestone, "
                          "lag_first_control_event, lag_excluded_events, lag_note "
                          "FROM technology ORDER BY label");
    if (!q)
        return q.error();
    QList<Technology> out;
    if (Status s = forEachRow(*q,
                              [&](Statement& r) {
                                  Technology t{r.integer(0), r.text(1), r.text(2),
                                               r.text(3),    r.text(4), {}};
                                  t.judgement.emergenceMilestone = r.text(5);
                                  t.judgement.firstControlEvent = r.text(6);
                                  t.judgement.excludedEvents =
                                      r.text(7).split(QLatin1Char(';'), Qt::SkipEmptyParts);
                                  t.judgement.note = r.text(8);
                                  out.append(std::move(t));
                              });
        !s)
        return s.error();
    return out;
}

Result<QHash<qint64, QStringList>> TimelineStore::linkedTexts(const char* sql)
{
    // One pass over a link table instead of a correlated subquery per row: the planner may
    // otherwise probe every technology for every event.
    auto q = m_db.prepare(sql);
    if (!q)
        return q.error();
    QHash<qint64, QStringList> out;
    if (Status s = forEachRow(*q, [&](Statement& r) { out[r.integer(0)].append(r.text(1)); }); !s)
        return s.error();
    return out;
}

Result<QList<Milestone>> TimelineStore::milestones()
{
    auto labels = linkedTexts("SELECT mt.milestone_id, t.label FROM milestone_technology mt "
                              "JOIN technology t ON t.id = mt.technology_id");
    if (!labels)
        return labels.error();
    auto q = m_db.prepare(
        "SELECT m.id, m.ext_id, m.date, m.milestone_class, m.milestone_type, m.description, "
        "m.source_url, m.source_url_2, m.confidence, m.notes "
        "FROM milestone m ORDER BY m.date, m.ext_id");
    if (!q)
        return q.error();
    QList<Milestone> out;
    if (Status s = forEachRow(*q,
                              [&](Statement& r) {
                                  Milestone m;
                                  m.id = r.integer(0);
                                  m.extId = r.text(1);
                                  m.date = PartialDate::parse(r.text(2)).value_or(PartialDate());
                                  m.milestoneClass = r.text(3);
                                  m.milestoneType = r.text(4);
                                  m.description = r.text(5);
                                  m.sourceUrl = r.text(6);
                                  m.sourceUrl2 = r.text(7);
                                  m.confidence =
                                      confidenceFromString(r.text(8)).value_or(Confidence::Low);
                                  m.notes = r.text(9);
                                  m.technologyLabels = labels->value(m.id);
                                  out.append(std::move(m));
                              });
        !s)
        return s.error();
    return out;
}

Result<QList<ControlEvent>> TimelineStore::events()
{
    auto labels = linkedTexts("SELECT et.event_id, t.label FROM event_technology et "
                              "JOIN technology t ON t.id = et.technology_id");
    if (!labels)
        return labels.error();
    auto codes = linkedTexts("SELECT event_id, code FROM event_entry");
    if (!codes)
        return codes.error();
    auto q = m_db.prepare(
        "SELECT e.id, e.ext_id, e.date, e.regime, e.event_type, e.entry_codes, e.description, "
        "e.source_url, e.source_url_2, e.confidence, e.notes "
        "FROM control_event e ORDER BY e.date, e.ext_id");
    if (!q)
        return q.error();
    QList<ControlEvent> out;
    if (Status s = forEachRow(*q,
                              [&](Statement& r) {
                                  ControlEvent e;
                                  e.id = r.integer(0);
                                  e.extId = r.text(1);
                                  e.date = PartialDate::parse(r.text(2)).value_or(PartialDate());
                                  e.regime = r.text(3);
                                  e.eventType = r.text(4);
                                  e.entryCodes = r.text(5);
                                  e.description = r.text(6);
                                  e.sourceUrl = r.text(7);
                                  e.sourceUrl2 = r.text(8);
                                  e.confidence =
                                      confidenceFromString(r.text(9)).value_or(Confidence::Low);
                                  e.notes = r.text(10);
                                  e.technologyLabels = labels->value(e.id);
                                  e.codes = codes->value(e.id);
                                  out.append(std::move(e));
                              });
        !s)
        return s.error();
    return out;
}

} // namespace paceline
