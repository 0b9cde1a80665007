#include "TestSupport.h"

#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "search/SearchEngine.h"
#include "search/Sensitivity.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// The small EU-style fixture and the Wassenaar one, whose nodes carry "sensitivity".
struct Lists {
    TempDatabase t;
    qint64 wa = 0;
    Lists()
    {
        for (const char* name : {"lists/small.paceline.json", "lists/wa-sensitive.paceline.json"}) {
            auto doc = readListJsonFile(fixture(QLatin1String(name)));
            if (!doc)
                qFatal("%s", qPrintable(doc.error().toString()));
            auto imported = ListStore(*t.db).importDocument(doc.value());
            if (!imported)
                qFatal("%s", qPrintable(imported.error().toString()));
            wa = imported->edition.id;
        }
    }
    qint64 nodeId(const char* code)
    {
        auto q = t.db->prepare("SELECT id FROM node WHERE edition_id = ?1 AND code = ?2");
        q->bind(1, wa).bind(2, QLatin1String(code));
        return q->step().value() ? q->integer(0) : 0;
    }
};

// "4.A.5:sensitive" for each hit, in order.
QStringList described(const SearchResults& r)
{
    QStringList out;
    for (const SearchHit& h : r.hits)
        out << h.code + QLatin1Char(':') + sensitivityValue(h.sensitivity);
    return out;
}

SearchResults search(Database& db, const QString& text, Sensitivity filter)
{
    SearchQuery q;
    q.text = text;
    q.sensitivity = filter;
    auto r = SearchEngine(db).search(q);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return r.value();
}

} // namespace

class TestSensitivity : public QObject {
    Q_OBJECT
private slots:
    void attributeValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("level");
        QTest::newRow("sensitive") << "sensitive" << int(Sensitivity::Sensitive);
        QTest::newRow("very") << "very-sensitive" << int(Sensitivity::VerySensitive);
        QTest::newRow("unknown") << "secret" << int(Sensitivity::None);
        QTest::newRow("empty") << "" << int(Sensitivity::None);
    }
    void attributeValues()
    {
        QFETCH(QString, value);
        QFETCH(int, level);
        const auto s = static_cast<Sensitivity>(level);
        QCOMPARE(sensitivityFromValue(value), s);
        QCOMPARE(sensitivityOf({{QStringLiteral("x"), QStringLiteral("y")},
                                {QStringLiteral("sensitivity"), value}}),
                 s);
        if (s != Sensitivity::None)
            QCOMPARE(sensitivityValue(s), value);
    }

    // A node is on a list by its own mark or by the entry it lies in.
    void membershipIsInherited()
    {
        Lists l;
        auto marks = effectiveSensitivity(*l.t.db, {l.nodeId("4.A.5"), l.nodeId("4.A.5.a"),
                                                    l.nodeId("4.A.1.a.2"), l.nodeId("4.A.1"),
                                                    l.nodeId("5.A.1.j"), l.nodeId("5.A.2.a")});
        QVERIFY(marks);
        QCOMPARE(marks->value(l.nodeId("4.A.5")), Sensitivity::Sensitive);
        QCOMPARE(marks->value(l.nodeId("4.A.5.a")), Sensitivity::Sensitive);
        QCOMPARE(marks->value(l.nodeId("4.A.1.a.2")), Sensitivity::VerySensitive);
        QCOMPARE(marks->value(l.nodeId("5.A.1.j")), Sensitivity::Sensitive);
        QVERIFY(!marks->contains(l.nodeId("4.A.1"))); // holds a VSL item, is not on the list
        QVERIFY(!marks->contains(l.nodeId("5.A.2.a")));
    }

    void treeScopeAndNodes()
    {
        Lists l;
        auto scope = sensitiveScope(*l.t.db, Sensitivity::Sensitive);
        QVERIFY(scope);
        QCOMPARE(scope->editions, QSet<qint64>{l.wa});
        QCOMPARE(scope->lists.size(), 1);
        auto nodes = sensitiveNodes(*l.t.db, l.wa, Sensitivity::Sensitive);
        QVERIFY(nodes);
        QCOMPARE(nodes->marked,
                 (QSet<qint64>{l.nodeId("4.A.5"), l.nodeId("4.A.1.a.2"), l.nodeId("5.A.1.j")}));
        QCOMPARE(nodes->ancestors, (QSet<qint64>{l.nodeId("4"), l.nodeId("4.A"), l.nodeId("4.A.1"),
                                                 l.nodeId("4.A.1.a"), l.nodeId("5"),
                                                 l.nodeId("5-1"), l.nodeId("5.A.1")}));
        auto very = sensitiveNodes(*l.t.db, l.wa, Sensitivity::VerySensitive);
        QCOMPARE(very->marked, QSet<qint64>{l.nodeId("4.A.1.a.2")});
        QVERIFY(sensitiveScope(*l.t.db, Sensitivity::VerySensitive)->editions.contains(l.wa));
    }

    void searchResultsCarryAndFilterMembership_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("filter");
        QTest::addColumn<QStringList>("expected"); // code hits first, in order; then text hits
        const auto none = int(Sensitivity::None);
        const auto sl = int(Sensitivity::Sensitive);
        const auto vsl = int(Sensitivity::VerySensitive);
        auto list = [](std::initializer_list<const char*> items) {
            QStringList out;
            for (const char* s : items)
                out << QString::fromUtf8(s);
            return out;
        };
        QTest::newRow("code hits carry it")
            << "4.A.5" << none << list({"4.A.5:sensitive", "4A005:"});
        QTest::newRow("vsl item") << "4a1a2" << none << list({"4.A.1.a.2:very-sensitive"});
        QTest::newRow("code hits filtered") << "4A005" << sl << list({"4.A.5:sensitive"});
        QTest::newRow("code hits all filtered") << "4.A.5" << vsl << list({});
        QTest::newRow("entry off the list gives way to its marked items")
            << "4a1" << sl << list({"4.A.1.a.2:very-sensitive"});
        QTest::newRow("text inside a marked entry")
            << "delivery platforms" << sl << list({"4.A.5.a:sensitive"});
        QTest::newRow("text, vsl item") << "radiation" << sl << list({"4.A.1.a.2:very-sensitive"});
        QTest::newRow("text, sl item, vsl filter") << "surveillance" << vsl << list({});
        QTest::newRow("text, unmarked") << "cryptography" << none << list({"5.A.2.a:"});
        QTest::newRow("text, unmarked, filtered") << "cryptography" << sl << list({});
        QTest::newRow("terms are on no list")
            << "\"intrusion software\"" << sl << list({"4.A.5:sensitive"});
    }
    void searchResultsCarryAndFilterMembership()
    {
        QFETCH(QString, text);
        QFETCH(int, filter);
        QFETCH(QStringList, expected);
        Lists l;
        const SearchResults r = search(*l.t.db, text, static_cast<Sensitivity>(filter));
        QStringList got = described(r);
        if (r.codeMatch) // a code's text hits are other places that mention it: not under test
            got = got.mid(0, std::count_if(r.hits.cbegin(), r.hits.cend(), [](const SearchHit& h) {
                              return h.source == SearchHit::Source::Code;
                          }));
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
