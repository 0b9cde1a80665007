#include "TestSupport.h"

#include "browse/ListBrowser.h"
#include "browse/MissingItems.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

ListNode node(const char* code, const char* parent, NodeKind kind, const char* title,
              const char* text = "")
{
    ListNode n;
    n.code = QString::fromUtf8(code);
    n.parentCode = QString::fromUtf8(parent);
    n.kind = kind;
    n.title = QString::fromUtf8(title);
    n.text = QString::fromUtf8(text);
    return n;
}

// A list with every case of the rule: entries with and without items, some promising them.
ListDocument listOfEveryCase(const char* listKey)
{
    ListDocument doc;
    doc.regimeKey = QStringLiteral("test");
    doc.regimeName = QStringLiteral("Test");
    doc.listKey = QString::fromUtf8(listKey);
    doc.listName = QStringLiteral("Constructed");
    doc.editionLabel = QStringLiteral("E1");
    doc.nodes = {
        node("1", "", NodeKind::Category, "Materials"),
        node("1A", "1", NodeKind::Group, "Equipment"),
        // Has its items.
        node("1A001", "1A", NodeKind::Entry, "Components, as follows:"),
        node("1A001.a", "1A001", NodeKind::Item, "", "Seals."),
        // Promises items in words, has none.
        node("1A002", "1A", NodeKind::Entry,
             "Composite structures, as follows (see List of "
             "Items Controlled)."),
        node("1A003", "1A", NodeKind::Entry, "Films", "Items:"),
        node("1A004", "1A", NodeKind::Entry, "Armour:"),
        // Cites its own paragraph, has none.
        node("1A005", "1A", NodeKind::Entry, "Body armour", "Except 1A005.b, which is ..."),
        // Complete in itself.
        node("1A006", "1A", NodeKind::Entry, "Equipment on the Munitions List."),
        // Its items are written into its text: there to read.
        node("1A007", "1A", NodeKind::Entry, "Fibres", "a. Glass fibres;\nb. Carbon fibres."),
        node("1A009", "1A", NodeKind::Entry, "Mounts", "Mounts; see .d and .e of this entry."),
        // Another entry's paragraph is not its own.
        node("1A008", "1A", NodeKind::Entry, "Parts", "For equipment in 1A001.a."),
    };
    return doc;
}

qint64 importDocument(Database& db, const ListDocument& doc)
{
    auto imported = ListStore(db).importDocument(doc);
    if (!imported)
        qFatal("%s", qPrintable(imported.error().toString()));
    return imported->edition.id;
}

bool missing(Database& db, qint64 edition, const char* code)
{
    auto entry = ListBrowser(db).entry(edition, QString::fromUtf8(code));
    if (!entry)
        qFatal("%s", qPrintable(entry.error().toString()));
    return entry->itemsMissing;
}

} // namespace

class TestMissingItems : public QObject {
    Q_OBJECT
private slots:
    void constructedList_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("missing");
        QTest::newRow("has items") << "1A001" << false;
        QTest::newRow("as follows, no items") << "1A002" << true;
        QTest::newRow("Items: heading") << "1A003" << true;
        QTest::newRow("closing colon") << "1A004" << true;
        QTest::newRow("cites own paragraph") << "1A005" << true;
        QTest::newRow("cites own paragraph, bare") << "1A009" << true;
        QTest::newRow("complete in itself") << "1A006" << false;
        QTest::newRow("items in its text") << "1A007" << false;
        QTest::newRow("cites another entry's paragraph") << "1A008" << false;
        QTest::newRow("an item of an entry with items") << "1A001.a" << false;
        QTest::newRow("a group") << "1A" << false;
    }
    void constructedList()
    {
        QFETCH(QString, code);
        QFETCH(bool, missing);
        TempDatabase t;
        const qint64 edition = importDocument(*t.db, listOfEveryCase("constructed"));
        auto entry = ListBrowser(*t.db).entry(edition, code);
        QVERIFY(entry);
        QCOMPARE(entry->itemsMissing, missing);
    }

    void everyCclEntryHasItems()
    {
        // On the Commerce Control List every ECCN has a List of Items Controlled.
        TempDatabase t;
        const qint64 edition = importDocument(*t.db, listOfEveryCase("us-ccl"));
        QVERIFY(!missing(*t.db, edition, "1A001"));
        QVERIFY(missing(*t.db, edition, "1A006"));
        QVERIFY(missing(*t.db, edition, "1A007"));
    }

    void realCcl()
    {
        const QString file = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(file);
        TempDatabase t;
        auto doc = readListJsonFile(file);
        QVERIFY(doc);
        const qint64 edition = importDocument(*t.db, doc.value());
        QStringList flagged;
        int entries = 0;
        for (const ListNode& n : doc->nodes) {
            if (n.kind != NodeKind::Entry)
                continue;
            ++entries;
            if (missing(*t.db, edition, n.code.toUtf8().constData()))
                flagged << n.code;
        }
        QCOMPARE(entries, 604);
        // 5A001 and 22 others arrive without their items (data/README: converted from a scrape).
        QCOMPARE(flagged.size(), 23);
        QVERIFY(flagged.contains(QStringLiteral("5A001")));
        QVERIFY(flagged.contains(QStringLiteral("2B018")));
        QVERIFY(!missing(*t.db, edition, "4A005"));
        QVERIFY(!missing(*t.db, edition, "5A002"));
        // An item inside an entry with items is no entry of its own.
        QVERIFY(!missing(*t.db, edition, "5A002.a"));
    }
};

QTEST_GUILESS_MAIN(TestMissingItems)
#include "tst_missingitems.moc"
