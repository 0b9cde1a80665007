#include "TestSupport.h"

#include "io/ImportService.h"
#include "io/pdf/ListTextParser.h"
#include "io/pdf/PageCleaner.h"
#include "lists/ListStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

ListDocument parsedFixture(const QString& name)
{
    auto doc = readListTextFile(fixture(QStringLiteral("pdf/") + name), {});
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return doc.value();
}

qint64 rows(Database& db)
{
    auto q = db.prepare("SELECT (SELECT count(*) FROM node) + (SELECT count(*) FROM edition)");
    if (!q || !q->step())
        qFatal("count failed");
    return q->integer(0);
}

} // namespace

class TestListText : public QObject {
    Q_OBJECT
private slots:
    void nodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("content");
        const QString eu = QStringLiteral("eu-annex-extract.txt");
        const QString wa = QStringLiteral("wa-extract.txt");
        auto row = [](const QString& file, const char* code, const char* parent, const char* kind,
                      const char* label, const QString& content) {
            QTest::newRow(code) << file << QString::fromUtf8(code) << QString::fromUtf8(parent)
                                << QString::fromUtf8(kind) << QString::fromUtf8(label) << content;
        };
        row(eu, "4", "", "category", "Category 4", QStringLiteral("COMPUTERS"));
        row(eu, "4A", "4", "group", "4A", QStringLiteral("Systems, Equipment and Components"));
        row(eu, "4A003", "4A", "entry", "4A003",
            QStringLiteral(
                "\"Digital computers\", \"electronic assemblies\" and related equipment "
                "therefor, as follows, and \"specially designed\" \"components\" therefor:"));
        row(eu, "4A003.b", "4A003", "item", "b.",
            QStringLiteral("\"Electronic assemblies\" specially designed or modified to enhance "
                           "performance by aggregation of processors, as follows:")); // hyphenation
        row(eu, "4A003.b.1", "4A003.b", "item", "1.",
            QStringLiteral("Designed to be capable of aggregation in configurations of 16 or more "
                           "processors;"));
        row(eu, "4A003~1", "4A003", "note", "",
            QStringLiteral("Note: 4A003.b does not control \"electronic assemblies\" designed for "
                           "single-processor computers."));
        // Split by a page break, a running header and "4A003 continued".
        row(eu, "4A003.c", "4A003", "item", "c.",
            QStringLiteral(
                "Graphics accelerators or graphics coprocessors having a performance "
                "exceeding 3 Gigapixels per second and designed for real-time image processing;"));
        row(eu, "4A003~2", "4A003", "note", "",
            QStringLiteral("Technical Note: 'Processors' are the arithmetic units of a computer."));
        row(eu, "4A004~1", "4A004", "text", "",
            QStringLiteral("This paragraph stands after the items and says something general."));
        row(eu, "4A005~1", "4A005", "note", "", QStringLiteral("N.B. For \"software\" see 4D004."));
        row(wa, "5.A", "5", "group", "5.A.", QStringLiteral("SYSTEMS, EQUIPMENT AND COMPONENTS"));
        row(wa, "5.A.2", "5.A", "entry", "5.A.2.",
            QStringLiteral(
                "\"Information security\" systems, equipment and components, as follows:"));
        row(wa, "5.A.2.a.1.a", "5.A.2.a.1", "item", "a.",
            QStringLiteral("Network infrastructure;"));
        row(wa, "5.A.2.a.2", "5.A.2.a", "item", "2.",
            QStringLiteral("Digital communication systems;"));
        row(wa, "5.A.2~1", "5.A.2", "note", "", QStringLiteral("Technical Notes:"));
        // A note's sub-paragraphs are text under it, coded after it (see tst_eurlex).
        row(wa, "5.A.2~1.1", "5.A.2~1", "text", "1.",
            QStringLiteral("For the purposes of 5.A.2.a, 'cryptography for data confidentiality' "
                           "means cryptography that employs digital techniques."));
        row(wa, "4.A.5", "4.A", "entry", "4.A.5.",
            QStringLiteral("Systems, equipment, and components therefor, specially designed or "
                           "modified for the generation, command and control, or delivery of "
                           "\"intrusion software\"."));
    }

    void nodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, parent);
        QFETCH(QString, kind);
        QFETCH(QString, label);
        QFETCH(QString, content);
        const ListDocument doc = parsedFixture(file);
        const ListNode* n = findNode(doc, code);
        QVERIFY2(n, qPrintable(code));
        QCOMPARE(n->parentCode, parent);
        QCOMPARE(nodeKindName(n->kind), kind);
        QCOMPARE(n->label, label);
        const bool headed = n->kind == NodeKind::Category || n->kind == NodeKind::Group ||
                            n->kind == NodeKind::Entry;
        QCOMPARE(headed ? n->title : n->text, content);
    }

    void pageFurnitureIsGone()
    {
        const ListDocument doc = parsedFixture(QStringLiteral("eu-annex-extract.txt"));
        for (const ListNode& n : doc.nodes) {
            const QString all = n.title + n.text;
            QVERIFY2(!all.contains(QStringLiteral("Official Journal")), qPrintable(n.code));
            QVERIFY2(!all.contains(QStringLiteral("continued")), qPrintable(n.code));
            QVERIFY2(!all.contains(QStringLiteral(" 12")) && !all.contains(QStringLiteral(" 13")),
                     qPrintable(n.code + QLatin1Char(' ') + all));
        }
        QCOMPARE(doc.nodes.size(), 16);
    }

    void unplacedLinesAreReportedWithLineNumbers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("eu") << QStringLiteral("eu-annex-extract.txt")
                            << QStringList{
                                   QStringLiteral("eu-annex-extract.txt:3: could not be placed"),
                                   QStringLiteral("eu-annex-extract.txt:4: could not be placed")};
        QTest::newRow("wa")
            << QStringLiteral("wa-extract.txt")
            << QStringList{QStringLiteral("wa-extract.txt:1: could not be placed"),
                           QStringLiteral("wa-extract.txt:6: sub-paragraph outside any entry")};
    }

    void unplacedLinesAreReportedWithLineNumbers()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const ListDocument doc = parsedFixture(file);
        QCOMPARE(doc.warnings.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(doc.warnings.at(i).contains(expected.at(i)), qPrintable(doc.warnings.at(i)));
    }

    void cleaner_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("page numbers") << QStringLiteral("a\n  12\nPage 3 of 40\n- 7 -\n3/9\nb\n")
                                      << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("continued")
            << QStringLiteral("x\n4A005 continued\n4.A.5. (continued)\n5A002.a cont'd\ny")
            << QStringList{QStringLiteral("x"), QStringLiteral("y")};
        QTest::newRow("running head")
            << QStringLiteral("HEAD 1\nbody one\n\fHEAD 2\nbody two\n\fHEAD 3\nbody three")
            << QStringList{QStringLiteral("body one"), QStringLiteral("body two"),
                           QStringLiteral("body three")};
        QTest::newRow("one page keeps its first line")
            << QStringLiteral("HEAD 1\nbody")
            << QStringList{QStringLiteral("HEAD 1"), QStringLiteral("body")};
        QTest::newRow("label is not a page number")
            << QStringLiteral("1.\n12.\n")
            << QStringList{QStringLiteral("1."), QStringLiteral("12.")};
    }

    void cleaner()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, kept);
        QStringList out;
        for (const LayoutLine& l : cleanPages(text))
            if (!l.text.isEmpty())
                out << l.text;
        QCOMPARE(out, kept);
    }

    void brokenInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no list entry recognised");
        QTest::newRow("prose") << QByteArray("Regulation (EU) 2021/821\nsome prose\n")
                               << QStringLiteral("no list entry recognised");
        QTest::newRow("indented codes only")
            << QByteArray("CATEGORY 4\n        4A005 not at the margin\nx\n")
            << QStringLiteral("no list entry recognised");
    }

    void brokenInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.txt"));
        writeAll(path, content);
        TempDatabase t;
        const qint64 before = rows(*t.db);
        auto report = importFile(*t.db, path, ImportFormat::Auto);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QCOMPARE(report.error().place, path);
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().toString()));
        QCOMPARE(rows(*t.db), before);
    }

    void importUsesOptionsOrFileNameDefaults()
    {
        TempDatabase t;
        auto plain =
            importFile(*t.db, fixture(QStringLiteral("pdf/wa-extract.txt")), ImportFormat::Auto);
        QVERIFY2(plain, plain ? "" : qPrintable(plain.error().toString()));
        auto found = ListStore(*t.db).findEdition(QStringLiteral("wa-extract"),
                                                  QStringLiteral("wa-extract"));
        QVERIFY(found);
        QCOMPARE(found->regimeKey, QStringLiteral("other"));

        ImportOptions o;
        o.regimeKey = QStringLiteral("wa");
        o.regimeName = QStringLiteral("Wassenaar Arrangement");
        o.listKey = QStringLiteral("wa-dul");
        o.listName = QStringLiteral("Dual-Use List");
        o.editionLabel = QStringLiteral("WA-LIST (24) 1");
        auto named = importFile(*t.db, fixture(QStringLiteral("pdf/wa-extract.txt")),
                                ImportFormat::PdfText, o);
        QVERIFY2(named, named ? "" : qPrintable(named.error().toString()));
        QCOMPARE(named->warnings.size(), 2);
        auto e = ListStore(*t.db).findEdition(QStringLiteral("wa-dul"),
                                              QStringLiteral("WA-LIST (24) 1"));
        QVERIFY(e);
        QCOMPARE(e->listName, QStringLiteral("Dual-Use List"));
        QCOMPARE(e->regimeName, QStringLiteral("Wassenaar Arrangement"));

        // A later edition of a known list needs only --list: the regime comes from the database.
        ImportOptions later;
        later.listKey = QStringLiteral("wa-dul");
        later.editionLabel = QStringLiteral("WA-LIST (25) 1");
        auto next = importFile(*t.db, fixture(QStringLiteral("pdf/eu-annex-extract.txt")),
                               ImportFormat::PdfText, later);
        QVERIFY2(next, next ? "" : qPrintable(next.error().toString()));
        auto e2 = ListStore(*t.db).findEdition(QStringLiteral("wa-dul"),
                                               QStringLiteral("WA-LIST (25) 1"));
        QVERIFY(e2);
        QCOMPARE(e2->regimeKey, QStringLiteral("wa"));
    }

    void defaults()
    {
        const ListTextOptions o =
            withListTextDefaults({}, QStringLiteral("/tmp/EU Annex I 2023.pdf.txt"));
        QCOMPARE(o.listKey, QStringLiteral("eu-annex-i-2023"));
        QCOMPARE(o.listName, QStringLiteral("EU Annex I 2023"));
        QCOMPARE(o.editionLabel, QStringLiteral("EU Annex I 2023"));
        QCOMPARE(o.regimeKey, QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestListText)
#include "tst_listtext.moc"
