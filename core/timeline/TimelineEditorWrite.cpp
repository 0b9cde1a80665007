// The writing half of TimelineEditor: one transaction per edit, checked first, audited.
#include "TimelineEditor.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>

namespace paceline {

namespace {

QJsonObject toJson(const Technology& t)
{
    return {{QStringLiteral("technology_name"), t.name},
            {QStringLiteral("category"), t.category},
            {QStringLiteral("lag_emergence_milestone_id"), t.judgement.emergenceMilestone},
            {QStringLiteral("lag_first_control_event_id"), t.judgement.firstControlEvent},
            {QStringLiteral("lag_excluded_event_ids"),
             t.judgement.excludedEvents.join(QStringLiteral("; "))}};
}

QJsonObject toJson(const Milestone& m)
{
    return {{QStringLiteral("date"), m.date.toIsoString()},
            {QStringLiteral("technology_label"), m.technologyLabels.join(QStringLiteral("; "))},
            {QStringLiteral("milestone_class"), m.milestoneClass},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("source_url"), m.sourceUrl},
            {QStringLiteral("confidence"), confidenceName(m.confidence)}};
}

QJsonObject toJson(const ControlEvent& e)
{
    return {{QStringLiteral("date"), e.date.toIsoString()},
            {QStringLiteral("regime"), e.regime},
            {QStringLiteral("entry_codes"), e.entryCodes},
            {QStringLiteral("technology_label"), e.technologyLabels.join(QStringLiteral("; "))},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("source_url"), e.sourceUrl},
            {QStringLiteral("confidence"), confidenceName(e.confidence)}};
}

Status toStatus(const Result<qint64>& r)
{
    return r ? Status() : Status(r.error());
}

void bindId(Statement& q, qint64 id)
{
    if (id > 0)
        q.bind(1, id);
    else
        q.bindNull(1);
}

} // namespace

Status TimelineEditor::linkTechnologies(const char* sql, qint64 id, const QStringList& labels)
{
    auto link = m_db.prepare(sql);
    if (!link)
        return link.error();
    for (const QString& label : labels) {
        link->bind(1, id).bind(2, label);
        if (Status s = link->run(); !s)
            return s;
    }
    return {};
}

Result<qint64> TimelineEditor::writeTechnology(const Technology& t, bool insert)
{
    auto q = insert ? m_db.prepare("INSERT INTO technology (id, label, name, category, "
                                   "description, lag_emergence_milestone, lag_first_control_event, "
                                   "lag_excluded_events, lag_note) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    : m_db.prepare("UPDATE technology SET label = ?2, name = ?3, category = ?4, "
                                   "description = ?5, lag_emergence_milestone = ?6, "
                                   "lag_first_control_event = ?7, lag_excluded_events = ?8, "
                                   "lag_note = ?9 WHERE id = ?1");
    if (!q)
        return q.error();
    bindId(*q, t.id);
    q->bind(2, t.label).bind(3, t.name).bindOptional(4, t.category).bindOptional(5, t.description);
    const LagJudgement& j = t.judgement;
    q->bindOptional(6, j.emergenceMilestone).bindOptional(7, j.firstControlEvent);
    // Stored ';'-joined without spaces, as TimelineStore writes it.
    q->bindOptional(8, j.excludedEvents.join(QLatin1Char(';'))).bindOptional(9, j.note);
    if (Status s = q->run(); !s)
        return s.error();
    if (!insert && m_db.changes() != 1)
        return makeError(QStringLiteral("the technology no longer exists; reload the table"));
    return insert ? m_db.lastInsertId() : t.id;
}

