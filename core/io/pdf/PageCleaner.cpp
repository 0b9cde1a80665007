#include "PageCleaner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace paceline {

namespace {

constexpr int kEdgeLines = 2; // header and footer lines looked at on each page

struct RawLine {
    int number = 0;
    int page = 0;
    int indent = 0;
    QString text;
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

bool isPageNumber(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:\\d{1,4}|-\\s*\\d{1,4}\\s*-|(?:Page|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*"
            "\\d{1,4})?|\\d{1,4}\\s*/\\s*\\d{1,4})$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

bool isContinuedLine(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:\\d[A-E]\\d{3}|\\d{1,2}\\.[A-E]\\.\\d{1,3}\\.?)(?:\\.[a-z0-9]+)*\\.?\\s*"
            "[\\(\\[]?\\s*(?:continued|cont'd|cont\\.)\\s*[\\)\\]]?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

QString shapeKey(const QString& text)
{
    QString key = text.simplified();
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    key.replace(digits, QStringLiteral("#"));
    return key;
}

// Lines that open or close two or more pages with the same shape are running heads or feet.
QSet<int> runningLines(const QList<RawLine>& lines, int pages)
{
    QHash<int, QList<int>> byPage; // page -> indexes of its non-blank lines
    for (int i = 0; i < lines.size(); ++i)
        if (!lines.at(i).text.isEmpty())
            byPage[lines.at(i).page].append(i);
    QHash<QString, QSet<int>> pagesWithKey;
    QHash<QString, QList<int>> linesWithKey;
    for (auto it = byPage.cbegin(); it != byPage.cend(); ++it) {
        const QList<int>& idx = it.value();
        for (int k = 0; k < idx.size(); ++k) {
            if (k >= kEdgeLines && k < idx.size() - kEdgeLines)
                continue;
            const QString key = shapeKey(lines.at(idx.at(k)).text);
            pagesWithKey[key].insert(it.key());
            linesWithKey[key].append(idx.at(k));
        }
    }
    QSet<int> out;
    if (pages < 2)
        return out;
    for (auto it = pagesWithKey.cbegin(); it != pagesWithKey.cend(); ++it)
        if (it.value().size() >= 2)
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
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        line.remove(QLatin1Char('\r'));
        page += static_cast<int>(line.count(QLatin1Char('\f')));
        line.remove(QLatin1Char('\f'));
        raw.append({i + 1, page, indentOf(line), line.simplified()});
    }
    const QSet<int> running = runningLines(raw, page + 1);
    QList<LayoutLine> out;
    for (int i = 0; i < raw.size(); ++i) {
        const RawLine& r = raw.at(i);
        if (r.text.isEmpty()) {
            out.append({r.number, 0, QString()});
            continue;
        }
        if (running.contains(i) || isPageNumber(r.text) || isContinuedLine(r.text))
            continue;
        out.append({r.number, r.indent, r.text});
    }
    return out;
}

} // namespace paceline
