#pragma once

namespace paceline {

// The complete data model of DESIGN.md as schema version 1. Later versions add to it through
// migrations; this text never changes once released.
const char* schemaVersion1Sql();

} // namespace paceline
