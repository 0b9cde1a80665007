#pragma once

#include "search/FtsTokenizer.h"

#include <QByteArrayView>
#include <QtGlobal>

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace paceline {

// How many documents (nodes) contain each word, as FTS5 indexes them: an edition's share of the
// search vocabulary, counted from the text an import writes instead of read back after it.
class WordCounts {
public:
    explicit WordCounts(FtsTokenizer tokenizer)
        : m_tokenizer(std::move(tokenizer))
    {
    }

    // One more document, as the UTF-8 of its indexed columns.
    void addDocument(std::initializer_list<QByteArrayView> columns);

    // Calls f(std::string_view word, qint64 documents) for every word counted.
    template <typename F> void forEach(F&& f) const
    {
        for (const auto& [word, count] : m_words)
            f(std::string_view(word), count.documents);
    }

private:
    // FNV-1a over the bytes: Qt's seeded hash for QByteArray keys was half of the time here.
    struct TokenHash {
        using is_transparent = void;
        size_t operator()(std::string_view token) const noexcept
        {
            quint64 h = 1469598103934665603ULL;
            for (const char c : token) {
                h ^= static_cast<unsigned char>(c);
                h *= 1099511628211ULL;
            }
            return static_cast<size_t>(h);
        }
    };
    struct Count {
        qint64 documents = 0;
        qint64 lastDocument = -1;
    };

    FtsTokenizer m_tokenizer;
    // word -> documents that contain it; looked up by view, copied when new
    std::unordered_map<std::string, Count, TokenHash, std::equal_to<>> m_words;
    qint64 m_document = 0;
};

} // namespace paceline
