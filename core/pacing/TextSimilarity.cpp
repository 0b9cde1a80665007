#include "TextSimilarity.h"

#include <QHash>

#include <algorithm>

namespace paceline {

namespace {

const QString kUsItemsPointer = QStringLiteral("(see list of items controlled)");

} // namespace

FoldedWords::FoldedWords(const QString& text)
{
    QString lower = text.toLower();
    lower.replace(kUsItemsPointer, QString());
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            m_words.push_back(qHash(word));
        word.clear();
    };
    for (const QChar c : std::as_const(lower)) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    std::sort(m_words.begin(), m_words.end());
}

double FoldedWords::similarity(const FoldedWords& other) const
{
    if (m_words.empty() && other.m_words.empty())
        return 1.0;
    size_t i = 0, j = 0, shared = 0;
    while (i < m_words.size() && j < other.m_words.size()) {
        if (m_words[i] == other.m_words[j]) {
            ++shared;
            ++i;
            ++j;
        } else if (m_words[i] < other.m_words[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * double(shared) / double(m_words.size() + other.m_words.size());
}

} // namespace paceline
