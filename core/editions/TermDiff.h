#pragma once

#include "util/Result.h"

#include <QStringList>

namespace paceline {

class Database;

// The defined terms of two editions of a list, compared by term: the ones added, removed and
// whose definition changed (typography ignored on request), each sorted alphabetically.
struct TermComparison {
    QStringList added;
    QStringList removed;
    QStringList changed;
};

Result<TermComparison> compareTerms(Database& db, qint64 fromEditionId, qint64 toEditionId,
                                    bool ignoreTypography = false);

} // namespace paceline
