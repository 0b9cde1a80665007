#include "TextAnchor.h"

#include <algorithm>

namespace paceline {

AnchorSpan transformAnchor(AnchorSpan span, const TextEdit& edit)
{
    if (span.outdated || span.start < 0)
        return span;
    const int p = edit.position;
    const int editEnd = p + edit.removed;
    const int delta = edit.added - edit.removed;
    if (editEnd <= span.start) { // before the span; typing right at its start stays outside
        span.start += delta;
        span.end += delta;
        return span;
    }
    if (p >= span.end) // after the span; typing right at its end stays outside
        return span;
    // The edit overlaps the span: the span keeps the characters that survive, and text
    // typed inside it joins it.
    const int keptBefore = std::max(0, p - span.start);
    const int keptAfter = std::max(0, span.end - editEnd);
    if (keptBefore == 0 && keptAfter == 0) {
        span.outdated = true;
        return span;
    }
    const int start = p < span.start ? p + edit.added : span.start;
    const int end = keptAfter > 0 ? span.end + delta : p;
    span.start = start;
    span.end = end;
    return span;
}

AnchorSpan reviveAnchor(AnchorSpan span, const QString& words, const TextEdit& edit,
                        const QString& now)
{
    if (!span.outdated || span.start < 0 || words.isEmpty() || edit.added == 0)
        return span;
    const bool covered = edit.position <= span.start && edit.position + edit.added >= span.end;
    if (covered && span.end - span.start == words.size() &&
        QStringView(now).mid(span.start, span.end - span.start) == words)
        span.outdated = false;
    return span;
}

} // namespace paceline
