#include "Excerpt.h"

namespace paceline {

QString excerptAtWord(const QString& text, qsizetype maxChars)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= maxChars)
        return simplified;
    qsizetype cut = simplified.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut <= 0) // one word longer than the excerpt: cut it rather than show nothing
        cut = maxChars;
    QString out = simplified.left(cut);
    while (!out.isEmpty() && !out.back().isLetterOrNumber() && out.back() != QLatin1Char(')') &&
           out.back() != QLatin1Char('"'))
        out.chop(1); // no dangling comma or semicolon before the ellipsis
    return out + QChar(0x2026);
}

} // namespace paceline
