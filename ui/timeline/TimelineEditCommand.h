#pragma once

#include "timeline/Era.h"
#include "timeline/TimelineTypes.h"
#include "util/Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>
#include <variant>

namespace paceline {

class DatabaseSession;

// The order is that of the editor's tables (TimelineEditorView::Table).
using TimelineRecord = std::variant<Technology, Milestone, ControlEvent, Era>;

// One edit of the timeline tables on the window's undo stack: an add (no `before`), a delete
// (no `after`) or a change. Every redo and undo is one TimelineEditor call (a transaction),
// then the session announces a timeline change so that the tables and the charts reload.
class TimelineEditCommand : public QUndoCommand {
public:
    using Finished = std::function<void(const Status&)>;
    TimelineEditCommand(DatabaseSession* session, QString actor,
                        std::optional<TimelineRecord> before, std::optional<TimelineRecord> after,
                        Finished finished);
    void redo() override;
    void undo() override;

    // The row id the command works on (known after the first redo of an add).
    qint64 rowId() const;

private:
    void apply(const std::optional<TimelineRecord>& from, std::optional<TimelineRecord>& to);
    DatabaseSession* m_session;
    QString m_path; // the database the edit belongs to; another one open makes it obsolete
    QString m_actor;
    std::optional<TimelineRecord> m_before;
    std::optional<TimelineRecord> m_after;
    Finished m_finished;
};

// "milestone TM-09", "control event CE-019", "technology intrusion_software", "era ERA-03"
QString describeRecord(const TimelineRecord& record);

} // namespace paceline
