#include "SchemaV6ImportSpeed.h"

#include "storage/Database.h"

namespace paceline {

namespace {

// IF EXISTS: tests relabel newer files as older ones to run later steps again.
constexpr const char kDropNodeCodeIndex[] = "DROP INDEX IF EXISTS node_code";
// Kept by FTS5 in node_fts_config; affects only how the index is laid out, not what it finds.
constexpr const char kMergeByEight[] =
    "INSERT INTO node_fts (node_fts, rank) VALUES ('automerge', 8)";

} // namespace

Status migrateToImportSpeed(Database& db)
{
    if (Status s = db.exec(kDropNodeCodeIndex); !s)
        return s;
    return db.exec(kMergeByEight);
}

} // namespace paceline
