#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace paceline {

class Database;

// What one timeline import did to one kind of record, by id. An import replaces rows by id and
// adds the technologies its rows name; it never deletes, so `removed` stays empty unless a
// write went wrong, and rows the file does not name are counted in `notInFile`.
struct TimelineKindChanges {
    QString kind; // "control events", "technologies", "technology milestones", "eras"
    QStringList added;
    QStringList changed;
    QStringList removed;
    int unchanged = 0; // rows of the file stored exactly as they were
    int notInFile = 0; // stored rows of the file's kind that the file does not name (kept)
    bool isEmpty() const
    {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && unchanged == 0 &&
               notInFile == 0;
    }
};

// Every timeline row by kind and id, with its content as one comparable string.
class TimelineSnapshot {
public:
    static Result<TimelineSnapshot> read(Database& db);

    // The kinds in the order a summary names them.
    static const QStringList& kinds();
    const QHash<QString, QString>& rows(const QString& kind) const;

private:
    QHash<QString, QHash<QString, QString>> m_rows;
};

// The changes per kind between two snapshots. fileKind is the kind the file holds and fileIds
// the ids it names: they give the unchanged and not-in-file counts. Kinds without a change
// are left out.
QList<TimelineKindChanges> compareTimelineSnapshots(const TimelineSnapshot& before,
                                                    const TimelineSnapshot& after,
                                                    const QString& fileKind,
                                                    const QSet<QString>& fileIds);

} // namespace paceline
