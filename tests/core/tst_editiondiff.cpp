#include "TestSupport.h"

#include "editions/ComparisonExport.h"
#include "editions/EditionDiff.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "text/Redline.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

qint64 importFixture(Database& db, const char* name)
{
    auto doc = readListJsonFile(fixture(QStringLiteral("editions/") + QLatin1String(name)));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    auto outcome = ListStore(db).importDocument(doc.value());
    if (!outcome)
        qFatal("%s", qPrintable(outcome.error().toString()));
    return outcome->edition.id;
}

// "a b c" -> {"a", "b", "c"}
QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

EditionSnapshot snapshot(std::initializer_list<EditionNode> nodes)
{
    EditionSnapshot s;
    s.listKey = QStringLiteral("xl");
    s.listName = QStringLiteral("X list");
    for (EditionNode n : nodes) {
        n.ord = static_cast<int>(s.nodes.size());
        s.indexByCode.insert(n.code, n.ord);
        s.nodes.append(n);
    }
    return s;
}

} // namespace

class TestEditionDiff : public QObject {
    Q_OBJECT
private slots:
    void handMadeEditionsGiveTheKnownChanges()
    {
        TempDatabase t;
        const qint64 a = importFixture(*t.db, "edition-a.paceline.json");
        const qint64 b = importFixture(*t.db, "edition-b.paceline.json");
        auto cmp = compareEditions(*t.db, a, b);
        QVERIFY2(cmp, cmp ? "" : qPrintable(cmp.error().toString()));
        QCOMPARE(sorted(cmp->codes(ChangeKind::Added)), words("2 2.B 4.A.5 4.A.5.a 4.D.4 5.A.1.j"));
        QCOMPARE(sorted(cmp->codes(ChangeKind::Removed)), words("1.A.1.b 3 3.A 3.A.1"));
        QCOMPARE(sorted(cmp->codes(ChangeKind::Changed)), words("1.A.1 1.C.1 4.A.1 4.A.3 5.A.2"));

        // Categories in document order, the removed category 3 where it stood.
        QStringList rows;
        for (const CategoryCounts& c : cmp->categories)
            rows << QStringLiteral("%1:+%2-%3~%4")
                        .arg(c.code)
                        .arg(c.added)
                        .arg(c.removed)
                        .arg(c.changed);
        QCOMPARE(rows, words("1:+0-1~2 2:+2-0~0 3:+0-3~0 4:+3-0~2 5:+1-0~1"));
        QCOMPARE(cmp->categories.first().title, QStringLiteral("Special Materials"));

        QCOMPARE(cmp->find(QStringLiteral("4.A.1"))->fields, int(FieldReasons));
        QCOMPARE(cmp->find(QStringLiteral("5.A.2"))->fields, int(FieldAttributes));
        QCOMPARE(cmp->find(QStringLiteral("1.A.1"))->fields, int(FieldText));
        const QString redline = redlinePlain(cmp->textDiff(*cmp->find(QStringLiteral("1.A.1"))));
        QVERIFY2(redline.contains(QStringLiteral("Seals, gaskets{+, sealants+} and fuel")),
                 qPrintable(redline));

        // Per field, a changed node shows only what changed.
        auto fields = cmp->fieldDiffs(*cmp->find(QStringLiteral("5.A.2")));
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().field, QStringLiteral("attributes"));
        QCOMPARE(redlinePlain(fields.first().segments),
                 QStringLiteral("Related controls: See 5.D.2.{+ and 5.E.2.+}"));
        fields = cmp->fieldDiffs(*cmp->find(QStringLiteral("4.A.1")));
        QCOMPARE(fields.size(), 1);
        QCOMPARE(redlinePlain(fields.first().segments), QStringLiteral("NS[- AT-]"));
        fields = cmp->fieldDiffs(*cmp->find(QStringLiteral("4.D.4")));
        QCOMPARE(fields.size(), 1);
        QVERIFY(fields.first().field.isEmpty());
        QVERIFY(redlinePlain(fields.first().segments).startsWith(QStringLiteral("{+4.D.4.")));
    }

    void ignoringTypographyDropsQuoteAndSpacingChanges()
    {
        TempDatabase t;
        const qint64 a = importFixture(*t.db, "edition-a.paceline.json");
        const qint64 b = importFixture(*t.db, "edition-b.paceline.json");
        EditionDiffOptions options;
        options.ignoreTypography = true;
        auto cmp = compareEditions(*t.db, a, b, options);
        QVERIFY(cmp);
        QCOMPARE(sorted(cmp->codes(ChangeKind::Changed)), words("1.A.1 4.A.1 5.A.2"));
        QCOMPARE(cmp->count(ChangeKind::Added), 6);
        QCOMPARE(cmp->count(ChangeKind::Removed), 4);
    }

    void editionsOfDifferentListsAreRefused()
    {
        TempDatabase t;
        const qint64 a = importFixture(*t.db, "edition-a.paceline.json");
        auto doc = readListJsonFile(fixture(QStringLiteral("lists/small.paceline.json")));
        QVERIFY(doc);
        auto other = ListStore(*t.db).importDocument(doc.value());
        QVERIFY(other);
        auto cmp = compareEditions(*t.db, a, other->edition.id);
        QVERIFY(!cmp);
        QCOMPARE(cmp.error().kind, Error::Kind::BadInput);
        QVERIFY(cmp.error().message.contains(QStringLiteral("different lists")));
        QVERIFY(!compareEditions(*t.db, a, 9999));
    }

    void exportsHtmlAndCsvWithEscapedText()
    {
        EditionNode oldNode{QStringLiteral("1.A.1"),
                            QStringLiteral("entry"),
                            {},
                            QStringLiteral("<b>x</b>"),
                            QStringLiteral("Old \"text\", here"),
                            {},
                            {},
                            QStringLiteral("1"),
                            0};
        EditionNode newNode = oldNode;
        newNode.text = QStringLiteral("New <img src=x> text, here");
        EditionNode cat{QStringLiteral("1"),
                        QStringLiteral("category"),
                        {},
                        QStringLiteral("Cat & one"),
                        {},
                        {},
                        {},
                        QStringLiteral("1"),
                        0};
        EditionNode added = oldNode; // a whole new node shows its title as text too
        added.code = QStringLiteral("1.A.2");
        auto cmp = compareSnapshots(snapshot({cat, oldNode}), snapshot({cat, newNode, added}));
        QCOMPARE(cmp.count(ChangeKind::Changed), 1);
        QCOMPARE(cmp.count(ChangeKind::Added), 1);

        const QString html = QString::fromUtf8(comparisonToHtml(cmp));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<b>x</b>")));
        QVERIFY(html.contains(QStringLiteral("Cat &amp; one")));
        QVERIFY(html.contains(QStringLiteral("<s>[-")));
        QVERIFY(html.contains(QStringLiteral("<u>{+")));

        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("c.csv"));
        QVERIFY(exportComparisonCsv(cmp, csvPath));
        const QString csv = QString::fromUtf8(readAll(csvPath));
        QCOMPARE(csv.section(QStringLiteral("\r\n"), 0, 0),
                 QStringLiteral("code,category,change,old text,new text"));
        QVERIFY2(csv.contains(QStringLiteral("1.A.1,1,changed,\"<b>x</b>\nOld \"\"text\"\", "
                                             "here\",\"<b>x</b>\nNew <img src=x> text, here\"")),
                 qPrintable(csv));
        const QString htmlPath = dir.filePath(QStringLiteral("c.html"));
        QVERIFY(exportComparisonHtml(cmp, htmlPath));
        QCOMPARE(readAll(htmlPath), comparisonToHtml(cmp));
        // A folder that cannot be written names the file and leaves nothing behind.
        auto failed = exportComparisonHtml(cmp, dir.filePath(QStringLiteral("missing/c.html")));
        QVERIFY(!failed);
        QVERIFY(failed.error().toString().contains(QStringLiteral("missing/c.html")));
    }

    void csvCellsNeverBecomeFormulas()
    {
        EditionNode node{QStringLiteral("1.A.1"),
                         QStringLiteral("entry"),
                         {},
                         QStringLiteral("=HYPERLINK(\"http://x\")"),
                         QStringLiteral("Text"),
                         {},
                         {},
                         QStringLiteral("1"),
                         0};
        EditionNode changed = node;
        changed.title = QStringLiteral("@SUM(A1) and -5 dB");
        EditionNode cat{QStringLiteral("1"),
                        QStringLiteral("category"),
                        {},
                        QStringLiteral("C"),
                        {},
                        {},
                        {},
                        QStringLiteral("1"),
                        0};
        const QString csv = QString::fromUtf8(
            comparisonToCsv(compareSnapshots(snapshot({cat, node}), snapshot({cat, changed}))));
        QVERIFY2(csv.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\nText\",")),
                 qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",\"'@SUM(A1) and -5 dB\nText\"")), qPrintable(csv));
    }

    void realCclAgainstAModifiedCopy()
    {
        const QString path = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(path);
        auto doc = readListJsonFile(path);
        QVERIFY(doc);
        TempDatabase t;
        auto before = ListStore(*t.db).importDocument(doc.value());
        QVERIFY(before);

        ListDocument copy = doc.value();
        copy.editionLabel = QStringLiteral("modified in the test");
        QSet<QString> parents;
        for (const ListNode& n : copy.nodes)
            parents.insert(n.parentCode);
        // Delete two entries that have nothing under them; change three texts elsewhere.
        QStringList deleted, changed;
        for (qsizetype i = copy.nodes.size() - 1; i >= 0 && deleted.size() < 2; --i) {
            const ListNode& n = copy.nodes.at(i);
            if (n.kind == NodeKind::Entry && !parents.contains(n.code)) {
                deleted << n.code;
                copy.nodes.removeAt(i);
            }
        }
        for (ListNode& n : copy.nodes) {
            if (changed.size() < 3 && n.kind == NodeKind::Item && !n.text.isEmpty() &&
                n.code.startsWith(QLatin1Char('5'))) {
                n.text += QStringLiteral(" (amended in the test)");
                changed << n.code;
            }
        }
        ListNode added;
        added.code = QStringLiteral("4A099");
        for (const ListNode& n : copy.nodes)
            if (added.parentCode.isEmpty() && n.kind == NodeKind::Group &&
                n.code.startsWith(QLatin1Char('4')))
                added.parentCode = n.code;
        added.kind = NodeKind::Entry;
        added.title = QStringLiteral("A new entry added by the test");
        copy.nodes.append(added);
        auto after = ListStore(*t.db).importDocument(copy);
        QVERIFY2(after, after ? "" : qPrintable(after.error().toString()));

        auto cmp = compareEditions(*t.db, before->edition.id, after->edition.id);
        QVERIFY(cmp);
        QCOMPARE(sorted(cmp->codes(ChangeKind::Changed)), sorted(changed));
        QCOMPARE(sorted(cmp->codes(ChangeKind::Removed)), sorted(deleted));
        QCOMPARE(cmp->codes(ChangeKind::Added), words("4A099"));
        int total = 0;
        for (const CategoryCounts& c : cmp->categories)
            total += c.total();
        QCOMPARE(total, 6);
        QCOMPARE(cmp->categories.size(), 10);
    }

    void realCclWithCurlyQuotesIsTheSameInSubstance()
    {
        const QString path = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(path);
        auto doc = readListJsonFile(path);
        QVERIFY(doc);
        ListDocument copy = doc.value();
        copy.editionLabel = QStringLiteral("typeset");
        int curled = 0;
        for (ListNode& n : copy.nodes) {
            if (curled < 10 && n.text.count(QLatin1Char('"')) == 2) {
                n.text.replace(n.text.indexOf(QLatin1Char('"')), 1, QChar(0x201C));
                n.text.replace(n.text.indexOf(QLatin1Char('"')), 1, QChar(0x201D));
                n.text.replace(QLatin1Char(' '), QStringLiteral("  "));
                ++curled;
            }
        }
        QCOMPARE(curled, 10);
        TempDatabase t;
        auto a = ListStore(*t.db).importDocument(doc.value());
        auto b = ListStore(*t.db).importDocument(copy);
        QVERIFY(a && b);
        auto strict = compareEditions(*t.db, a->edition.id, b->edition.id);
        QVERIFY(strict);
        QCOMPARE(strict->count(ChangeKind::Changed), 10);
        EditionDiffOptions options;
        options.ignoreTypography = true;
        auto loose = compareEditions(*t.db, a->edition.id, b->edition.id, options);
        QVERIFY(loose);
        QCOMPARE(loose->changes.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEditionDiff)
#include "tst_editiondiff.moc"
