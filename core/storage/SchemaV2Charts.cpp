#include "SchemaV2Charts.h"

#include "storage/Database.h"

namespace paceline {

Status migrateToLagJudgements(Database& db)
{
    // Optional columns: NULL means "apply the rules" (see core/timeline/LagAnalysis.h).
    return db.exec("ALTER TABLE technology ADD COLUMN lag_emergence_milestone TEXT;"
                   "ALTER TABLE technology ADD COLUMN lag_first_control_event TEXT;"
                   "ALTER TABLE technology ADD COLUMN lag_excluded_events TEXT;"
                   "ALTER TABLE technology ADD COLUMN lag_note TEXT;");
}

} // namespace paceline
