#include "JsonTree.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <charconv>
#include <cmath>
#include <cstring>

namespace paceline {

namespace {

// Deeper than any list; QJsonDocument decides about deeper documents.
constexpr int kMaxDepth = 64;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Well-formed UTF-8 (no overlong forms, no encoded surrogates, nothing past U+10FFFF): what
// QJsonDocument accepts; it refuses the rest as "invalid UTF8 string".
bool isValidUtf8(const unsigned char* s, qsizetype n)
{
    qsizetype i = 0;
    auto continuation = [&](qsizetype at) {
        return at < n && (s[at] & 0xC0) == 0x80;
    };
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (!continuation(i + 1))
                return false;
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (i + 1 >= n)
                return false;
            const unsigned char d = s[i + 1];
            if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F) || !continuation(i + 1) ||
                !continuation(i + 2))
                return false;
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (i + 1 >= n)
                return false;
            const unsigned char d = s[i + 1];
            if ((c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F) || !continuation(i + 1) ||
                !continuation(i + 2) || !continuation(i + 3))
                return false;
            i += 4;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

// Strict JSON (RFC 8259) with QJsonDocument's meaning; gives up (false, -1) on any error and on
// what it leaves to QJsonDocument: a root that is not an object, keys that are not plain ASCII,
// control characters in strings, escaped surrogates, "-0", numbers out of range, a byte order
// mark, nesting deeper than kMaxDepth.
class JsonParser {
public:
    JsonParser(QByteArrayView json, JsonTree& tree)
        : m_p(json.data())
        , m_end(json.data() + json.size())
        , m_nodes(tree.m_nodes)
        , m_scratch(kMaxDepth + 1)
    {
    }

    bool document()
    {
        skipSpace();
        if (m_p == m_end || *m_p != '{' || value(0) < 0)
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char* word)
    {
        const size_t n = std::strlen(word);
        if (static_cast<size_t>(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    // A cleared list per nesting level, reused for the children of every container at it (all
    // levels exist from the start: a reference to one stays valid while deeper ones are used).
    std::vector<int>& scratch(int depth)
    {
        std::vector<int>& list = m_scratch[static_cast<size_t>(depth)];
        list.clear();
        return list;
    }

    int newNode(JsonTree::Type type)
    {
        m_nodes.emplace_back();
        m_nodes.back().type = type;
        return static_cast<int>(m_nodes.size() - 1);
    }

    int value(int depth)
    {
        if (m_p == m_end || depth > kMaxDepth)
            return -1;
        switch (*m_p) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"': {
            QString s;
            if (!string(s))
                return -1;
            const int i = newNode(JsonTree::Type::String);
            m_nodes[static_cast<size_t>(i)].string = std::move(s);
            return i;
        }
        case 't':
        case 'f': {
            const bool b = *m_p == 't';
            if (!literal(b ? "true" : "false"))
                return -1;
            const int i = newNode(JsonTree::Type::Bool);
            m_nodes[static_cast<size_t>(i)].boolean = b;
            return i;
        }
        case 'n':
            return literal("null") ? newNode(JsonTree::Type::Null) : -1;
        default: {
            double d = 0;
            if (!number(d))
                return -1;
            const int i = newNode(JsonTree::Type::Double);
            m_nodes[static_cast<size_t>(i)].number = d;
            return i;
        }
        }
    }

    int object(int depth)
    {
        const int index = newNode(JsonTree::Type::Object);
        ++m_p;
        skipSpace();
        std::vector<int>& members = scratch(depth);
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return index;
        }
        for (;;) {
            QString key;
            if (!keyName(key))
                return -1;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return -1;
            ++m_p;
            skipSpace();
            const int child = value(depth + 1);
            if (child < 0)
                return -1;
            m_nodes[static_cast<size_t>(child)].key = std::move(key);
            members.push_back(child);
            skipSpace();
            if (m_p == m_end)
                return -1;
            if (*m_p == '}') {
                ++m_p;
                break;
            }
            if (*m_p != ',')
                return -1;
            ++m_p;
            skipSpace();
        }
        // Sorted by key, and of equal keys the last one, as QJsonObject keeps them. An insertion
        // sort: it is stable, and an object has a handful of members.
        auto keyOf = [this](int i) -> const QString& {
            return m_nodes[static_cast<size_t>(i)].key;
        };
        for (size_t i = 1; i < members.size(); ++i) {
            const int moving = members[i];
            size_t j = i;
            for (; j > 0 && keyOf(moving) < keyOf(members[j - 1]); --j)
                members[j] = members[j - 1];
            members[j] = moving;
        }
        std::vector<int> kept;
        kept.reserve(members.size());
        for (size_t i = 0; i < members.size(); ++i)
            if (i + 1 == members.size() || keyOf(members[i]) != keyOf(members[i + 1]))
                kept.push_back(members[i]);
        m_nodes[static_cast<size_t>(index)].children = std::move(kept);
        return index;
    }

