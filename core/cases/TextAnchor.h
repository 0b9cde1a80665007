#pragma once

#include <QString>

namespace paceline {

// One replacement in a text: at `position`, `removed` characters were replaced by `added`.
struct TextEdit {
    int position = 0;
    int removed = 0;
    int added = 0;
};

struct AnchorSpan {
    int start = -1;
    int end = -1; // exclusive
    bool outdated = false;
};

// Moves a comment's span through an edit so that it keeps covering the same words. Text
// inserted inside the span joins it; a span whose characters are all removed is outdated
// (and stays so; its last position is kept for display).
AnchorSpan transformAnchor(AnchorSpan span, const TextEdit& edit);

// Undoing the deletion that outdated a span puts its words back where they were: an outdated
// span whose last position is covered by an insertion and holds its words again is revived.
// `now` is the text after the edit.
AnchorSpan reviveAnchor(AnchorSpan span, const QString& words, const TextEdit& edit,
                        const QString& now);

} // namespace paceline