Result<qint64> TimelineEditor::writeMilestone(const Milestone& m, bool insert)
{
    auto q = insert
                 ? m_db.prepare("INSERT INTO milestone (id, ext_id, date, date_precision, "
                                "milestone_class, milestone_type, description, source_url, "
                                "source_url_2, confidence, notes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                 : m_db.prepare("UPDATE milestone SET ext_id = ?2, date = ?3, "
                                "date_precision = ?4, milestone_class = ?5, milestone_type = ?6, "
                                "description = ?7, source_url = ?8, source_url_2 = ?9, "
                                "confidence = ?10, notes = ?11 WHERE id = ?1");
    if (!q)
        return q.error();
    bindId(*q, m.id);
    q->bind(2, m.extId)
        .bind(3, m.date.toIsoString())
        .bind(4, PartialDate::precisionName(m.date.precision()));
    q->bind(5, m.milestoneClass).bindOptional(6, m.milestoneType).bindOptional(7, m.description);
    q->bindOptional(8, m.sourceUrl).bindOptional(9, m.sourceUrl2);
    q->bind(10, confidenceName(m.confidence)).bindOptional(11, m.notes);
    if (Status s = q->run(); !s)
        return s.error();
    if (!insert && m_db.changes() != 1)
        return makeError(QStringLiteral("the milestone no longer exists; reload the table"));
    const qint64 id = insert ? m_db.lastInsertId() : m.id;
    auto unlink = m_db.prepare("DELETE FROM milestone_technology WHERE milestone_id = ?1");
    if (!unlink)
        return unlink.error();
    unlink->bind(1, id);
    if (Status s = unlink->run(); !s)
        return s.error();
    if (Status s = linkTechnologies("INSERT INTO milestone_technology (milestone_id, "
                                    "technology_id) SELECT ?1, id FROM technology WHERE label = ?2",
                                    id, m.technologyLabels);
        !s)
        return s.error();
    return id;
}

Result<qint64> TimelineEditor::writeEvent(const ControlEvent& e, bool insert)
{
    auto q = insert ? m_db.prepare("INSERT INTO control_event (id, ext_id, date, date_precision, "
                                   "regime, event_type, entry_codes, description, source_url, "
                                   "source_url_2, confidence, notes) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                    : m_db.prepare("UPDATE control_event SET ext_id = ?2, date = ?3, "
                                   "date_precision = ?4, regime = ?5, event_type = ?6, "
                                   "entry_codes = ?7, description = ?8, source_url = ?9, "
                                   "source_url_2 = ?10, confidence = ?11, notes = ?12 "
                                   "WHERE id = ?1");
    if (!q)
        return q.error();
    bindId(*q, e.id);
    q->bind(2, e.extId)
        .bind(3, e.date.toIsoString())
        .bind(4, PartialDate::precisionName(e.date.precision()));
    q->bind(5, e.regime).bindOptional(6, e.eventType).bindOptional(7, e.entryCodes);
    q->bindOptional(8, e.description).bindOptional(9, e.sourceUrl).bindOptional(10, e.sourceUrl2);
    q->bind(11, confidenceName(e.confidence)).bindOptional(12, e.notes);
    if (Status s = q->run(); !s)
        return s.error();
    if (!insert && m_db.changes() != 1)
        return makeError(QStringLiteral("the control event no longer exists; reload the table"));
    const qint64 id = insert ? m_db.lastInsertId() : e.id;
    for (const char* sql : {"DELETE FROM event_technology WHERE event_id = ?1",
                            "DELETE FROM event_entry WHERE event_id = ?1"}) {
        auto unlink = m_db.prepare(sql);
        if (!unlink)
            return unlink.error();
        unlink->bind(1, id);
        if (Status s = unlink->run(); !s)
            return s.error();
    }
    if (Status s = linkTechnologies("INSERT INTO event_technology (event_id, technology_id) "
                                    "SELECT ?1, id FROM technology WHERE label = ?2",
                                    id, e.technologyLabels);
        !s)
        return s.error();
    if (Status s = linkTechnologies("INSERT OR IGNORE INTO event_entry (event_id, code) "
                                    "VALUES (?1, ?2)",
                                    id, e.codes);
        !s)
        return s.error();
    return id;
}

