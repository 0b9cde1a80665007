#pragma once

#include <QString>

namespace paceline {

// The text whole when it has at most maxChars characters; else its beginning cut at the last
// space within maxChars (never inside a word) and ended with "…".
QString excerptAtWord(const QString& text, qsizetype maxChars);

} // namespace paceline
