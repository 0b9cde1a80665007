#include "TimelineEditor.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/UrlPolicy.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace paceline {

namespace {

Error fieldError(const char* field, const QString& message)
{
    return badInput(message, QLatin1String(field));
}

QStringList trimmedList(const QStringList& list)
{
    QStringList out;
    for (const QString& s : list)
        if (!s.trimmed().isEmpty() && !out.contains(s.trimmed()))
            out << s.trimmed();
    return out;
}

// Ids and labels end up in CSV cells and in "; "-separated lists: no spaces, no separators.
Status checkKey(const char* field, const QString& value)
{
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9_.\\-/]+$"));
    if (value.isEmpty())
        return fieldError(field, QStringLiteral("must not be empty"));
    if (!key.match(value).hasMatch())
        return fieldError(
            field,
            QStringLiteral("\"%1\" may hold only letters, digits and _ . - /").arg(value.left(40)));
    return {};
}

Status checkUrl(const char* field, const QString& value)
{
    if (value.isEmpty() || isOpenableExternalUrl(QUrl(value, QUrl::StrictMode)))
        return {};
    return fieldError(
        field, QStringLiteral("\"%1\" is not an http(s) address with a host").arg(value.left(60)));
}

} // namespace

TimelineEditor::TimelineEditor(Database& db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Technology TimelineEditor::normalised(Technology t)
{
    t.label = t.label.trimmed();
    t.name = t.name.trimmed();
    t.category = t.category.trimmed();
    t.description = t.description.trimmed();
    t.judgement.emergenceMilestone = t.judgement.emergenceMilestone.trimmed();
    t.judgement.firstControlEvent = t.judgement.firstControlEvent.trimmed();
    t.judgement.excludedEvents = trimmedList(t.judgement.excludedEvents);
    t.judgement.note = t.judgement.note.trimmed();
    return t;
}

Milestone TimelineEditor::normalised(Milestone m)
{
    m.extId = m.extId.trimmed();
    m.technologyLabels = trimmedList(m.technologyLabels);
    for (QString* s : {&m.milestoneClass, &m.milestoneType, &m.description, &m.sourceUrl,
                       &m.sourceUrl2, &m.notes})
        *s = s->trimmed();
    return m;
}

ControlEvent TimelineEditor::normalised(ControlEvent e)
{
    e.extId = e.extId.trimmed();
    e.technologyLabels = trimmedList(e.technologyLabels);
    for (QString* s : {&e.regime, &e.eventType, &e.entryCodes, &e.description, &e.sourceUrl,
                       &e.sourceUrl2, &e.notes})
        *s = s->trimmed();
    e.codes = extractEntryCodes(e.entryCodes);
    return e;
}

Status TimelineEditor::checkLabelsExist(const QStringList& labels)
{
    if (labels.isEmpty())
        return fieldError("technology_label", QStringLiteral("choose at least one technology"));
    auto q = m_db.prepare("SELECT 1 FROM technology WHERE label = ?1");
    if (!q)
        return q.error();
    for (const QString& label : labels) {
        q->reset();
        q->bind(1, label);
        auto hit = q->step();
        if (!hit)
            return hit.error();
        if (!hit.value())
            return fieldError("technology_label",
                              QStringLiteral("\"%1\" is not a known technology; add it in the "
                                             "Technologies table first")
                                  .arg(label.left(60)));
    }
    return {};
}

// Whether another row (not `id`) already uses the key; sql selects by ?1 = key, ?2 = id.
static Result<bool> taken(Database& db, const char* sql, const QString& key, qint64 id)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, key).bind(2, id);
    return q->step();
}

static Result<bool> exists(Database& db, const char* sql, const QString& key)
{
    return taken(db, sql, key, -1);
}

