#pragma once

#include "cases/CaseTypes.h"
#include "lists/ListDocument.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace paceline {

class Database;

// One thing a case on an entry may amend, as the proposing analyst chooses it.
struct CaseTargetOption {
    CaseTargetKind kind = CaseTargetKind::Entry;
    QString code;    // the entry, item or note; for a term, the entry it is used in
    QString name;    // the term, or the note's label
    QString title;   // caseTargetTitle: "4.E.1 — definition of "vulnerability disclosure""
    QString preview; // the start of its text or definition, for the chooser
    int depth = 0;   // items and notes under the entry: 1 and deeper
};

struct CaseTargetChoices {
    QString entryCode; // the entry the options belong to
    QString focusCode; // the node that was asked for (an item, say): the one to preselect
    QList<CaseTargetOption> options;
};

// What "Propose Amendment" on a node of an edition may aim at: the entry containing it, each
// item and note under the entry in document order, then the defined terms the entry uses.
Result<CaseTargetChoices> caseTargetChoices(Database& db, qint64 editionId, const QString& code);

// Every defined term of the edition, by term: for a definition chosen from the whole list.
Result<QList<ListTerm>> definedTermsOf(Database& db, qint64 editionId);

// A note's label as people cite it: its own label ("Note 1"), else the first line of its text
// when that line introduces it ("Note 1 to paragraph 0A501.a:" as the CCL prints it).
QString noteLabel(const QString& label, const QString& text);

} // namespace paceline
