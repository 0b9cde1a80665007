#include "SyntheticCorpus.h"
#include "TestSupport.h"

#include "lists/ListJsonReader.h"
#include "lists/ListJsonWriter.h"

#include <QSet>
#include <QtTest>

using namespace paceline;

// The benchmark corpus must be a valid paceline.list and change a little between editions.
class TestSynthetic : public QObject {
    Q_OBJECT
private slots:
    void editionsAreValidAndDifferSlightly()
    {
        const ListDocument a = bench::makeSyntheticEdition(QStringLiteral("s"), 10, 7000);
        const ListDocument b = bench::makeSyntheticEdition(QStringLiteral("s"), 11, 7000);
        QCOMPARE(a.nodes.size(), 7000);
        auto reread = readListJson(writeListJson(a), QStringLiteral("synthetic.json"));
        QVERIFY2(reread, reread ? "" : qPrintable(reread.error().toString()));
        QSet<QString> codesA, codesB;
        int entries = 0;
        for (const ListNode& n : a.nodes) {
            codesA.insert(n.code);
            entries += n.kind == NodeKind::Entry;
        }
        QVERIFY(entries > 400 && entries < 900);
        QHash<QString, QString> textA;
        for (const ListNode& n : a.nodes)
            textA.insert(n.code, n.text + n.title);
        int changed = 0;
        for (const ListNode& n : b.nodes) {
            codesB.insert(n.code);
            if (textA.contains(n.code) && textA.value(n.code) != n.text + n.title)
                ++changed;
        }
        QVERIFY2(changed > 10 && changed < 300, qPrintable(QString::number(changed)));
        QVERIFY(codesA != codesB || changed > 0);
    }
};

QTEST_GUILESS_MAIN(TestSynthetic)
#include "tst_synthetic.moc"