Status TimelineEditor::checkTechnology(const Technology& t)
{
    if (Status s = checkKey("technology_label", t.label); !s)
        return s;
    auto dup = taken(m_db, "SELECT 1 FROM technology WHERE label = ?1 AND id <> ?2", t.label, t.id);
    if (!dup)
        return dup.error();
    if (dup.value())
        return fieldError("technology_label",
                          QStringLiteral("\"%1\" is already a technology").arg(t.label));
    if (t.name.isEmpty())
        return fieldError("technology_name", QStringLiteral("must not be empty"));
    const LagJudgement& j = t.judgement;
    if (!j.emergenceMilestone.isEmpty()) {
        auto m = exists(m_db, "SELECT 1 FROM milestone WHERE ext_id = ?1 AND id <> ?2",
                        j.emergenceMilestone);
        if (!m)
            return m.error();
        if (!m.value())
            return fieldError("lag_emergence_milestone_id",
                              QStringLiteral("no milestone \"%1\"").arg(j.emergenceMilestone));
    }
    QStringList events = j.excludedEvents;
    if (!j.firstControlEvent.isEmpty())
        events.prepend(j.firstControlEvent);
    for (const QString& id : events) {
        auto e = exists(m_db, "SELECT 1 FROM control_event WHERE ext_id = ?1 AND id <> ?2", id);
        if (!e)
            return e.error();
        if (!e.value())
            return fieldError(id == j.firstControlEvent ? "lag_first_control_event_id"
                                                        : "lag_excluded_event_ids",
                              QStringLiteral("no control event \"%1\"").arg(id));
    }
    return {};
}

Status TimelineEditor::checkMilestone(const Milestone& m)
{
    if (Status s = checkKey("milestone_id", m.extId); !s)
        return s;
    auto dup = taken(m_db, "SELECT 1 FROM milestone WHERE ext_id = ?1 AND id <> ?2", m.extId, m.id);
    if (!dup)
        return dup.error();
    if (dup.value())
        return fieldError("milestone_id",
                          QStringLiteral("\"%1\" is already a milestone's id").arg(m.extId));
    if (Status s = checkRename("milestone", m.id, m.extId); !s)
        return s;
    if (Status s = checkTimelineDate(m.date); !s)
        return s;
    if (Status s = checkLabelsExist(m.technologyLabels); !s)
        return s;
    if (!milestoneClasses().contains(m.milestoneClass))
        return fieldError("milestone_class", QStringLiteral("\"%1\" is not one of %2")
                                                 .arg(m.milestoneClass, milestoneClasses().join(
                                                                            QStringLiteral(", "))));
    if (Status s = checkUrl("source_url", m.sourceUrl); !s)
        return s;
    return checkUrl("source_url_2", m.sourceUrl2);
}

Status TimelineEditor::checkEvent(const ControlEvent& e)
{
    if (Status s = checkKey("event_id", e.extId); !s)
        return s;
    auto dup =
        taken(m_db, "SELECT 1 FROM control_event WHERE ext_id = ?1 AND id <> ?2", e.extId, e.id);
    if (!dup)
        return dup.error();
    if (dup.value())
        return fieldError("event_id",
                          QStringLiteral("\"%1\" is already an event's id").arg(e.extId));
    if (Status s = checkRename("event", e.id, e.extId); !s)
        return s;
    if (Status s = checkTimelineDate(e.date); !s)
        return s;
    if (e.regime.isEmpty())
        return fieldError("regime", QStringLiteral("must not be empty"));
    if (Status s = checkLabelsExist(e.technologyLabels); !s)
        return s;
    if (Status s = checkUrl("source_url", e.sourceUrl); !s)
        return s;
    return checkUrl("source_url_2", e.sourceUrl2);
}

Result<QString> TimelineEditor::extIdOf(const char* sql, qint64 id)
{
    auto q = m_db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, id);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(QStringLiteral("the row no longer exists; reload the table"));
    return q->text(0);
}

Result<QStringList> TimelineEditor::judgementsNaming(const QString& column, const QString& extId)
{
    auto q = column == QLatin1String("milestone")
                 ? m_db.prepare("SELECT label FROM technology WHERE lag_emergence_milestone = ?1")
                 : m_db.prepare("SELECT label FROM technology WHERE lag_first_control_event = ?1 "
                                "OR instr(';' || coalesce(lag_excluded_events, '') || ';', "
                                "';' || ?1 || ';') > 0");
    if (!q)
        return q.error();
    q->bind(1, extId);
    QStringList labels;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            return labels;
        labels << q->text(0);
    }
}

