#include "WordCounts.h"

namespace paceline {

void WordCounts::addDocument(std::initializer_list<QByteArrayView> columns)
{
    const auto count = [this](const char* token, int size) {
        const std::string_view key(token, static_cast<size_t>(size));
        auto it = m_words.find(key);
        if (it == m_words.end())
            it = m_words.emplace(std::string(key), Count{}).first;
        if (it->second.lastDocument != m_document) {
            it->second.lastDocument = m_document;
            ++it->second.documents;
        }
    };
    for (QByteArrayView column : columns)
        m_tokenizer.tokenize(column, count);
    ++m_document;
}

} // namespace paceline
