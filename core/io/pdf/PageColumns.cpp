#include "PageColumns.h"

#include <QHash>
#include <QRegularExpression>

namespace paceline {

namespace {

constexpr int kCodeSlack = 2; // a code line may stand this far right of the code column

// A line opening with a code in the code column: entry, group or "… (continued)".
bool startsWithCode(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[\\dI][A-E](?:\\d{3}|\\d)?|\\d{1,2}\\.[A-E]\\.(?:\\d{1,3}\\.)?)(?=\\s)"));
    return !text.isEmpty() && (text.front().isDigit() || text.front() == QLatin1Char('I')) &&
           re.match(text).hasMatch();
}

// Whether the word after the code stands in the text column: a title or "(continued)", not
// a label, which Poppler may set one space after the code ("6A001 a. 2. g. (continued)").
bool secondWordIsText(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\S+\\s+(?:\\(continued\\)$|(?!(?:[a-z]{1,2}|\\d{1,2})\\.(?:\\s|$))(?!continued$)\\S)"));
    return re.match(text).hasMatch();
}

int mostCommon(const QHash<int, int>& counts)
{
    int best = -1;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    return best;
}

} // namespace

void alignTextColumns(QList<PageLine>& lines)
{
    QHash<int, int> codeIndents;
    for (const PageLine& l : std::as_const(lines))
        if (l.secondColumn >= 0 && startsWithCode(l.text))
            ++codeIndents[l.indent];
    if (codeIndents.isEmpty())
        return;
    const int codeColumn = mostCommon(codeIndents);
    // The text column of each page: where the words after its first code line start.
    QHash<int, int> pageText;
    QHash<int, int> textColumns;
    for (const PageLine& l : std::as_const(lines)) {
        if (l.secondColumn < 0 || l.indent > codeColumn + kCodeSlack || pageText.contains(l.page) ||
            !startsWithCode(l.text) || !secondWordIsText(l.text))
            continue;
        pageText.insert(l.page, l.secondColumn);
        ++textColumns[l.secondColumn];
    }
    const int usual = mostCommon(textColumns);
    for (PageLine& l : lines) {
        const int shift = pageText.value(l.page, usual) - usual;
        if (shift == 0 || l.text.isEmpty())
            continue;
        const int floor = codeColumn + kCodeSlack + 1;
        if (l.indent > codeColumn + kCodeSlack)
            l.indent = std::max(floor, l.indent - shift);
        if (l.secondColumn > codeColumn + kCodeSlack)
            l.secondColumn = std::max(floor, l.secondColumn - shift);
    }
}

} // namespace paceline
