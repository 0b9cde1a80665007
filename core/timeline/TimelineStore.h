#pragma once

#include "timeline/TimelineTypes.h"
#include "util/Result.h"

#include <QHash>
#include <QList>

namespace paceline {

class Database;

// Reads and writes technologies, milestones and control events. Writers do not open a
// transaction of their own: callers wrap a whole import or edit in one.
class TimelineStore {
public:
    explicit TimelineStore(Database& db)
        : m_db(db)
    {
    }

    // Inserts the technology or, when the label exists, updates the non-empty fields.
    // Returns the technology's id.
    Result<qint64> upsertTechnology(const Technology& technology);
    // true when a new row was inserted, false when an existing row (same ext id) was replaced.
    Result<bool> upsertMilestone(const Milestone& milestone);
    Result<bool> upsertEvent(const ControlEvent& event);

    Result<QList<Technology>> technologies();
    Result<QList<Milestone>> milestones();
    Result<QList<ControlEvent>> events();

private:
    Result<qint64> technologyId(const QString& label);
    Result<QHash<qint64, QStringList>> linkedTexts(const char* sql);
    Status linkTechnologies(const char* sql, qint64 id, const QStringList& labels);
    Database& m_db;
};

} // namespace paceline
