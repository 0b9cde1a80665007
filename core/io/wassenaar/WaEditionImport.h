#pragma once

#include "io/ImportService.h"
#include "io/wassenaar/WaEditionReader.h"

namespace paceline {

class Database;

// Writes both lists of a Wassenaar edition in one transaction: either both are imported or
// neither. `place` names the folder or file in the report.
Result<ImportReport> importWaEdition(Database& db, const WaEdition& edition, const QString& place,
                                     const ProgressCallback& progress = {});

} // namespace paceline
