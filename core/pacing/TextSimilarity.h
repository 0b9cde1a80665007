#pragma once

#include <QString>

#include <vector>

namespace paceline {

// The words of a list text as the pacing comparison sees them: lower case, letters and digits
// only, so quotes, dashes, punctuation and spacing do not count, nor the US list's
// "(see List of Items Controlled)", which points to its own layout rather than saying
// anything. Kept as sorted word hashes so that two texts compare in one merge.
class FoldedWords {
public:
    FoldedWords() = default;
    explicit FoldedWords(const QString& text);

    bool isEmpty() const { return m_words.empty(); }
    int size() const { return int(m_words.size()); }

    // Dice coefficient of the two word multisets: 1 for the same words, 0 for none shared.
    double similarity(const FoldedWords& other) const;

private:
    std::vector<size_t> m_words;
};

// Similarity at or above which two wordings count as the same text.
constexpr double kSameWordingThreshold = 0.9;

} // namespace paceline
