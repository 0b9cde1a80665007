#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <type_traits>

struct Fts5Tokenizer;
struct fts5_tokenizer;

namespace paceline {

class Database;

// The tokenizer node_fts indexes with (unicode61, remove_diacritics 2), taken from the
// connection's FTS5 so that the words it yields are exactly the index's terms.
class FtsTokenizer {
public:
    static Result<FtsTokenizer> open(Database& db);
    FtsTokenizer(FtsTokenizer&& other) noexcept;
    FtsTokenizer& operator=(FtsTokenizer&&) = delete;
    FtsTokenizer(const FtsTokenizer&) = delete;
    FtsTokenizer& operator=(const FtsTokenizer&) = delete;
    ~FtsTokenizer();

    // Calls sink(const char* token, int size) for each token of utf8 text (folded: lower
    // case, no diacritics). The token's bytes are valid during the call only.
    template <typename Sink> void tokenize(QByteArrayView utf8, Sink&& sink) const
    {
        void* context = const_cast<void*>(static_cast<const void*>(&sink));
        tokenize(utf8, context, [](void* c, const char* token, int size) {
            (*static_cast<std::remove_reference_t<Sink>*>(c))(token, size);
        });
    }
    QStringList tokens(const QString& text) const;

private:
    using RawSink = void (*)(void* context, const char* token, int size);
    void tokenize(QByteArrayView utf8, void* context, RawSink sink) const;

    FtsTokenizer(fts5_tokenizer* api, Fts5Tokenizer* instance)
        : m_api(api)
        , m_instance(instance)
    {
    }
    fts5_tokenizer* m_api = nullptr;
    Fts5Tokenizer* m_instance = nullptr;
};

} // namespace paceline
