#pragma once

#include "util/Result.h"

#include <QString>

namespace paceline {

class Database;

// Writes one edition as paceline.list JSON to path (atomically); returns the node count.
Result<qint64> exportEditionJson(Database& db, qint64 editionId, const QString& path);

} // namespace paceline
