#pragma once

#include <QList>
#include <QString>

namespace paceline {

enum class DiffOp { Equal, Delete, Insert };

struct DiffSegment {
    DiffOp op;
    QString text;

    friend bool operator==(const DiffSegment&, const DiffSegment&) = default;
};

struct WordDiffOptions {
    // Compare by substance: curly and straight quotes, dashes, non-breaking spaces and any
    // run of spaces or line breaks count as the same.
    bool ignoreTypography = false;
};

// Word-level difference of two texts over word, whitespace and punctuation tokens: Myers'
// O(ND) algorithm in linear space, after long texts are first anchored on tokens that occur
// once on each side (patience diff), so a long text with many edits stays fast. Equal
// segments carry the text of `after`.
QList<DiffSegment> wordDiff(const QString& before, const QString& after,
                            const WordDiffOptions& options = {});

// Whether two texts are the same once typography is normalised.
bool sameSubstance(const QString& a, const QString& b);
QString normaliseTypography(const QString& text);

struct DiffCounts {
    int insertedWords = 0;
    int deletedWords = 0;
};
DiffCounts countWords(const QList<DiffSegment>& segments);

} // namespace paceline
