#include "WaPdfChapters.h"

#include "io/wassenaar/WaChapters.h"

#include <QRegularExpression>

namespace paceline {

namespace {

bool isRule(const QString& line)
{
    static const QRegularExpression rule(QStringLiteral("^_{10,}$"));
    return rule.match(line).hasMatch();
}

// The document reference, its date and the page number, alone or together on one line.
bool isPageFurniture(const QString& line)
{
    static const QRegularExpression furniture(QStringLiteral(
        "^(?:(?:WA-LIST\\s*\\(\\d{2}\\)\\s*\\d{1,2}(?:\\s*Corr\\.?)?|\\d{2}-\\d{2}-\\d{4}|"
        "-\\s*\\d{1,4}\\s*-|Page\\s+\\d+(?:\\s+of\\s+\\d+)?)\\s*)+$"));
    return furniture.match(line).hasMatch();
}

int indentOf(const QString& line)
{
    int n = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++n;
        else if (c == QLatin1Char('\t'))
            n += 8;
        else
            break;
    }
    return n;
}

// The words a chapter's own title line contains, for a page whose header already names the
// next chapter while its top still holds the end of the last one.
QString titleWord(WaChapterKind kind)
{
    switch (kind) {
    case WaChapterKind::Definitions:
        return QStringLiteral("DEFINITIONS OF TERMS");
    case WaChapterKind::Munitions:
        return QStringLiteral("MUNITIONS LIST");
    case WaChapterKind::Acronyms:
        return QStringLiteral("ACRONYMS");
    case WaChapterKind::Understandings:
        return QStringLiteral("STATEMENTS OF UNDERSTANDING");
    default:
        return {};
    }
}

// The PDF's text layer loses the raised exponent of "5 x 10³" ("5 x 103"); after "x 10" a
// number is an exponent, written back as "5 x 10^3". Exponent 0 is left alone ("x 100").
QString withExponents(const QString& line)
{
    static const QRegularExpression power(
        QStringLiteral("(\\d\\s?[x\\x{00D7}]\\s?10)(-?[1-9]\\d{0,2})(?!\\d)"));
    if (!line.contains(QLatin1String("10")))
        return line;
    QString out = line;
    out.replace(power, QStringLiteral("\\1^\\2"));
    return out;
}

} // namespace

QList<WaChapter> splitWaPdfText(const QString& text, const QString& source,
                                QStringList& headerLines)
{
    QList<WaChapter> chapters;
    WaChapter current;
    current.kind = WaChapterKind::Contents;
    current.source = source;
    const QStringList pages = text.split(QLatin1Char('\f'));
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QStringList lines = pages.at(p).split(QLatin1Char('\n'));
        // The header: rule, title, rule within the first lines of the page.
        int bodyFrom = 0;
        std::optional<WaChapter> named;
        int rules = 0;
        for (int i = 0; i < std::min<int>(lines.size(), 12); ++i) {
            const QString t = lines.at(i).trimmed();
            if (isRule(t)) {
                if (++rules == 2) {
                    bodyFrom = i + 1;
                    break;
                }
            } else if (!t.isEmpty()) {
                if (rules == 1)
                    named = waChapterFromHeader(t);
                headerLines << t;
            }
        }
        if (rules < 2)
            bodyFrom = 0;
        QList<WaBlock> blocks;
        for (int i = bodyFrom; i < lines.size(); ++i) {
            const QString t = lines.at(i).simplified();
            if (t.isEmpty())
                continue;
            if (isPageFurniture(t) || isRule(t)) {
                headerLines << t;
                continue;
            }
            blocks.append({indentOf(lines.at(i)), withExponents(t),
                           QStringLiteral("%1: page %2, line %3").arg(source).arg(p + 1).arg(i + 1),
                           true});
        }
        const bool changes =
            named && (named->kind != current.kind || named->category != current.category ||
                      named->part != current.part);
        if (changes) {
            // The end of the previous chapter may still stand above the new one's title.
            const QString word = titleWord(named->kind);
            qsizetype split = 0;
            if (!word.isEmpty())
                for (qsizetype i = 0; i < blocks.size(); ++i)
                    if (blocks.at(i).text.toUpper().contains(word)) {
                        split = i;
                        break;
                    }
            current.blocks += blocks.mid(0, split);
            chapters.append(current);
            current = *named;
            current.source = source;
            blocks = blocks.mid(split);
        }
        current.blocks += blocks;
    }
    chapters.append(current);
    return chapters;
}

} // namespace paceline
