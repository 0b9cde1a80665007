#pragma once

#include "io/wassenaar/WaBlock.h"
#include "lists/ListDocument.h"

namespace paceline {

// The defined terms of the Definitions chapter: a heading line with the scope and the quoted
// term (`Cat 2, 6   "Accuracy"`), the scope sometimes continued on the next lines (`6, 7`,
// `ML 8, 10`), then the definition with its own items and notes. Text before the first term
// (the chapter's notes) is not a definition.
QList<ListTerm> readWaDefinitions(const WaChapter& chapter, QStringList& warnings);

} // namespace paceline
