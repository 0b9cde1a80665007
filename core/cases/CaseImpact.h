#pragma once

#include "cases/CaseTypes.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

class Database;

struct TermImpact {
    QString term;
    QStringList codes; // other entries of the base edition that use the term
};

// What else a case touches: other open cases on the same entry, the defined terms it changes
// and the entries that use them, and the corresponding entries in other lists.
struct CaseImpact {
    QList<CaseRecord> otherOpenCases;
    QList<TermImpact> terms;
    QStringList correspondingEntries; // "eu-annex-i 4A005"
};

// A term counts as changed when a definition case amends it (the target, or the first defined
// term quoted in the proposed text), or when an entry case starts or stops quoting it.
Result<CaseImpact> analyseCaseImpact(Database& db, const CaseRecord& c);

} // namespace paceline
