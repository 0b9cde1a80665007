#pragma once

#include "editions/EditionDiff.h"
#include "pacing/PacingTypes.h"

#include <QList>
#include <QString>

namespace paceline {

// One change a regime made to its list between two editions, in substance: an entry or item
// added, removed, reworded or renumbered. Items added or removed together with their entry
// or item are part of its change, not changes of their own.
struct RegimeChange {
    RegimeChangeKind kind = RegimeChangeKind::Changed;
    QString code;         // as in the newer edition; the old code for a removal
    QString previousCode; // a renumbered node's code before
    QString key;          // concordance key of `code` ("4A005", "5A001.j")
    QString previousKey;
    QString category; // top-level code ("4")
    QString nodeKind; // entry or item
    QString heading;  // title, else the start of the text
    QString oldText;  // heading and body before; empty when added
    QString newText;  // after; empty when removed
    int foldedNodes = 0;
    qint64 fromEditionId = 0;
    qint64 toEditionId = 0;
    QString fromLabel;
    QString toLabel;
    PartialDate fromDate;
    PartialDate toDate;

    // The key a national list's node carries when the change is implemented (the old key
    // for a removal).
    const QString& targetKey() const { return key; }
};

// The changes in substance between two editions of a regime list; the comparison must be made
// with typography ignored. Notes, headings and changes of punctuation alone do not count.
QList<RegimeChange> regimeChanges(const EditionComparison& comparison);

// The words a node's text is compared by: its title and body.
QString pacingText(const EditionNode& node);

} // namespace paceline