// A lag judgement names milestones and events by ext id: renaming one it names would leave
// the judgement pointing at nothing.
Status TimelineEditor::checkRename(const char* kind, qint64 id, const QString& newExtId)
{
    if (id == 0)
        return {};
    const bool milestone = QLatin1String(kind) == QLatin1String("milestone");
    auto q = milestone ? m_db.prepare("SELECT ext_id FROM milestone WHERE id = ?1")
                       : m_db.prepare("SELECT ext_id FROM control_event WHERE id = ?1");
    if (!q)
        return q.error();
    q->bind(1, id);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return {}; // not there (yet): an undone delete coming back
    const QString old = q->text(0);
    if (old == newExtId)
        return {};
    auto users = judgementsNaming(QLatin1String(kind), old);
    if (!users)
        return users.error();
    if (!users->isEmpty())
        return fieldError(milestone ? "milestone_id" : "event_id",
                          QStringLiteral("%1 is named in the lag judgement of %2; it keeps its id "
                                         "until that judgement is changed")
                              .arg(old, users->join(QStringLiteral(", "))));
    return {};
}

Status TimelineEditor::checkDeleteTechnology(qint64 id)
{
    auto label = extIdOf("SELECT label FROM technology WHERE id = ?1", id);
    if (!label)
        return label.error();
    auto q = m_db.prepare("SELECT (SELECT count(*) FROM milestone_technology WHERE "
                          "technology_id = ?1), (SELECT count(*) FROM event_technology WHERE "
                          "technology_id = ?1)");
    if (!q)
        return q.error();
    q->bind(1, id);
    if (auto row = q->step(); !row)
        return row.error();
    if (q->integer(0) + q->integer(1) > 0)
        return fieldError("technology_label",
                          QStringLiteral("%1 is linked to %2 milestone(s) and %3 control event(s); "
                                         "unlink or delete those first")
                              .arg(label.value())
                              .arg(q->integer(0))
                              .arg(q->integer(1)));
    return {};
}

Status TimelineEditor::checkDeleteMilestone(qint64 id)
{
    auto ext = extIdOf("SELECT ext_id FROM milestone WHERE id = ?1", id);
    if (!ext)
        return ext.error();
    auto users = judgementsNaming(QStringLiteral("milestone"), ext.value());
    if (!users)
        return users.error();
    if (!users->isEmpty())
        return fieldError("milestone_id",
                          QStringLiteral("%1 is the emergence milestone chosen for %2; change "
                                         "that technology's lag judgement first")
                              .arg(ext.value(), users->join(QStringLiteral(", "))));
    return {};
}

Status TimelineEditor::checkDeleteEvent(qint64 id)
{
    auto ext = extIdOf("SELECT ext_id FROM control_event WHERE id = ?1", id);
    if (!ext)
        return ext.error();
    auto users = judgementsNaming(QStringLiteral("event"), ext.value());
    if (!users)
        return users.error();
    if (!users->isEmpty())
        return fieldError("event_id", QStringLiteral("%1 is named in the lag judgement of %2; "
                                                     "change that technology first")
                                          .arg(ext.value(), users->join(QStringLiteral(", "))));
    return {};
}

Status TimelineEditor::audit(const QString& entity, const QString& id, const QString& action,
                             const QJsonObject& detail)
{
    return AuditLog(m_db).append(AuditEntry{m_actor, entity, id, action, detail, {}});
}

Result<QString> TimelineEditor::nextId(const char* sql, const QString& prefix, int width)
{
    auto q = m_db.prepare(sql);
    if (!q)
        return q.error();
    int highest = 0;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString id = q->text(0);
        if (id.startsWith(prefix))
            highest = std::max(highest, id.mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1).rightJustified(width, QLatin1Char('0'));
}

Result<QString> TimelineEditor::nextMilestoneId()
{
    return nextId("SELECT ext_id FROM milestone", QStringLiteral("TM-"), 2);
}

Result<QString> TimelineEditor::nextEventId()
{
    return nextId("SELECT ext_id FROM control_event", QStringLiteral("CE-"), 3);
}

} // namespace paceline
