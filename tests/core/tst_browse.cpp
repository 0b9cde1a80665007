#include "TestSupport.h"

#include "browse/Citation.h"
#include "browse/CodeForms.h"
#include "browse/ListBrowser.h"
#include "browse/NavigationHistory.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "text/Excerpt.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

qint64 importFile(Database& db, const QString& path)
{
    auto doc = readListJsonFile(path);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    auto imported = ListStore(db).importDocument(doc.value());
    if (!imported)
        qFatal("%s", qPrintable(imported.error().toString()));
    return imported->edition.id;
}

QStringList codes(const QList<TreeRow>& rows)
{
    QStringList out;
    for (const TreeRow& r : rows)
        out << r.code;
    return out;
}

const TreeRow& rowWithCode(const QList<TreeRow>& rows, const QString& code)
{
    for (const TreeRow& r : rows)
        if (r.code == code)
            return r;
    qFatal("no row %s", qPrintable(code));
}

} // namespace

class TestBrowse : public QObject {
    Q_OBJECT
private slots:
    void navigationHistoryGoesBackAndForward()
    {
        NavigationHistory h;
        QVERIFY(!h.canGoBack() && !h.canGoForward());
        h.visit({1, QStringLiteral("4A005"), 0});
        h.visit({1, QStringLiteral("4A005"), 0}); // the same place again: no new step
        QVERIFY(!h.canGoBack());
        h.setCurrentScroll(420);
        h.visit({1, QStringLiteral("4D004"), 0});
        h.visit({2, QStringLiteral("4D004"), 0}); // same code, another edition: a new place
        QCOMPARE(h.back().editionId, 1);
        const NavigationHistory::Place first = h.back();
        QCOMPARE(first.code, QStringLiteral("4A005"));
        QCOMPARE(first.scroll, 420);
        QVERIFY(!h.canGoBack());
        QCOMPARE(h.back().code, QStringLiteral("4A005")); // nowhere to go: stays
        QCOMPARE(h.forward().code, QStringLiteral("4D004"));
        h.visit({1, QStringLiteral("4E001"), 0}); // a new place forgets Forward
        QVERIFY(!h.canGoForward());
        for (int i = 0; i < 150; ++i)
            h.visit({1, QString::number(i), 0});
        int steps = 0;
        while (h.canGoBack()) {
            h.back();
            ++steps;
        }
        QCOMPARE(steps, NavigationHistory::kMaxPlaces - 1);
    }

    void excerptsEndBetweenWords()
    {
        QCOMPARE(excerptAtWord(QStringLiteral("short text"), 80), QStringLiteral("short text"));
        QCOMPARE(excerptAtWord(QStringLiteral("Software designed to avoid detection"), 20),
                 QStringLiteral("Software designed to\u2026"));
        QCOMPARE(excerptAtWord(QStringLiteral("monitoring, extraction of data"), 14),
                 QStringLiteral("monitoring\u2026"));
        QCOMPARE(excerptAtWord(QStringLiteral("Supercalifragilistic"), 5),
                 QStringLiteral("Super\u2026"));
    }

