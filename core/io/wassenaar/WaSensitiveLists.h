#pragma once

#include "io/wassenaar/WaBlock.h"

#include <QStringList>

namespace paceline {

// The codes a Sensitive List or Very Sensitive List chapter names: each of its paragraphs
// (Word) or left-margin lines (PDF) that starts with a code, "1.C.10.c. & 1.C.10.d." naming
// two. Codes come back canonical ("1.C.10.c"), in document order, each once.
QStringList readWaSensitiveCodes(const WaChapter& chapter);

} // namespace paceline
