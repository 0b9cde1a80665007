#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <vector>

class QJsonValue;

namespace paceline {

class JsonTree;

// Read-only views into a JsonTree, with the part of QJsonValue/QJsonObject/QJsonArray's
// interface that the paceline.list reader uses. A default JsonValue is undefined (a member
// that is not there).
class JsonValue;
class JsonObject;
class JsonArray;

// A parsed JSON document with QJsonDocument's meaning: object members sorted by key, the last
// of duplicate keys kept, every number a double. parse() reads the plain JSON that lists are
// made of several times faster than QJsonDocument::fromJson, which took three quarters of a
// list import's reading; whatever it does not handle (any error, and rare forms such as control
// characters in strings, escaped surrogates, a byte order mark) it leaves to QJsonDocument, whose
// tree fromQt() takes over. Both ways give the same tree (tst_jsontree, fuzz_jsontree).
class JsonTree {
public:
    enum class Type : quint8 { Null, Bool, Double, String, Array, Object };

    // The document if it is an object this parser reads in full, else nullopt.
    static std::optional<JsonTree> parse(QByteArrayView json);
    static JsonTree fromQt(const QJsonValue& root);

    JsonValue root() const;

    friend bool operator==(const JsonTree& a, const JsonTree& b);

private:
    friend class JsonValue;
    friend class JsonObject;
    friend class JsonArray;
    friend class JsonParser;

    struct Node {
        Type type = Type::Null;
        bool boolean = false;
        double number = 0;
        QString string;            // a string's value
        QString key;               // the member name, for a member of an object
        std::vector<int> children; // elements, or members sorted by key
    };
    int addFromQt(const QJsonValue& value);
    static bool equal(const JsonTree& a, int i, const JsonTree& b, int j);

    std::vector<Node> m_nodes; // the root first
};

class JsonValue {
public:
    JsonValue() = default;

    JsonTree::Type type() const { return node().type; }
    bool isUndefined() const { return m_tree == nullptr; }
    bool isObject() const { return m_tree && type() == JsonTree::Type::Object; }
    bool isArray() const { return m_tree && type() == JsonTree::Type::Array; }
    bool isString() const { return m_tree && type() == JsonTree::Type::String; }
    bool isDouble() const { return m_tree && type() == JsonTree::Type::Double; }
    // Empty, 0 or an empty container for a value of another type, as QJsonValue does.
    QString toString() const { return isString() ? node().string : QString(); }
    double toDouble() const { return isDouble() ? node().number : 0; }
    JsonObject toObject() const;
    JsonArray toArray() const;

private:
    friend class JsonTree;
    friend class JsonObject;
    friend class JsonArray;
    JsonValue(const JsonTree* tree, int index)
        : m_tree(tree)
        , m_index(index)
    {
    }
    const JsonTree::Node& node() const { return m_tree->m_nodes[static_cast<size_t>(m_index)]; }

    const JsonTree* m_tree = nullptr;
    int m_index = 0;
};

class JsonObject {
public:
    qsizetype size() const { return m_members ? static_cast<qsizetype>(m_members->size()) : 0; }
    const QString& keyAt(qsizetype i) const;
    JsonValue valueAt(qsizetype i) const;
    JsonValue value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }

private:
    friend class JsonValue;
    const JsonTree* m_tree = nullptr;
    const std::vector<int>* m_members = nullptr;
};

class JsonArray {
public:
    qsizetype size() const { return m_elements ? static_cast<qsizetype>(m_elements->size()) : 0; }
    JsonValue at(qsizetype i) const;

private:
    friend class JsonValue;
    const JsonTree* m_tree = nullptr;
    const std::vector<int>* m_elements = nullptr;
};

} // namespace paceline