    void codeCandidates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QStringList a5{QStringLiteral("4A005"), QStringLiteral("4.A.5")};
        QTest::newRow("eccn") << QStringLiteral("4A005") << a5;
        QTest::newRow("short") << QStringLiteral("4a5") << a5;
        QTest::newRow("wassenaar") << QStringLiteral("4.A.5")
                                   << QStringList{QStringLiteral("4.A.5"), QStringLiteral("4A005")};
        QTest::newRow("wassenaar lower, dot")
            << QStringLiteral("4.a.5.")
            << QStringList{QStringLiteral("4.A.5"), QStringLiteral("4A005")};
        QTest::newRow("prefixed") << QStringLiteral(" ECCN 4A005 ") << a5;
        QTest::newRow("item") << QStringLiteral("5A001.j")
                              << QStringList{QStringLiteral("5A001.j"), QStringLiteral("5.A.1.j")};
        QTest::newRow("deep item")
            << QStringLiteral("4a5.Z.1")
            << QStringList{QStringLiteral("4A005.z.1"), QStringLiteral("4.A.5.z.1")};
        QTest::newRow("two-digit wa category")
            << QStringLiteral("10.A.2") << QStringList{QStringLiteral("10.A.2")};
        QTest::newRow("word") << QStringLiteral("software") << QStringList{};
        QTest::newRow("group only") << QStringLiteral("4A") << QStringList{};
        QTest::newRow("group letter out of range") << QStringLiteral("4F005") << QStringList{};
    }
    void codeCandidates()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(CodeForms::candidates(typed), expected);
    }

    void parentCodes()
    {
        QCOMPARE(CodeForms::parentCode(QStringLiteral("4A005.z.1")), QStringLiteral("4A005.z"));
        QCOMPARE(CodeForms::parentCode(QStringLiteral("4A005.z")), QStringLiteral("4A005"));
        QCOMPARE(CodeForms::parentCode(QStringLiteral("4A005")), QString());
        QCOMPARE(CodeForms::parentCode(QStringLiteral("4A005~2")), QStringLiteral("4A005"));
        QCOMPARE(CodeForms::parentCode(QStringLiteral("5.A.1.j")), QStringLiteral("5.A.1"));
        QCOMPARE(CodeForms::parentCode(QStringLiteral("5.A.1")), QString());
    }

    void citations()
    {
        EditionInfo ccl;
        ccl.listKey = QStringLiteral("us-ccl");
        ccl.listName = QStringLiteral("Commerce Control List");
        ccl.label = QStringLiteral("eCFR 2025 (first half)");
        QCOMPARE(citationFor(ccl, QStringLiteral("4A005")),
                 QStringLiteral("15 CFR 774 Supp. 1, ECCN 4A005 (eCFR 2025 (first half))"));
        QCOMPARE(citationFor(ccl, QStringLiteral("4A005~2")),
                 QStringLiteral("15 CFR 774 Supp. 1, ECCN 4A005 (eCFR 2025 (first half))"));
        EditionInfo wa;
        wa.listKey = QStringLiteral("wa-dul");
        wa.listName = QStringLiteral("Dual-Use List");
        wa.label = QStringLiteral("WA-LIST (23) 1");
        QCOMPARE(citationFor(wa, QStringLiteral("4.A.5")),
                 QStringLiteral("Dual-Use List 4.A.5 (WA-LIST (23) 1)"));
    }

    void treeLevelsInDocumentOrder()
    {
        TempDatabase t;
        const qint64 edition =
            importFile(*t.db, fixture(QStringLiteral("lists/small.paceline.json")));
        ListBrowser b(*t.db);
        auto regimes = b.regimes();
        QVERIFY(regimes);
        QCOMPARE(regimes->size(), 1);
        QCOMPARE(regimes->first().title, QStringLiteral("Test Regime"));
        QVERIFY(regimes->first().hasChildren);
        auto lists = b.lists(regimes->first().id);
        QVERIFY(lists);
        QCOMPARE(lists->first().title, QStringLiteral("Test List"));
        auto editions = b.editions(lists->first().id);
        QVERIFY(editions);
        QCOMPARE(editions->first().title, QStringLiteral("Test 2024"));
        QCOMPARE(editions->first().editionId, edition);

        auto top = b.topNodes(edition);
        QVERIFY(top);
        QCOMPARE(codes(top.value()), QStringList{QStringLiteral("4")});
        auto groups = b.childNodes(top->first().id);
        QVERIFY(groups);
        QCOMPARE(codes(groups.value()), (QStringList{QStringLiteral("4A"), QStringLiteral("4D")}));
        auto entries = b.childNodes(groups->first().id);
        QVERIFY(entries);
        QCOMPARE(entries->first().code, QStringLiteral("4A005"));
        QVERIFY(entries->first().hasChildren);
        auto items = b.childNodes(entries->first().id);
        QVERIFY(items);
        QCOMPARE(codes(items.value()),
                 (QStringList{QStringLiteral("4A005.a"), QStringLiteral("4A005~1")}));
        QVERIFY(!items->first().hasChildren);
        // An item without a title shows the start of its text.
        QVERIFY(items->first().title.startsWith(QStringLiteral("Equipment for")));
    }

    void entryWithSubtreeAndTerms()
    {
        TempDatabase t;
        const qint64 edition =
            importFile(*t.db, fixture(QStringLiteral("lists/small.paceline.json")));
        ListBrowser b(*t.db);
        auto e = b.entry(edition, QStringLiteral("4A005.a"));
        QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
        QCOMPARE(e->focusCode, QStringLiteral("4A005.a"));
        QCOMPARE(e->nodes.size(), 3);
        QCOMPARE(e->nodes.at(0).code, QStringLiteral("4A005"));
        QCOMPARE(e->nodes.at(0).reasons, (QStringList{QStringLiteral("NS"), QStringLiteral("AT")}));
        QCOMPARE(e->nodes.at(0).attributes.size(), 2);
        QCOMPARE(e->nodes.at(1).depth, 1);
        QCOMPARE(e->edition.listName, QStringLiteral("Test List"));
        QCOMPARE(e->terms.size(), 2);
        QCOMPARE(e->terms.first().term, QStringLiteral("intrusion software"));

        // A category shows itself and its direct children only.
        auto cat = b.entry(edition, QStringLiteral("4"));
        QVERIFY(cat);
        QCOMPARE(cat->nodes.size(), 3);

        auto missing = b.entry(edition, QStringLiteral("9Z999"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("9Z999")));
    }

    void referencesResolveToTheNearestCode()
    {
        TempDatabase t;
        const qint64 edition =
            importFile(*t.db, fixture(QStringLiteral("lists/small.paceline.json")));
        ListBrowser b(*t.db);
        auto hit = b.resolveReference(edition, QStringLiteral("4A005.b"));
        QVERIFY(hit && hit->has_value());
        QCOMPARE(hit->value().code, QStringLiteral("4A005"));
        auto wa = b.resolveReference(edition, QStringLiteral("4.A.5"));
        QVERIFY(wa && wa->has_value());
        QCOMPARE(wa->value().code, QStringLiteral("4A005"));
        auto none = b.resolveReference(edition, QStringLiteral("9A999"));
        QVERIFY(none && !none->has_value());
    }

    void realCclTreeDownToAnItem()
    {
        const QString file = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(file);
        TempDatabase t;
        const qint64 edition = importFile(*t.db, file);
        ListBrowser b(*t.db);
        auto loc = b.locate(edition, QStringLiteral("4A005.z.1"));
        QVERIFY(loc);
        QCOMPARE(loc->path, (QStringList{QStringLiteral("4"), QStringLiteral("4A"),
                                         QStringLiteral("4A005"), QStringLiteral("4A005.z.1")}));
        // Walk the tree level by level the way the view expands it.
        auto level = b.topNodes(edition);
        QVERIFY(level);
        QCOMPARE(level->size(), 10);
        for (int i = 0; i < loc->path.size(); ++i) {
            const TreeRow& row = rowWithCode(level.value(), loc->path.at(i));
            if (i + 1 == loc->path.size())
                break;
            QVERIFY(row.hasChildren);
            level = b.childNodes(row.id);
            QVERIFY(level);
        }
        auto entry = b.entry(edition, QStringLiteral("4A005.z.1"));
        QVERIFY(entry);
        QCOMPARE(entry->nodes.first().code, QStringLiteral("4A005"));
        QCOMPARE(entry->nodes.last().code, QStringLiteral("4A005~2"));
        QCOMPARE(entry->nodes.last().depth, 2);
    }
};

QTEST_GUILESS_MAIN(TestBrowse)
#include "tst_browse.moc"
