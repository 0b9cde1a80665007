#include "TimelineEditCommand.h"

#include "session/DatabaseSession.h"
#include "timeline/TimelineEditor.h"

#include <QCoreApplication>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TimelineEditCommand", text);
}

qint64 idOf(const TimelineRecord& r)
{
    return std::visit([](const auto& x) { return x.id; }, r);
}

void setId(TimelineRecord& r, qint64 id)
{
    std::visit([id](auto& x) { x.id = id; }, r);
}

Result<qint64> add(TimelineEditor& editor, const TimelineRecord& r)
{
    if (const auto* t = std::get_if<Technology>(&r))
        return editor.addTechnology(*t);
    if (const auto* m = std::get_if<Milestone>(&r))
        return editor.addMilestone(*m);
    if (const auto* e = std::get_if<Era>(&r))
        return editor.addEra(*e);
    return editor.addEvent(std::get<ControlEvent>(r));
}

Status update(TimelineEditor& editor, const TimelineRecord& r)
{
    if (const auto* t = std::get_if<Technology>(&r))
        return editor.updateTechnology(*t);
    if (const auto* m = std::get_if<Milestone>(&r))
        return editor.updateMilestone(*m);
    if (const auto* e = std::get_if<Era>(&r))
        return editor.updateEra(*e);
    return editor.updateEvent(std::get<ControlEvent>(r));
}

Status remove(TimelineEditor& editor, const TimelineRecord& r)
{
    if (std::holds_alternative<Technology>(r))
        return editor.deleteTechnology(idOf(r));
    if (std::holds_alternative<Milestone>(r))
        return editor.deleteMilestone(idOf(r));
    if (std::holds_alternative<Era>(r))
        return editor.deleteEra(idOf(r));
    return editor.deleteEvent(idOf(r));
}

} // namespace

QString describeRecord(const TimelineRecord& record)
{
    if (const auto* t = std::get_if<Technology>(&record))
        return tr("technology %1").arg(t->label);
    if (const auto* m = std::get_if<Milestone>(&record))
        return tr("milestone %1").arg(m->extId);
    if (const auto* e = std::get_if<Era>(&record))
        return tr("era %1").arg(e->extId);
    return tr("control event %1").arg(std::get<ControlEvent>(record).extId);
}

TimelineEditCommand::TimelineEditCommand(DatabaseSession* session, QString actor,
                                         std::optional<TimelineRecord> before,
                                         std::optional<TimelineRecord> after, Finished finished)
    : m_session(session)
    , m_path(session->path())
    , m_actor(std::move(actor))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_finished(std::move(finished))
{
    if (!m_before)
        setText(tr("Add %1").arg(describeRecord(*m_after)));
    else if (!m_after)
        setText(tr("Delete %1").arg(describeRecord(*m_before)));
    else
        setText(tr("Edit %1").arg(describeRecord(*m_after)));
}

qint64 TimelineEditCommand::rowId() const
{
    return m_after ? idOf(*m_after) : idOf(*m_before);
}

void TimelineEditCommand::redo()
{
    apply(m_before, m_after);
}

void TimelineEditCommand::undo()
{
    apply(m_after, m_before);
}

void TimelineEditCommand::apply(const std::optional<TimelineRecord>& from,
                                std::optional<TimelineRecord>& to)
{
    if (!m_session->isOpen() || m_session->path() != m_path) {
        setObsolete(true);
        return;
    }
    TimelineEditor editor(*m_session->database(), m_actor);
    Status s;
    if (!from) {
        // An add, or undoing a delete: the row keeps its id once it has one.
        auto id = add(editor, *to);
        if (id)
            setId(*to, id.value());
        else
            s = id.error();
    } else if (!to) {
        s = remove(editor, *from);
    } else {
        s = update(editor, *to);
    }
    if (!s)
        setObsolete(true);
    if (m_finished)
        m_finished(s);
    if (s)
        m_session->announce(ChangeSet(ChangeSet::Timeline));
}

} // namespace paceline
