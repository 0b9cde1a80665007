#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

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

    // Calls sink with each token of utf8 text (folded: lower case, no diacritics).
    void tokenize(const QByteArray& utf8, const std::function<void(QByteArray)>& sink) const;
    QStringList tokens(const QString& text) const;

private:
    FtsTokenizer(fts5_tokenizer* api, Fts5Tokenizer* instance)
        : m_api(api)
        , m_instance(instance)
    {
    }
    fts5_tokenizer* m_api = nullptr;
    Fts5Tokenizer* m_instance = nullptr;
};

} // namespace paceline
