#pragma once

#include <QList>
#include <QString>

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

// One FTS5 string for words, quotes doubled; " *" appended for a prefix.
QString ftsPhrase(const QString& words, bool prefix);

// Turns what a user typed into an FTS5 expression that is always valid: every word is
// quoted (so AND, NEAR, -, : and ( mean nothing special), "quoted phrases" stay phrases,
// word* and "phrase"* are prefix queries. Returns an empty string when nothing is searchable.
// A one-letter prefix ("s*") is searched as a word: FTS5 would merge most of the vocabulary.
// (Node search expands prefixes itself, one letter included: see SearchVocabulary.)
QString buildFtsQuery(const QString& userText, bool prefixLastWord = false);

} // namespace paceline
