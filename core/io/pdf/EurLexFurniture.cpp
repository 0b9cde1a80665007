#include "EurLexFurniture.h"

#include <QRegularExpression>

namespace paceline {

bool isEurLexPageHead(const QString& text)
{
    // Consolidated texts: "<CELEX-like id> — <language> — <date> — <version> — <page>".
    static const QRegularExpression consolidated(QStringLiteral(
        "^\\d{4}[A-Z]\\d{4}\\s*[-\\x{2013}\\x{2014}]\\s*[A-Z]{2}\\s*[-\\x{2013}\\x{2014}]\\s*"
        "\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*[-\\x{2013}\\x{2014}]\\s*\\d{3}\\.\\d{3}\\s*"
        "[-\\x{2013}\\x{2014}]\\s*\\d{1,4}$"));
    // The Official Journal: a line made of nothing but its head's pieces.
    static const QRegularExpression journal(
        QStringLiteral("^(?:(?:EN|L\\s?\\d{1,4}/\\d{1,4}|C\\s?\\d{1,4}\\s?[A-Z]?/"
                       "\\d{1,4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|"
                       "Official Journal of the European (?:Union|Communities))(?:\\s+|$))+$"));
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first.isDigit() && consolidated.match(text).hasMatch())
        return true;
    return (first == QLatin1Char('E') || first == QLatin1Char('L') || first == QLatin1Char('C') ||
            first == QLatin1Char('O') || first.isDigit()) &&
           journal.match(text).hasMatch();
}

namespace {

bool isMarker(QChar c)
{
    return c == QChar(0x25BC) || c == QChar(0x25B2) || c == QChar(0x25BA) || c == QChar(0x25C4);
}

} // namespace

bool isAmendmentMarkerLine(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[\\x{25BC}\\x{25B2}\\x{25BA}\\x{25C4}][A-Z]?\\d*\\s*)+$"));
    return !text.isEmpty() && isMarker(text.front()) && re.match(text).hasMatch();
}

void blankAmendmentMarkers(QString& line)
{
    static const QRegularExpression re(
        QStringLiteral("[\\x{25BC}\\x{25B2}\\x{25BA}][A-Z]?\\d*\\s?|\\s?\\x{25C4}"));
    bool any = false;
    for (QChar c : line)
        any = any || isMarker(c);
    if (!any)
        return;
    QRegularExpressionMatchIterator it = re.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        line.replace(m.capturedStart(), m.capturedLength(),
                     QString(m.capturedLength(), QLatin1Char(' ')));
    }
}

} // namespace paceline
