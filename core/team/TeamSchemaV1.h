#pragma once

namespace paceline {

// Team schema version 1, in the schema "paceline" of the team database. Tables parallel the
// local SQLite ones (amendment_case, case_comment, case_signoff, ...); the rules make the server
// the one that enforces the roles, whatever client connects.
const char* teamSchemaV1TablesSql();
// Group roles, grants, row-level security, the workflow and audit triggers.
const char* teamSchemaV1RulesSql();

} // namespace paceline
