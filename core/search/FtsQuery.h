#pragma once

#include <QString>

namespace paceline {

// Turns what a user typed into an FTS5 expression that is always valid: every word is
// quoted (so AND, NEAR, -, : and ( mean nothing special), "quoted phrases" stay phrases,
// word* and "phrase"* are prefix queries. Returns an empty string when nothing is searchable.
// With prefixLastWord, the last word is a prefix unless the text ends with a space.
// A one-letter prefix ("s*") is searched as a word: it would be too slow to expand.
// maxPrefixLength > 0 cuts longer prefix words to that length (see cutPrefix()).
QString buildFtsQuery(const QString& userText, bool prefixLastWord = false,
                      int maxPrefixLength = 0);

} // namespace paceline
