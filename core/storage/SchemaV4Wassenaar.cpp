#include "SchemaV4Wassenaar.h"

#include "storage/Database.h"

namespace paceline {

Status migrateToTermScopeAndSensitivity(Database& db)
{
    // Safe to run twice (tests relabel newer files as older ones to re-run later steps).
    auto has = db.prepare("SELECT count(*) FROM pragma_table_info('term') WHERE name = 'scope'");
    if (!has)
        return has.error();
    auto row = has->step();
    if (!row)
        return row.error();
    if (has->integer(0) == 0)
        if (Status s = db.exec("ALTER TABLE term ADD COLUMN scope TEXT"); !s)
            return s;
    // Partial: only the few marked nodes are in it. Queries must spell the expression the same
    // way (core/search/Sensitivity.cpp) for SQLite to use it.
    return db.exec("CREATE INDEX IF NOT EXISTS node_sensitivity ON node "
                   "(json_extract(attributes, '$.sensitivity'), edition_id) "
                   "WHERE json_extract(attributes, '$.sensitivity') IS NOT NULL");
}

} // namespace paceline
