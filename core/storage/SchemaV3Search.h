#pragma once

#include "util/Result.h"

namespace paceline {

class Database;

// Schema version 3: search_term, the words of node_fts with their node counts (see
// core/search/SearchVocabulary.h), filled from the existing index.
Status migrateToSearchVocabulary(Database& db);

} // namespace paceline
