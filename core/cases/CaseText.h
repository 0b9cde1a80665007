#pragma once

#include "cases/CaseTypes.h"
#include "lists/ListDocument.h"
#include "lists/ListStore.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace paceline {

class Database;

// The text a case starts from when it amends an entry: the heading as the first paragraph, then
// the entry's own text and each item as a paragraph of its own (indented by depth, with its
// label). The code stays out of the text: the case keeps it as its target, so that editing
// words cannot damage "4.A.5", and documents set it apart.
QString caseTextOf(const QList<SubtreeNode>& nodes);
Result<QString> caseTextOfEntry(Database& db, qint64 editionId, const QString& code);

// The text a definition case starts from: the quoted term and its definition, one paragraph
// ("\"vulnerability disclosure\": Identifying …", or "\"x\" means …" when the definition
// says "means" itself). Not the entry the term was found in.
QString caseTextOfTerm(const ListTerm& term);

// The base text for each kind of target in the edition: an entry or an item with what is under
// it (caseTextOf, the item's label being part of its code), a note's text, a defined term's
// definition (name is the term). An error names the code or term the edition lacks.
Result<QString> caseTextOfTarget(Database& db, qint64 editionId, CaseTargetKind kind,
                                 const QString& code, const QString& name);

} // namespace paceline