    int array(int depth)
    {
        const int index = newNode(JsonTree::Type::Array);
        ++m_p;
        skipSpace();
        std::vector<int>& elements = scratch(depth);
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return index;
        }
        for (;;) {
            const int child = value(depth + 1);
            if (child < 0)
                return -1;
            elements.push_back(child);
            skipSpace();
            if (m_p == m_end)
                return -1;
            if (*m_p == ']') {
                ++m_p;
                break;
            }
            if (*m_p != ',')
                return -1;
            ++m_p;
            skipSpace();
        }
        m_nodes[static_cast<size_t>(index)].children = elements;
        return index;
    }

    // Member names are plain ASCII without escapes in every list; the few names of a document
    // are shared instead of converted again for every node.
    bool keyName(QString& out)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        const char* start = ++m_p;
        while (m_p != m_end && *m_p != '"') {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        const QByteArrayView name(start, m_p - start);
        ++m_p;
        // Members come in the same order node after node: look after the last match first.
        for (size_t k = 0; k < m_keys.size(); ++k) {
            const size_t at = (m_lastKey + 1 + k) % m_keys.size();
            if (m_keys[at].first == name) {
                m_lastKey = at;
                out = m_keys[at].second;
                return true;
            }
        }
        out = QString::fromLatin1(name);
        if (m_keys.size() < 64) {
            m_keys.emplace_back(name.toByteArray(), out);
            m_lastKey = m_keys.size() - 1;
        }
        return true;
    }

    bool string(QString& out)
    {
        const char* segment = ++m_p;
        bool ascii = true;
        bool escaped = false;
        auto flush = [&](const char* upTo) {
            const qsizetype n = upTo - segment;
            if (n == 0)
                return true;
            if (ascii) {
                out += QLatin1StringView(segment, n);
            } else {
                if (!isValidUtf8(reinterpret_cast<const unsigned char*>(segment), n))
                    return false;
                out += QString::fromUtf8(segment, n);
            }
            return true;
        };
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (!escaped && ascii) {
                    out = QString::fromLatin1(segment, m_p - segment);
                } else if (!flush(m_p)) {
                    return false;
                }
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                ascii = false;
                ++m_p;
                continue;
            }
            if (c != '\\') {
                ++m_p;
                continue;
            }
            if (!flush(m_p))
                return false;
            escaped = true;
            ascii = true;
            if (++m_p == m_end)
                return false;
            switch (*m_p) {
            case '"':
            case '\\':
            case '/':
                out += QLatin1Char(*m_p);
                break;
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'u': {
                if (m_end - m_p < 5)
                    return false;
                int code = 0;
                for (int k = 1; k <= 4; ++k) {
                    const int h = hexValue(m_p[k]);
                    if (h < 0)
                        return false;
                    code = code * 16 + h;
                }
                if (code >= 0xD800 && code <= 0xDFFF)
                    return false;
                out += QChar(static_cast<char16_t>(code));
                m_p += 4;
                break;
            }
            default:
                return false;
            }
            segment = ++m_p;
        }
        return false;
    }

    bool number(double& out)
    {
        const char* start = m_p;
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        const auto [end, ec] = std::from_chars(start, m_p, out);
        if (ec != std::errc() || end != m_p || !std::isfinite(out))
            return false;
        return !(out == 0 && *start == '-'); // QJsonDocument's "-0" is an integer 0
    }

    const char* m_p;
    const char* const m_end;
    std::vector<JsonTree::Node>& m_nodes;
    std::vector<std::pair<QByteArray, QString>> m_keys;
    size_t m_lastKey = 0;
    std::vector<std::vector<int>> m_scratch;
};

