#include "TestSupport.h"

#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "stats/DatabaseStats.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// The real US Commerce Control List from ../shared/data, with its roughness kept on purpose.
class TestRealData : public QObject {
    Q_OBJECT
private slots:
    void importsTheCommerceControlList()
    {
        const QString path = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(path);
        TempDatabase t;
        auto doc = readListJsonFile(path);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        auto outcome = ListStore(*t.db).importDocument(doc.value());
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));

        auto stats = collectStats(*t.db);
        QVERIFY(stats);
        QCOMPARE(stats->editions.size(), 1);
        const EditionCounts& e = stats->editions.first();
        QCOMPARE(e.listKey, QStringLiteral("us-ccl"));
        QCOMPARE(e.nodesByKind.value(QStringLiteral("category")), 10);
        QCOMPARE(e.nodesByKind.value(QStringLiteral("entry")), 604);
        QCOMPARE(e.nodesByKind.value(QStringLiteral("item")), 4620);
        QCOMPARE(e.nodes, 6901);

        auto entry = [&](const char* code) {
            auto q = t.db->prepare("SELECT kind, title, reasons FROM node WHERE code = ?1");
            q->bind(1, QLatin1String(code));
            if (!q->step().value())
                return QStringList();
            return QStringList{q->text(0), q->text(1), q->text(2)};
        };
        QCOMPARE(entry("4A005").value(0), QStringLiteral("entry"));
        QVERIFY(entry("4A005").value(1).contains(QStringLiteral("intrusion software")));
        QCOMPARE(entry("4D004").value(0), QStringLiteral("entry"));
        QCOMPARE(entry("5A001").value(0), QStringLiteral("entry"));
        QVERIFY(entry("5A001").value(1).startsWith(QStringLiteral("Telecommunications systems")));
        // The scraped source lost the sub-paragraphs of 5A001: 5A001.j ("IP network
        // communications surveillance") is not in this file. Should a fixed file arrive, this
        // tells us to check the item itself.
        QVERIFY(entry("5A001.j").isEmpty());
        auto children =
            t.db->prepare("SELECT count(*) FROM node c JOIN node p ON p.id = c.parent_id "
                          "WHERE p.code = '5A001'");
        QVERIFY(children->step().value());
        QCOMPARE(children->integer(0), 0);

        auto text = ListStore(*t.db).subtreeText(outcome->edition.id, QStringLiteral("4A005"));
        QVERIFY(text);
        QVERIFY2(text->contains(QStringLiteral("intrusion software")), qPrintable(text->left(200)));
    }
};

QTEST_GUILESS_MAIN(TestRealData)
#include "tst_realdata.moc"
