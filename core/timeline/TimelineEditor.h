#pragma once

#include "timeline/Era.h"
#include "timeline/TimelineTypes.h"
#include "util/Result.h"

#include <QJsonObject>

#include <functional>

namespace paceline {

class Database;

// Single-row edits of the timeline tables, as the timeline editor makes them: each call is one
// transaction with an audit-log row. Records are checked first; a refused record changes
// nothing and the error's place is the field, named like its CSV column ("date",
// "source_url", "technology_label"), so that the dialog can point at it.
class TimelineEditor {
public:
    TimelineEditor(Database& db, QString actor);

    // Text fields trimmed, entry codes extracted from entry_codes: what would be stored.
    static Technology normalised(Technology t);
    static Milestone normalised(Milestone m);
    static ControlEvent normalised(ControlEvent e);
    static Era normalised(Era e) { return normalisedEra(std::move(e)); }

    Status checkTechnology(const Technology& t);
    Status checkMilestone(const Milestone& m);
    Status checkEvent(const ControlEvent& e);
    // The era rules (checkEra in Era.h) and an ext id no other era has.
    Status checkEra(const Era& e);

    // A record with id 0 gets a new id; a non-zero id is kept (undoing a delete brings the row
    // back as it was). Returns the row id.
    Result<qint64> addTechnology(const Technology& t);
    Result<qint64> addMilestone(const Milestone& m);
    Result<qint64> addEvent(const ControlEvent& e);
    // Replace the row with the record's id.
    Status updateTechnology(const Technology& t);
    Status updateMilestone(const Milestone& m);
    Status updateEvent(const ControlEvent& e);
    // Refused while other rows depend on the row: a technology with linked milestones or
    // events, a milestone or event named in a technology's lag judgement.
    Status checkDeleteTechnology(qint64 id);
    Status checkDeleteMilestone(qint64 id);
    Status checkDeleteEvent(qint64 id);
    Status deleteTechnology(qint64 id);
    Status deleteMilestone(qint64 id);
    Status deleteEvent(qint64 id);
    // Eras stand alone: nothing refers to them, so every era may be deleted
    // (TimelineEditorEras.cpp).
    Result<qint64> addEra(const Era& e);
    Status updateEra(const Era& e);
    Status deleteEra(qint64 id);

    // The next free id in the file's numbering: "TM-59", "CE-081".
    Result<QString> nextMilestoneId();
    Result<QString> nextEventId();
    Result<QString> nextEraId(); // "ERA-07"

private:
    Result<QString> extIdOf(const char* sql, qint64 id);
    Result<QStringList> judgementsNaming(const QString& column, const QString& extId);
    Status checkLabelsExist(const QStringList& labels);
    Status checkRename(const char* kind, qint64 id, const QString& newExtId);
    Status audit(const QString& entity, const QString& id, const QString& action,
                 const QJsonObject& detail);
    Result<qint64> writeTechnology(const Technology& t, bool insert);
    Result<qint64> writeMilestone(const Milestone& m, bool insert);
    Result<qint64> writeEvent(const ControlEvent& e, bool insert);
    Status linkTechnologies(const char* sql, qint64 id, const QStringList& labels);
    Result<QString> nextId(const char* sql, const QString& prefix, int width);
    Result<qint64> deleteById(const char* sql, qint64 id);
    Result<qint64> runEdit(const std::function<Status()>& check,
                           const std::function<Result<qint64>()>& write, const QString& entity,
                           const QString& key, const QString& action, const QJsonObject& detail);
    Database& m_db;
    QString m_actor;
};

} // namespace paceline
