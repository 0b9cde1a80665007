#include "SchemaV7CaseTargets.h"

#include "storage/Database.h"

namespace paceline {

namespace {

constexpr const char kHasTargetKind[] =
    "SELECT count(*) FROM pragma_table_info('amendment_case') WHERE name = 'target_kind'";
constexpr const char kAddColumns[] =
    "ALTER TABLE amendment_case ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'entry' "
    "CHECK (target_kind IN ('entry', 'item', 'note', 'term'));"
    "ALTER TABLE amendment_case ADD COLUMN target_name TEXT;";
// A case made on an item or a note of its base edition: the node says which. (base_edition_id
// and target_code are the case's: node has no columns of those names.)
constexpr const char kClassifyOlderCases[] =
    "UPDATE amendment_case SET "
    "target_kind = (SELECT CASE n.kind WHEN 'note' THEN 'note' ELSE 'item' END FROM node n "
    "  WHERE n.edition_id = base_edition_id AND n.code = target_code),"
    "target_name = (SELECT CASE n.kind WHEN 'note' THEN n.label END FROM node n "
    "  WHERE n.edition_id = base_edition_id AND n.code = target_code) "
    "WHERE target_kind = 'entry' AND kind <> 'amend_definition' AND EXISTS (SELECT 1 FROM node n "
    "  WHERE n.edition_id = base_edition_id AND n.code = target_code "
    "  AND (n.kind = 'item' OR n.kind = 'note' OR n.kind = 'text'))";

} // namespace

Status migrateToCaseTargets(Database& db)
{
    // Safe to run twice (tests relabel newer files as older ones to re-run later steps).
    auto has = db.prepare(kHasTargetKind);
    if (!has)
        return has.error();
    auto row = has->step();
    if (!row)
        return row.error();
    if (has->integer(0) == 0)
        if (Status s = db.exec(kAddColumns); !s)
            return s;
    return db.exec(kClassifyOlderCases);
}

} // namespace paceline
