#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

// One searched unit of what a user typed: a word or a "quoted phrase" (words separated by
// single spaces, no stars), searched as a prefix when it ended with * (or, while typing,
// when it is the last word).
struct FtsPart {
    QString words;
    bool prefix = false;
};

// Splits typed text into parts; parts without any letter or digit are dropped. With
// prefixLastWord, the last part is a prefix unless the text ends with a space or a quote.
QList<FtsPart> parseSearchText(const QString& userText, bool prefixLastWord = false);

// What a user typed, as search terms. Every clause must match (words side by side, or AND);
// a clause matches when any of its alternatives does (OR between them); no excluded part may
// match (-word, -"phrase", NOT word). Only upper-case AND, OR and NOT are operators, so the
// "and" and "or" of a control text stay words; "-40" is a number, not an exclusion.
struct SearchTerms {
    QList<QList<FtsPart>> clauses;
    QList<FtsPart> excluded;

    bool isEmpty() const { return clauses.isEmpty(); }
};
SearchTerms parseSearchTerms(const QString& userText, bool prefixLastWord = false);

// An FTS5 expression kept in its two halves, so that a column filter can wrap the words
// sought without the exclusions.
struct FtsExpression {
    QString positive; // the clauses, AND between them; empty when nothing can match
    QString negative; // the exclusions, OR between them; may be empty

    bool isEmpty() const { return positive.isEmpty(); }
    // positive NOT (negative), or positive alone.
    QString full() const;
};

// One FTS5 string for words, quotes doubled; " *" appended for a prefix.
QString ftsPhrase(const QString& words, bool prefix);
// Alternatives as one FTS5 group: "a", or "(a OR b)".
QString ftsAnyOf(const QStringList& alternatives);

// Turns what a user typed into an FTS5 expression that is always valid: every word is
// quoted (so NEAR, :, ( and lower-case operators mean nothing special), "quoted phrases" stay
// phrases, word* and "phrase"* are prefix queries, OR, AND, NOT and -word as parseSearchTerms.
// Returns an empty string when nothing is searchable. A one-letter prefix ("s*") is searched as a
// word: FTS5 would merge most of the vocabulary. (Node search expands prefixes itself, one letter
// included: see SearchVocabulary.)
QString buildFtsQuery(const QString& userText, bool prefixLastWord = false);

} // namespace paceline
