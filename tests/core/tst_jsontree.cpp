#include "SyntheticCorpus.h"
#include "TestSupport.h"

#include "lists/JsonTree.h"
#include "lists/ListJsonReader.h"
#include "lists/ListJsonWriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// QJsonDocument's reading of bytes, as a JsonTree; nullopt when it refuses them or the root is
// not an object.
std::optional<JsonTree> throughQt(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return JsonTree::fromQt(doc.object());
}

// The promise of JsonTree::parse: what it accepts, QJsonDocument accepts with the same meaning.
bool agrees(const QByteArray& bytes)
{
    const std::optional<JsonTree> fast = JsonTree::parse(bytes);
    if (!fast)
        return true;
    const std::optional<JsonTree> qt = throughQt(bytes);
    return qt && *qt == *fast;
}

// Every list file at hand: the fixtures, a synthetic edition of the benchmark corpus and the
// real Commerce Control List when ../shared/data is there.
QList<QByteArray> listFiles()
{
    QList<QByteArray> files;
    for (const char* folder : {"lists", "editions"}) {
        const QDir dir(fixture(QString::fromLatin1(folder)));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
            files << readAll(dir.filePath(name));
    }
    files << writeListJson(bench::makeSyntheticEdition(QStringLiteral("s"), 3, 2000));
    const QString ccl = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
    if (!ccl.isEmpty())
        files << readAll(ccl);
    return files;
}

} // namespace

// The paceline.list reader's JSON parser (core/lists/JsonTree): several times faster than
// QJsonDocument on list files, and never of another opinion.
class TestJsonTree : public QObject {
    Q_OBJECT
private slots:
    // Every list file there is reads through the fast parser, to QJsonDocument's tree.
    void listFilesReadAsQtReadsThem()
    {
        const QList<QByteArray> files = listFiles();
        QVERIFY(files.size() >= 6);
        for (const QByteArray& bytes : files) {
            const auto tree = JsonTree::parse(bytes);
            QVERIFY2(tree, bytes.left(200).constData()); // not left to QJsonDocument
            const auto qt = throughQt(bytes);
            QVERIFY(qt);
            QVERIFY2(*tree == *qt, bytes.left(200).constData());
        }
    }

    // Tricky forms: each is either read the same way or left to QJsonDocument.
    void trickyFormsAgree_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("fast"); // read by the fast parser
        auto row = [](const char* name, const QByteArray& json, bool fast) {
            QTest::newRow(name) << json << fast;
        };
        row("plain", "{\"a\":\"b\",\"c\":[1,2.5,-3e2,true,false,null],\"d\":{}}", true);
        row("keys sorted", "{\"b\":1,\"_\":2,\"B\":3,\"a\":4,\"\":5}", true);
        row("last duplicate wins", "{\"b\":1,\"a\":2,\"b\":3}", true);
        row("escapes", "{\"a\":\"q\\\"b\\\\s\\/n\\nt\\tr\\rb\\bf\\fu\\u00e9\\u20AC\"}", true);
        row("utf-8", "{\"a\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xef\xbf\xbf\"}", true);
        row("whitespace", " \n\t{ \"a\" : [ ] , \"b\" :{ } }\r\n", true);
        row("big integer", "{\"a\":12345678901234567890,\"b\":9007199254740993}", true);
        row("escaped surrogates", "{\"a\":\"\\ud83d\\ude00\"}", false);
        row("lone surrogate", "{\"a\":\"\\ud800\"}", false);
        row("raw tab", "{\"a\":\"x\ty\"}", false);
        row("minus zero", "{\"a\":-0}", false);
        row("trailing dot", "{\"a\":1.}", false);
        row("byte order mark", "\xef\xbb\xbf{\"a\":1}", false);
        row("escaped key", "{\"\\u0061\":1}", false);
        row("non-ascii key", "{\"\xc3\xa9\":1}", false);
        row("array root", "[1]", false);
        row("huge number", "{\"a\":1e400}", false);
        row("invalid utf-8", "{\"a\":\"\xc0\xaf\"}", false);
        row("encoded surrogate", "{\"a\":\"\xed\xa0\x80\"}", false);
        row("trailing comma", "{\"a\":1,}", false);
        row("garbage after", "{\"a\":1} x", false);
        row("unterminated", "{\"a\":\"b", false);
        row("leading zero", "{\"a\":01}", false);
        row("bad literal", "{\"a\":tru}", false);
        row("empty", "", false);
        row("deep", QByteArray("{\"a\":") + QByteArray(100, '[') + QByteArray(100, ']') + "}",
            false);
    }
    void trickyFormsAgree()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, fast);
        QCOMPARE(JsonTree::parse(json).has_value(), fast);
        QVERIFY(agrees(json));
    }

    // Random damage to list-like documents: never a different reading (a differential fuzz
    // with a fixed seed; fuzz_listjson does the same without end).
    void damagedDocumentsAgree()
    {
        const QByteArray seed = readAll(fixture(QStringLiteral("lists/small.paceline.json")));
        QVERIFY(!seed.isEmpty());
        const QByteArray alphabet = QByteArrayLiteral("{}[]\",:\\/ u0123456789eE.-+tfnrlasb\n\t"
                                                      "\xc3\xa9\xed\xa0\x80\xff");
        QRandomGenerator random(15019);
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = seed;
            const int edits = 1 + static_cast<int>(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(bytes.size());
                const char c = alphabet.at(random.bounded(alphabet.size()));
                switch (random.bounded(3)) {
                case 0:
                    bytes[at] = c;
                    break;
                case 1:
                    bytes.insert(at, c);
                    break;
                default:
                    bytes.remove(at, 1 + random.bounded(3));
                    break;
                }
            }
            QVERIFY2(agrees(bytes), bytes.constData());
        }
    }

    // The reader gives the same document, warnings and errors whichever parser read the file:
    // syntax errors still come from QJsonDocument, with its message and place.
    void readerErrorsUnchanged()
    {
        const auto bad = readListJson("{\"format\": \"paceline.list\", \"version\": 1,",
                                      QStringLiteral("x.json"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.startsWith(QStringLiteral("invalid JSON: ")));
        QCOMPARE(bad.error().place, QStringLiteral("x.json:1:42"));
        const auto array = readListJson("[]", QStringLiteral("y.json"));
        QCOMPARE(array.error().message, QStringLiteral("expected a JSON object at the top level"));
    }
};

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
