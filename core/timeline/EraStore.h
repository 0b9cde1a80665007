#pragma once

#include "timeline/Era.h"
#include "util/Result.h"

#include <QList>

namespace paceline {

class Database;

// Reads and writes eras. Like TimelineStore, writers open no transaction of their own: callers
// wrap a whole import or edit in one.
class EraStore {
public:
    explicit EraStore(Database& db)
        : m_db(db)
    {
    }

    // By start date, then id.
    Result<QList<Era>> eras();
    // Inserts the era or replaces the one with the same ext id (its row id is kept).
    // true when a new row was inserted.
    Result<bool> upsert(const Era& era);
    // The editor's writes: an era with id 0 gets a new id, another id is kept (undoing a delete
    // brings the row back as it was). Returns the row id.
    Result<qint64> insert(const Era& era);
    Status update(const Era& era);
    Status remove(qint64 id);
    // Whether another row than `id` has this ext id.
    Result<bool> extIdTaken(const QString& extId, qint64 id);
    // The ext id of the row, or an error when it is gone.
    Result<QString> extIdOf(qint64 id);

private:
    Database& m_db;
};

} // namespace paceline
