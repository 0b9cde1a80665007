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
    bool quoted = false;   // typed in quotes: never an operator
    bool excluded = false; // typed as -word or -"phrase"
};

// A minus excludes only when a letter or a quote follows it: "-40" stays a number.
bool startsExclusion(const QString& text, qsizetype i)
{
    return text.at(i) == QLatin1Char('-') && i + 1 < text.size() &&
           (text.at(i + 1).isLetter() || text.at(i + 1) == QLatin1Char('"'));
}

QList<Part> split(const QString& text)
{
    QList<Part> parts;
    QString word;
    bool excluded = false;
    auto flushWord = [&] {
        if (!word.isEmpty())
            parts.append({word, word.endsWith(QLatin1Char('*')), false, excluded});
        word.clear();
        excluded = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (word.isEmpty() && !excluded && startsExclusion(text, i)) {
            excluded = true;
        } else if (c == QLatin1Char('"')) {
            const bool phraseExcluded = excluded && word.isEmpty();
            if (phraseExcluded)
                excluded = false;
            flushWord();
            const qsizetype end = text.indexOf(QLatin1Char('"'), i + 1);
            const QString phrase = text.mid(i + 1, end < 0 ? -1 : end - i - 1);
            const bool star =
                end >= 0 && end + 1 < text.size() && text.at(end + 1) == QLatin1Char('*');
            parts.append({phrase, star, true, phraseExcluded});
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

enum class Operator { None, And, Or, Not };

Operator operatorOf(const Part& p)
{
    if (p.quoted || p.excluded)
        return Operator::None;
    if (p.words == QLatin1String("AND"))
        return Operator::And;
    if (p.words == QLatin1String("OR"))
        return Operator::Or;
    if (p.words == QLatin1String("NOT"))
        return Operator::Not;
    return Operator::None;
}

// The typed parts, the last one a prefix while typing (unless the text ends in a space or a
// closed quote, or its last word is an operator still waiting for its operand).
QList<Part> typedParts(const QString& userText, bool prefixLastWord)
{
    QList<Part> parts = split(userText);
    const bool unterminatedPhrase = userText.count(QLatin1Char('"')) % 2 == 1;
    if (prefixLastWord && !parts.isEmpty() && operatorOf(parts.last()) == Operator::None &&
        (!userText.back().isSpace() || unterminatedPhrase) && !userText.endsWith(QLatin1Char('"')))
        parts.last().prefix = true;
    for (Part& p : parts) {
        if (operatorOf(p) == Operator::None)
            p.words.remove(QLatin1Char('*'));
        p.words = p.words.simplified();
    }
    return parts;
}

} // namespace

QList<FtsPart> parseSearchText(const QString& userText, bool prefixLastWord)
{
    QList<FtsPart> out;
    for (const Part& p : typedParts(userText, prefixLastWord))
        if (hasWordCharacter(p.words))
            out.append({p.words, p.prefix});
    return out;
}

SearchTerms parseSearchTerms(const QString& userText, bool prefixLastWord)
{
    SearchTerms terms;
    bool orPending = false;  // OR joins the next part to the clause before it
    bool notPending = false; // NOT excludes the next part
    for (const Part& p : typedParts(userText, prefixLastWord)) {
        switch (operatorOf(p)) {
        case Operator::And:
            orPending = false;
            continue;
        case Operator::Or:
            orPending = !terms.clauses.isEmpty();
            continue;
        case Operator::Not:
            notPending = true;
            orPending = false;
            continue;
        case Operator::None:
            break;
        }
        if (!hasWordCharacter(p.words))
            continue;
        const FtsPart part{p.words, p.prefix};
        if (p.excluded || notPending)
            terms.excluded.append(part);
        else if (orPending)
            terms.clauses.last().append(part);
        else
            terms.clauses.append({part});
        orPending = notPending = false;
    }
    return terms;
}

QString FtsExpression::full() const
{
    if (positive.isEmpty() || negative.isEmpty())
        return positive;
    return QStringLiteral("(%1) NOT (%2)").arg(positive, negative);
}

namespace {

// Alternatives as one FTS5 group: "a", or "(a OR b)".
QString anyOf(const QStringList& alternatives)
{
    return alternatives.size() == 1
               ? alternatives.first()
               : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString anyOfParts(const QList<FtsPart>& parts)
{
    QStringList alternatives;
    for (const FtsPart& p : parts)
        alternatives << quoted(p.words, p.prefix && lastWordLength(p.words) >= 2);
    return anyOf(alternatives);
}

} // namespace

QString buildFtsQuery(const QString& userText, bool prefixLastWord)
{
    const SearchTerms terms = parseSearchTerms(userText, prefixLastWord);
    QStringList clauses;
    for (const QList<FtsPart>& clause : terms.clauses)
        clauses << anyOfParts(clause);
    FtsExpression e{clauses.join(QLatin1Char(' ')), QString()};
    if (!terms.excluded.isEmpty())
        e.negative = anyOfParts(terms.excluded);
    return e.full();
}

QString ftsPhrase(const QString& words, bool prefix)
{
    return quoted(words, prefix);
}

QString ftsAnyOf(const QStringList& alternatives)
{
    return anyOf(alternatives);
}

} // namespace paceline
