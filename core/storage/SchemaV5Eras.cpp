#include "SchemaV5Eras.h"

#include "storage/Database.h"

namespace paceline {

namespace {

// IF NOT EXISTS: tests relabel newer files as older ones to run later steps again.
constexpr const char kCreateEraTable[] = "CREATE TABLE IF NOT EXISTS era ("
                                         "id         INTEGER PRIMARY KEY,"
                                         "ext_id     TEXT NOT NULL UNIQUE,"
                                         "label      TEXT NOT NULL,"
                                         "start_date TEXT NOT NULL,"
                                         "end_date   TEXT,"
                                         "kind       TEXT,"
                                         "note       TEXT,"
                                         "source_url TEXT)";

} // namespace

Status migrateToEras(Database& db)
{
    return db.exec(kCreateEraTable);
}

} // namespace paceline
