#include "PageCleaner.h"

#include "io/pdf/EurLexFurniture.h"
#include "io/pdf/ListTextPatterns.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace paceline {

namespace {

constexpr int kEdgeLines = 2;     // header and footer lines looked at on each page
constexpr int kRunningShare = 10; // a running line opens or closes 1 in 10 pages or more

struct RawLine {
    int number = 0;
    int page = 0;
    int indent = 0;
    int secondColumn = -1;
    QString text; // simplified
};

int indentOf(const QString& line)
{
    int indent = 0;
    for (QChar c : line) {
        if (c == QLatin1Char(' '))
            ++indent;
        else if (c == QLatin1Char('\t'))
            indent += 8;
        else
            break;
    }
    return indent;
}

int secondColumnOf(const QString& line)
{
    int column = 0;
    int words = 0;
    bool inWord = false;
    for (QChar c : line) {
        const bool blank = c == QLatin1Char(' ') || c == QLatin1Char('\t');
        if (!blank && !inWord && ++words == 2)
            return column;
        inWord = !blank;
        column += c == QLatin1Char('\t') ? 8 : 1;
    }
    return -1;
}

bool isPageNumber(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:\\d{1,4}|-\\s*\\d{1,4}\\s*-|(?:Page|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*"
            "\\d{1,4})?|\\d{1,4}\\s*/\\s*\\d{1,4})$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// "4A005 continued", "5A001 b. 3. (continued)", "4A003 Note 2: b. (continued)",
// "1C b. (continued)"; the code may be misprinted ("IE002 c. (continued)").
bool isContinuedLine(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?=\\S*\\d)[0-9A-Z][0-9A-Z.]{1,11}"
                       "(?:\\s+(?:[a-z]{1,2}|\\d{1,2})\\.?(?=[\\s(\\[])"
                       "|\\s+(?:Technical\\s+)?(?:Notes?|N\\.\\s?B\\.)(?:\\s+\\d{1,2})?:?)*"
                       "\\s*[\\(\\[]?\\s*(?:continued|cont'd|cont\\.)\\s*[\\)\\]]?$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.contains(QLatin1String("cont"), Qt::CaseInsensitive) && re.match(text).hasMatch();
}

QString shapeKey(const QString& text)
{
    QString key = text;
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    key.replace(digits, QStringLiteral("#"));
    return key;
}

// Indexes of the non-blank lines of each page that are within `edge` lines of its top or bottom.
QList<QList<int>> edgeLines(const QList<RawLine>& lines, int pages, int edge)
{
    QList<QList<int>> byPage(pages);
    for (int i = 0; i < lines.size(); ++i)
        if (!lines.at(i).text.isEmpty())
            byPage[lines.at(i).page].append(i);
    for (QList<int>& idx : byPage)
        if (idx.size() > 2 * edge)
            idx.remove(edge, idx.size() - 2 * edge);
    return byPage;
}

// Lines that open or close enough pages with the same shape are running heads or feet; so are
// the Official Journal's heads wherever they open or close a page.
QSet<int> runningLines(const QList<RawLine>& lines, int pages)
{
    QSet<int> out;
    const QList<QList<int>> edges = edgeLines(lines, pages, kEdgeLines);
    QHash<QString, QSet<int>> pagesWithKey;
    QHash<QString, QList<int>> linesWithKey;
    for (int page = 0; page < edges.size(); ++page) {
        for (int i : edges.at(page)) {
            if (isEurLexPageHead(lines.at(i).text)) {
                out.insert(i);
                continue;
            }
            if (listtext::categoryPattern().match(lines.at(i).text).hasMatch())
                continue;
            const QString key = shapeKey(lines.at(i).text);
            pagesWithKey[key].insert(page);
            linesWithKey[key].append(i);
        }
    }
    if (pages < 2)
        return out;
    const qsizetype needed = std::max(2, (pages + kRunningShare - 1) / kRunningShare);
    for (auto it = pagesWithKey.cbegin(); it != pagesWithKey.cend(); ++it)
        if (it.value().size() >= needed)
            for (int i : linesWithKey.value(it.key()))
                out.insert(i);
    return out;
}

} // namespace

QList<LayoutLine> cleanPages(const QString& text)
{
    QList<RawLine> raw;
    int page = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    raw.reserve(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        line.remove(QLatin1Char('\r'));
        page += static_cast<int>(line.count(QLatin1Char('\f')));
        line.remove(QLatin1Char('\f'));
        blankAmendmentMarkers(line);
        QString simple = line.simplified();
        if (isAmendmentMarkerLine(simple))
            continue; // dropped, not blanked: a marker does not end a paragraph
        raw.append({i + 1, page, indentOf(line), secondColumnOf(line), std::move(simple)});
    }
    const QSet<int> running = runningLines(raw, page + 1);
    QList<LayoutLine> out;
    out.reserve(raw.size());
    QString resumes;
    for (int i = 0; i < raw.size(); ++i) {
        const RawLine& r = raw.at(i);
        if (r.text.isEmpty()) {
            out.append({r.number, r.page, 0, QString(), -1, {}});
            continue;
        }
        if (running.contains(i) || isPageNumber(r.text))
            continue;
        if (isContinuedLine(r.text)) {
            resumes = r.text;
            continue;
        }
        out.append(
            {r.number, r.page, r.indent, r.text, r.secondColumn, std::exchange(resumes, {})});
    }
    return out;
}

} // namespace paceline
