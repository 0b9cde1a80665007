#pragma once

#include "cases/CaseTypes.h"
#include "util/Result.h"

#include <QString>

namespace paceline {

// How people read what a case amends: "4.E.1", "4.A.5.b", "4.E.1 — Note 1",
// "4.E.1 — definition of "vulnerability disclosure"" (or without the entry when the term was
// chosen from the list's definitions). Used by the editor, the Cases dock, documents and bundles
// alike, so that a target reads the same everywhere.
QString caseTargetTitle(CaseTargetKind kind, const QString& code, const QString& name);
QString caseTargetTitle(const CaseRecord& c);

// The kind of case a target suggests: a defined term is amended by "Amend definition", a note
// by "Add or change a note / decontrol", an entry or item by "Amend entry".
CaseKind caseKindForTarget(CaseTargetKind kind);

// Whether the kind and the target go together: an "Amend definition" case needs a defined term
// as its target, and a defined term is changed only by such a case. The error names the field
// ("target" or "kind").
Status checkCaseTarget(const CaseRecord& c);

} // namespace paceline
