#pragma once

#include "pacing/ImplementationTable.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace paceline {

class Database;

struct PacingOptions {
    // The regime's list whose changes are followed; empty: the Wassenaar dual-use list, or the
    // first list of regime "wa" with two dated editions.
    QString regimeListKey;
};

// From a regime list's edition diffs to each national list that implements it: which change,
// decided when, taken up by which edition of each list (or dated by a timeline event), with
// what wording and after how long. National lists are those of other regimes that share at
// least a tenth of the regime's entry codes (through the concordance). Reads only.
Result<ImplementationTable> computeImplementation(Database& db, const PacingOptions& options = {},
                                                  const ProgressCallback& progress = {});

// Lists with two or more dated editions, the ones whose changes can be followed.
Result<QStringList> regimeListCandidates(Database& db);

} // namespace paceline
