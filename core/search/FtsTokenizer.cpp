#include "FtsTokenizer.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <string>

namespace paceline {

namespace {

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

struct SinkCall {
    void* context;
    void (*sink)(void*, const char*, int);
};

int collect(void* call, int /*flags*/, const char* token, int size, int /*start*/, int /*end*/)
{
    const auto* c = static_cast<const SinkCall*>(call);
    c->sink(c->context, token, size);
    return SQLITE_OK;
}

} // namespace

Result<FtsTokenizer> FtsTokenizer::open(Database& db)
{
    fts5_api* api = fts5Api(db.handle());
    void* userData = nullptr;
    fts5_tokenizer methods{};
    if (!api || api->xFindTokenizer(api, "unicode61", &userData, &methods) != SQLITE_OK)
        return makeError(QStringLiteral("this SQLite has no FTS5 unicode61 tokenizer"));
    // The arguments of node_fts's tokenize= option (core/storage/Schema.cpp).
    const char* args[] = {"remove_diacritics", "2"};
    Fts5Tokenizer* instance = nullptr;
    if (methods.xCreate(userData, args, 2, &instance) != SQLITE_OK)
        return makeError(QStringLiteral("cannot create the FTS5 unicode61 tokenizer"));
    auto* owned = new fts5_tokenizer(methods);
    return FtsTokenizer(owned, instance);
}

FtsTokenizer::FtsTokenizer(FtsTokenizer&& other) noexcept
    : m_api(std::exchange(other.m_api, nullptr))
    , m_instance(std::exchange(other.m_instance, nullptr))
{
}

FtsTokenizer::~FtsTokenizer()
{
    if (m_api && m_instance)
        m_api->xDelete(m_instance);
    delete m_api;
}

namespace {

// Eight bytes at a time: this looks at every byte of every node an import writes.
bool isAscii(QByteArrayView utf8)
{
    const char* p = utf8.data();
    const char* const end = p + utf8.size();
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; p != end; ++p)
        if (static_cast<unsigned char>(*p) >= 0x80)
            return false;
    return true;
}

// unicode61 on ASCII text: runs of letters and digits, upper case folded; every other ASCII
// character separates. Doing that here is several times faster than the generic path, and
// list text is mostly ASCII. Text with any other character goes to unicode61 itself.
// A token without capitals is passed straight from the text; only one with capitals is copied.
bool tokenizeAscii(QByteArrayView utf8, void* context, void (*sink)(void*, const char*, int))
{
    if (!isAscii(utf8))
        return false;
    enum : unsigned char { Separator, Lower, Upper };
    static constexpr auto kClass = [] {
        std::array<unsigned char, 128> t{};
        for (int c = '0'; c <= '9'; ++c)
            t[c] = Lower;
        for (int c = 'a'; c <= 'z'; ++c)
            t[c] = Lower;
        for (int c = 'A'; c <= 'Z'; ++c)
            t[c] = Upper;
        return t;
    }();
    std::string folded;
    const char* const end = utf8.data() + utf8.size();
    for (const char* p = utf8.data(); p != end;) {
        if (kClass[static_cast<unsigned char>(*p)] == Separator) {
            ++p;
            continue;
        }
        const char* start = p;
        bool upper = false;
        for (; p != end && kClass[static_cast<unsigned char>(*p)] != Separator; ++p)
            upper = upper || kClass[static_cast<unsigned char>(*p)] == Upper;
        const int size = static_cast<int>(p - start);
        if (!upper) {
            sink(context, start, size);
            continue;
        }
        folded.assign(start, static_cast<size_t>(size));
        for (char& c : folded)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        sink(context, folded.data(), size);
    }
    return true;
}

} // namespace

void FtsTokenizer::tokenize(QByteArrayView utf8, void* context, RawSink sink) const
{
    if (utf8.isEmpty() || tokenizeAscii(utf8, context, sink))
        return;
    SinkCall call{context, sink};
    m_api->xTokenize(m_instance, &call, FTS5_TOKENIZE_DOCUMENT, utf8.data(), int(utf8.size()),
                     &collect);
}

QStringList FtsTokenizer::tokens(const QString& text) const
{
    QStringList out;
    tokenize(text.toUtf8(),
             [&](const char* token, int size) { out << QString::fromUtf8(token, size); });
    return out;
}

} // namespace paceline
