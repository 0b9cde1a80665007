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

// A one-letter prefix ("s*") would make FTS5 merge the doclists of most of the vocabulary,
// so in a native FTS5 query it counts as a word (node search expands prefixes itself).
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

} // namespace

QList<FtsPart> parseSearchText(const QString& userText, bool prefixLastWord)
{
    QList<Part> parts = split(userText);
    const bool unterminatedPhrase = userText.count(QLatin1Char('"')) % 2 == 1;
    if (prefixLastWord && !parts.isEmpty() && (!userText.back().isSpace() || unterminatedPhrase) &&
        !userText.endsWith(QLatin1Char('"')))
        parts.last().prefix = true;
    QList<FtsPart> out;
    for (Part& p : parts) {
        p.words.remove(QLatin1Char('*'));
        if (hasWordCharacter(p.words))
            out.append({p.words.simplified(), p.prefix});
    }
    return out;
}

QString ftsPhrase(const QString& words, bool prefix)
{
    return quoted(words, prefix);
}

QString buildFtsQuery(const QString& userText, bool prefixLastWord)
{
    QStringList out;
    for (const FtsPart& p : parseSearchText(userText, prefixLastWord))
        out << quoted(p.words, p.prefix && lastWordLength(p.words) >= 2);
    return out.join(QLatin1Char(' '));
}

} // namespace paceline