Result<qint64> TimelineEditor::runEdit(const std::function<Status()>& check,
                                       const std::function<Result<qint64>()>& write,
                                       const QString& entity, const QString& key,
                                       const QString& action, const QJsonObject& detail)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = check(); !s)
        return s.error();
    auto id = write();
    if (!id)
        return id.error();
    if (Status s = audit(entity, key, action, detail); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> TimelineEditor::addTechnology(const Technology& t)
{
    const Technology r = normalised(t);
    return runEdit([&] { return checkTechnology(r); }, [&] { return writeTechnology(r, true); },
                   QStringLiteral("technology"), r.label, QStringLiteral("create"), toJson(r));
}

Status TimelineEditor::updateTechnology(const Technology& t)
{
    const Technology r = normalised(t);
    return toStatus(runEdit([&] { return checkTechnology(r); },
                            [&] { return writeTechnology(r, false); }, QStringLiteral("technology"),
                            r.label, QStringLiteral("edit"), toJson(r)));
}

Result<qint64> TimelineEditor::addMilestone(const Milestone& m)
{
    const Milestone r = normalised(m);
    return runEdit([&] { return checkMilestone(r); }, [&] { return writeMilestone(r, true); },
                   QStringLiteral("milestone"), r.extId, QStringLiteral("create"), toJson(r));
}

Status TimelineEditor::updateMilestone(const Milestone& m)
{
    const Milestone r = normalised(m);
    return toStatus(runEdit([&] { return checkMilestone(r); },
                            [&] { return writeMilestone(r, false); }, QStringLiteral("milestone"),
                            r.extId, QStringLiteral("edit"), toJson(r)));
}

Result<qint64> TimelineEditor::addEvent(const ControlEvent& e)
{
    const ControlEvent r = normalised(e);
    return runEdit([&] { return checkEvent(r); }, [&] { return writeEvent(r, true); },
                   QStringLiteral("control_event"), r.extId, QStringLiteral("create"), toJson(r));
}

Status TimelineEditor::updateEvent(const ControlEvent& e)
{
    const ControlEvent r = normalised(e);
    return toStatus(runEdit([&] { return checkEvent(r); }, [&] { return writeEvent(r, false); },
                            QStringLiteral("control_event"), r.extId, QStringLiteral("edit"),
                            toJson(r)));
}

Status TimelineEditor::deleteTechnology(qint64 id)
{
    auto label = extIdOf("SELECT label FROM technology WHERE id = ?1", id);
    if (!label)
        return label.error();
    return toStatus(runEdit([&] { return checkDeleteTechnology(id); },
                            [&] { return deleteById("DELETE FROM technology WHERE id = ?1", id); },
                            QStringLiteral("technology"), label.value(), QStringLiteral("delete"),
                            {}));
}

Status TimelineEditor::deleteMilestone(qint64 id)
{
    auto ext = extIdOf("SELECT ext_id FROM milestone WHERE id = ?1", id);
    if (!ext)
        return ext.error();
    return toStatus(runEdit([&] { return checkDeleteMilestone(id); },
                            [&] { return deleteById("DELETE FROM milestone WHERE id = ?1", id); },
                            QStringLiteral("milestone"), ext.value(), QStringLiteral("delete"),
                            {}));
}

Status TimelineEditor::deleteEvent(qint64 id)
{
    auto ext = extIdOf("SELECT ext_id FROM control_event WHERE id = ?1", id);
    if (!ext)
        return ext.error();
    return toStatus(
        runEdit([&] { return checkDeleteEvent(id); },
                [&] { return deleteById("DELETE FROM control_event WHERE id = ?1", id); },
                QStringLiteral("control_event"), ext.value(), QStringLiteral("delete"), {}));
}

Result<qint64> TimelineEditor::deleteById(const char* sql, qint64 id)
{
    // Link rows go with the row (ON DELETE CASCADE).
    auto q = m_db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, id);
    if (Status s = q->run(); !s)
        return s.error();
    return id;
}

} // namespace paceline
