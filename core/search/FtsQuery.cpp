#include "FtsQuery.h"

#include <QStringList>

namespace paceline {

namespace {

bool hasWordCharacter(const QString& s)
{
    for (QChar c : s)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// One quoted FTS5 string; quotes inside are doubled, stars dropped.
QString quoted(QString words, bool prefix)
{
    words.remove(QLatin1Char('*'));
    words.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + words.simplified() + QLatin1Char('"') +
           (prefix ? QStringLiteral(" *") : QString());
}

// One-letter prefixes are not in the prefix index (prefix='2 3'): "s*" would merge the
// doclists of every word starting with s across the corpus, so they count as words.
qsizetype lastWordLength(const QString& words)
{
    QString w = words.simplified().section(QLatin1Char(' '), -1);
    w.remove(QLatin1Char('*'));
    return w.size();
}

struct Part {
    QString words;
    bool prefix = false;
};

QList<Part> split(const QString& text)
{
    QList<Part> parts;
    QString word;
    auto flushWord = [&] {
        if (!word.isEmpty())
            parts.append({word, word.endsWith(QLatin1Char('*'))});
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            flushWord();
            const qsizetype end = text.indexOf(QLatin1Char('"'), i + 1);
            const QString phrase = text.mid(i + 1, end < 0 ? -1 : end - i - 1);
            const bool star =
                end >= 0 && end + 1 < text.size() && text.at(end + 1) == QLatin1Char('*');
            parts.append({phrase, star});
            i = end < 0 ? text.size() : end + (star ? 1 : 0);
        } else if (c.isSpace()) {
            flushWord();
        } else {
            word += c;
        }
    }
    flushWord();
    return parts;
}

// A prefix longer than the prefix index makes FTS5 merge the doclists of every matching word
// over the whole corpus before any rowid range applies: on a large corpus, cut it to the
// indexed length ("softwa*" -> "sof*"), which finds a few more words and stays fast.
QString cutPrefix(const Part& p, int maxPrefixLength)
{
    if (!p.prefix || maxPrefixLength <= 0 || p.words.contains(QLatin1Char(' ')))
        return p.words;
    QString w = p.words;
    w.remove(QLatin1Char('*'));
    return w.size() > maxPrefixLength ? w.left(maxPrefixLength) : w;
}

} // namespace

QString buildFtsQuery(const QString& userText, bool prefixLastWord, int maxPrefixLength)
{
    QList<Part> parts = split(userText);
    const bool unterminatedPhrase = userText.count(QLatin1Char('"')) % 2 == 1;
    if (prefixLastWord && !parts.isEmpty() && (!userText.back().isSpace() || unterminatedPhrase) &&
        !userText.endsWith(QLatin1Char('"')))
        parts.last().prefix = true;
    QStringList out;
    for (const Part& p : parts)
        if (hasWordCharacter(p.words))
            out << quoted(cutPrefix(p, maxPrefixLength), p.prefix && lastWordLength(p.words) >= 2);
    return out.join(QLatin1Char(' '));
}

} // namespace paceline
