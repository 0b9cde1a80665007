#include "TestSupport.h"

#include "demo/DemoDataset.h"
#include "editions/Concordance.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// A list in EU/US spelling holding the given codes, each an entry or an item of the one before.
ListDocument eccnList(const char* regime, const char* key, const QStringList& codes)
{
    ListDocument doc;
    doc.regimeKey = QLatin1String(regime);
    doc.regimeName = doc.regimeKey;
    doc.listKey = QLatin1String(key);
    doc.listName = doc.listKey;
    doc.editionLabel = QStringLiteral("test");
    for (const QString& code : codes) {
        ListNode n;
        n.code = code;
        n.kind = code.contains(QLatin1Char('.')) ? NodeKind::Item : NodeKind::Entry;
        if (n.kind == NodeKind::Item)
            n.parentCode = code.section(QLatin1Char('.'), 0, -2);
        n.title = QStringLiteral("title of ") + code;
        doc.nodes.append(n);
    }
    return doc;
}

// "eu-annex-i:4A005 us-ccl:4A005" (sorted) for the links of one item.
QString describe(const QList<ConcordanceLink>& links)
{
    QStringList parts;
    for (const ConcordanceLink& l : links)
        parts << l.listKey + QLatin1Char(':') + l.code +
                     (l.origin == LinkOrigin::Manual ? QStringLiteral("(manual)") : QString());
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestConcordance : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;
    qint64 m_wa = 0, m_eu = 0, m_us = 0;

    qint64 listId(const char* key)
    {
        auto editions = ListStore(*m_db.db).editions();
        for (const EditionInfo& e : editions.value())
            if (e.listKey == QLatin1String(key))
                return Concordance(*m_db.db).listIdOfEdition(e.id).value();
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installDemoDataset(*m_db.db));
        const QString ccl = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        if (!ccl.isEmpty()) {
            auto doc = readListJsonFile(ccl);
            QVERIFY(doc);
            QVERIFY(ListStore(*m_db.db).importDocument(doc.value()));
        }
        m_wa = listId("wa-dul");
        m_eu = listId("eu-annex-i");
        m_us = listId("us-ccl");
        QVERIFY(m_wa && m_eu);
    }

    void codeRules_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("key");
        QTest::newRow("wa entry") << QStringLiteral("4.A.5") << QStringLiteral("4A005");
        QTest::newRow("wa entry, printed dot")
            << QStringLiteral("4.A.5.") << QStringLiteral("4A005");
        QTest::newRow("wa two digits") << QStringLiteral("1.C.10") << QStringLiteral("1C010");
        QTest::newRow("wa item") << QStringLiteral("5.A.1.j") << QStringLiteral("5A001.j");
        QTest::newRow("cat 5 part 2") << QStringLiteral("5.A.2") << QStringLiteral("5A002");
        QTest::newRow("eu entry") << QStringLiteral("4A005") << QStringLiteral("4A005");
        QTest::newRow("us item") << QStringLiteral("4A005.z.1") << QStringLiteral("4A005.z.1");
        QTest::newRow("us part heading") << QStringLiteral("5.2.A") << QString();
        QTest::newRow("category") << QStringLiteral("5") << QString();
        QTest::newRow("group") << QStringLiteral("4.A") << QString();
        QTest::newRow("note") << QStringLiteral("2.B.1~n1") << QString();
        QTest::newRow("munitions") << QStringLiteral("ML10") << QStringLiteral("ML10");
        QTest::newRow("munitions item") << QStringLiteral("ML8.a.1") << QStringLiteral("ML8.a.1");
        QTest::newRow("wa deep item") << QStringLiteral("4.A.1.a.2") << QStringLiteral("4A001.a.2");
        QTest::newRow("us 600 series")
            << QStringLiteral("0A501.y.1") << QStringLiteral("0A501.y.1");
        QTest::newRow("wa note paragraph") << QStringLiteral("4.A.3~1.a") << QString();
        QTest::newRow("wa part node") << QStringLiteral("5-2") << QString();
    }

    void codeRules()
    {
        QFETCH(QString, code);
        QFETCH(QString, key);
        QCOMPARE(concordanceKey(code), key);
        if (!key.isEmpty())
            QVERIFY(concordanceCodeForms(key).contains(concordanceKey(code)));
    }

    void derivedAcrossWassenaarEuAndUs()
    {
        Concordance c(*m_db.db);
        auto wa = c.linksFor(m_wa, QStringLiteral("4.A.5"));
        QVERIFY2(wa, wa ? "" : qPrintable(wa.error().toString()));
        const QString us = m_us ? QStringLiteral(" us-ccl:4A005") : QString();
        QCOMPARE(describe(wa.value()), QStringLiteral("eu-annex-i:4A005") + us);
        auto eu = c.linksFor(m_eu, QStringLiteral("4A005"));
        QVERIFY(eu);
        QCOMPARE(describe(eu.value()), m_us ? QStringLiteral("us-ccl:4A005 wa-dul:4.A.5")
                                            : QStringLiteral("wa-dul:4.A.5"));
        auto item = c.linksFor(m_wa, QStringLiteral("5.A.1.j"));
        QVERIFY(item);
        QVERIFY(describe(item.value()).contains(QStringLiteral("eu-annex-i:5A001.j")));
        auto part2 = c.linksFor(m_wa, QStringLiteral("5.A.2"));
        QVERIFY(part2);
        QVERIFY(describe(part2.value()).contains(QStringLiteral("eu-annex-i:5A002")));
        QCOMPARE(part2->first().title, QStringLiteral("Cryptographic information security items"));
    }

    void realUsListJoinsTheConcordance()
    {
        if (!m_us)
            QSKIP("../shared/data is absent: real-data test skipped");
        Concordance c(*m_db.db);
        auto us = c.linksFor(m_us, QStringLiteral("5A002"));
        QVERIFY(us);
        QCOMPARE(describe(us.value()), QStringLiteral("eu-annex-i:5A002 wa-dul:5.A.2"));
        // A US part heading is not an entry of another list.
        auto heading = c.linksFor(m_us, QStringLiteral("5.2.A"));
        QVERIFY(heading);
        QVERIFY(heading->isEmpty());
    }

    // The Wassenaar importer's list (wa-dual-use, canonical "4.A.5", "5.A.1.j") joins the EU
    // and US spellings by rule, both ways.
    void wassenaarListJoinsEuAndUsByRule()
    {
        TempDatabase t;
        ListStore store(*t.db);
        auto wa = readListJsonFile(fixture(QStringLiteral("lists/wa-sensitive.paceline.json")));
        QVERIFY(wa);
        QVERIFY(store.importDocument(wa.value()));
        const QStringList codes{QStringLiteral("4A005"),   QStringLiteral("5A001"),
                                QStringLiteral("5A001.j"), QStringLiteral("4A001"),
                                QStringLiteral("4A001.a"), QStringLiteral("4A001.a.2")};
        QVERIFY(store.importDocument(eccnList("eu", "eu-annex-i", codes)));
        QVERIFY(store.importDocument(eccnList("us-ear", "us-ccl", codes)));
        const QList<EditionInfo> editions = store.editions().value();
        auto id = [&](const char* key) {
            for (const EditionInfo& e : editions)
                if (e.listKey == QLatin1String(key))
                    return Concordance(*t.db).listIdOfEdition(e.id).value();
            return qint64{0};
        };
        Concordance c(*t.db);
        const qint64 waList = id("wa-dual-use");
        const qint64 euList = id("eu-annex-i");
        QCOMPARE(describe(c.linksFor(waList, QStringLiteral("4.A.5")).value()),
                 QStringLiteral("eu-annex-i:4A005 us-ccl:4A005"));
        QCOMPARE(describe(c.linksFor(waList, QStringLiteral("5.A.1.j")).value()),
                 QStringLiteral("eu-annex-i:5A001.j us-ccl:5A001.j"));
        QCOMPARE(describe(c.linksFor(waList, QStringLiteral("4.A.1.a.2")).value()),
                 QStringLiteral("eu-annex-i:4A001.a.2 us-ccl:4A001.a.2"));
        QCOMPARE(describe(c.linksFor(euList, QStringLiteral("4A005")).value()),
                 QStringLiteral("us-ccl:4A005 wa-dual-use:4.A.5"));
        QCOMPARE(describe(c.linksFor(euList, QStringLiteral("5A001.j")).value()),
                 QStringLiteral("us-ccl:5A001.j wa-dual-use:5.A.1.j"));
        // Notes, their paragraphs and the Category 5 part nodes have no counterpart by rule.
        QVERIFY(c.linksFor(waList, QStringLiteral("4.A.3~1.a")).value().isEmpty());
        QVERIFY(c.linksFor(waList, QStringLiteral("5-1")).value().isEmpty());
    }

    void manualLinksAndHiddenRules()
    {
        Concordance c(*m_db.db);
        const QString wa = QStringLiteral("5.A.4");
        QVERIFY(c.addManualLink(m_wa, wa, m_eu, QStringLiteral("5D002")));
        auto links = c.linksFor(m_wa, wa);
        QVERIFY(links);
        QCOMPARE(describe(links.value()).count(QStringLiteral("eu-annex-i:5D002(manual)")), 1);
        // Links go both ways.
        auto back = c.linksFor(m_eu, QStringLiteral("5D002"));
        QVERIFY(back);
        QVERIFY(describe(back.value()).contains(QStringLiteral("wa-dul:5.A.4(manual)")));

        QVERIFY(c.hideDerivedLink(m_eu, QStringLiteral("5A004"), m_wa, wa));
        links = c.linksFor(m_wa, wa);
        QVERIFY(!describe(links.value()).contains(QStringLiteral("eu-annex-i:5A004")));
        auto hidden = c.hiddenLinksFor(m_wa, wa);
        QVERIFY(hidden);
        QCOMPARE(describe(hidden.value()), QStringLiteral("eu-annex-i:5A004"));

        QCOMPARE(c.isHidden(m_wa, wa, m_eu, QStringLiteral("5A004")).value(), true);
        QVERIFY(c.unhideDerivedLink(m_wa, wa, m_eu, QStringLiteral("5A004")));
        QCOMPARE(c.isHidden(m_eu, QStringLiteral("5A004"), m_wa, wa).value(), false);
        QVERIFY(c.deleteManualLink(m_eu, QStringLiteral("5D002"), m_wa, wa));
        links = c.linksFor(m_wa, wa);
        QCOMPARE(describe(links.value()).contains(QStringLiteral("eu-annex-i:5A004")), true);
        QCOMPARE(describe(links.value()).contains(QStringLiteral("5D002")), false);

        auto count = m_db.db->prepare("SELECT count(*) FROM concordance");
        QVERIFY(count->step().value());
        QCOMPARE(count->integer(0), qint64{0});
        QVERIFY(!c.addManualLink(m_wa, wa, m_wa, QStringLiteral("5.A.2")));
        QVERIFY(!c.lookup(m_eu, QStringLiteral("9Z999")));
    }
};

QTEST_GUILESS_MAIN(TestConcordance)
#include "tst_concordance.moc"