std::optional<JsonTree> JsonTree::parse(QByteArrayView json)
{
    JsonTree tree;
    tree.m_nodes.reserve(static_cast<size_t>(json.size() / 40) + 1);
    if (!JsonParser(json, tree).document())
        return std::nullopt;
    return tree;
}

int JsonTree::addFromQt(const QJsonValue& value)
{
    const int index = static_cast<int>(m_nodes.size());
    m_nodes.emplace_back();
    auto at = [&]() -> Node& {
        return m_nodes[static_cast<size_t>(index)];
    };
    switch (value.type()) {
    case QJsonValue::Bool:
        at().type = Type::Bool;
        at().boolean = value.toBool();
        break;
    case QJsonValue::Double:
        at().type = Type::Double;
        at().number = value.toDouble();
        break;
    case QJsonValue::String:
        at().type = Type::String;
        at().string = value.toString();
        break;
    case QJsonValue::Array: {
        at().type = Type::Array;
        std::vector<int> elements;
        for (const QJsonValue& element : value.toArray())
            elements.push_back(addFromQt(element));
        at().children = std::move(elements);
        break;
    }
    case QJsonValue::Object: {
        at().type = Type::Object;
        std::vector<int> members;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const int child = addFromQt(it.value());
            m_nodes[static_cast<size_t>(child)].key = it.key();
            members.push_back(child);
        }
        at().children = std::move(members);
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return index;
}

JsonTree JsonTree::fromQt(const QJsonValue& root)
{
    JsonTree tree;
    tree.addFromQt(root);
    return tree;
}

JsonValue JsonTree::root() const
{
    return m_nodes.empty() ? JsonValue() : JsonValue(this, 0);
}

bool JsonTree::equal(const JsonTree& a, int i, const JsonTree& b, int j)
{
    const Node& x = a.m_nodes[static_cast<size_t>(i)];
    const Node& y = b.m_nodes[static_cast<size_t>(j)];
    if (x.type != y.type || x.boolean != y.boolean || x.number != y.number ||
        x.string != y.string || x.key != y.key || x.children.size() != y.children.size())
        return false;
    for (size_t k = 0; k < x.children.size(); ++k)
        if (!equal(a, x.children[k], b, y.children[k]))
            return false;
    return true;
}

bool operator==(const JsonTree& a, const JsonTree& b)
{
    if (a.m_nodes.empty() || b.m_nodes.empty())
        return a.m_nodes.empty() == b.m_nodes.empty();
    return JsonTree::equal(a, 0, b, 0);
}

JsonObject JsonValue::toObject() const
{
    JsonObject o;
    if (isObject()) {
        o.m_tree = m_tree;
        o.m_members = &node().children;
    }
    return o;
}

JsonArray JsonValue::toArray() const
{
    JsonArray a;
    if (isArray()) {
        a.m_tree = m_tree;
        a.m_elements = &node().children;
    }
    return a;
}

const QString& JsonObject::keyAt(qsizetype i) const
{
    return m_tree->m_nodes[static_cast<size_t>((*m_members)[static_cast<size_t>(i)])].key;
}

JsonValue JsonObject::valueAt(qsizetype i) const
{
    return JsonValue(m_tree, (*m_members)[static_cast<size_t>(i)]);
}

JsonValue JsonObject::value(QLatin1StringView key) const
{
    for (qsizetype i = 0; i < size(); ++i) {
        const QString& k = keyAt(i);
        if (k.size() == key.size() && k == key)
            return valueAt(i);
    }
    return {};
}

JsonValue JsonArray::at(qsizetype i) const
{
    return JsonValue(m_tree, (*m_elements)[static_cast<size_t>(i)]);
}

} // namespace paceline
