#include "TestSupport.h"

#include "io/pdf/ListTextParser.h"
#include "io/pdf/PageCleaner.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// EUR-Lex layouts of EU Annex I on small hand-written texts: indented codes, heading forms,
// running heads on every page, notes with their own sub-paragraphs, soft hyphens.
namespace {

ListDocument parsedFixture(const QString& name)
{
    auto doc = readListTextFile(fixture(QStringLiteral("pdf/") + name), {});
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return doc.value();
}

} // namespace

class TestEurLex : public QObject {
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
        auto row = [](const char* file, const char* code, const char* parent, const char* kind,
                      const char* label, const QString& content) {
            QTest::addRow("%s %s", file, code)
                << QString::fromUtf8(file) << QString::fromUtf8(code) << QString::fromUtf8(parent)
                << QString::fromUtf8(kind) << QString::fromUtf8(label) << content;
        };
        // Indented codes: the body column holds the codes, the text column is further right.
        const char* indented = "eurlex-indented.txt";
        row(indented, "4", "", "category", "Category 4", QStringLiteral("COMPUTERS"));
        row(indented, "4A", "4", "group", "4A",
            QStringLiteral("Systems, Equipment and Components"));
        row(indented, "4A001", "4A", "entry", "4A001",
            QStringLiteral("Electronic computers and related equipment, having any of the "
                           "following:"));
        row(indented, "4A001.b", "4A001", "item", "b.",
            QStringLiteral("Radiation hardened to exceed a total dose of 5 × 10³ Gy;"));
        row(indented, "4A005", "4A", "entry", "4A005",
            QStringLiteral("Systems, equipment, and components therefor, specially designed or "
                           "modified for the generation, command and control, or delivery of "
                           "\"intrusion software\"."));
        row(indented, "4D004~1", "4D004", "note", "",
            QStringLiteral("Note: 4D004 does not control \"software\" that is any of the "
                           "following:"));
        // A note's sub-paragraphs are text under the note, coded after it.
        row(indented, "4D004~1.a", "4D004~1", "text", "a.",
            QStringLiteral("Designed for updates;"));
        row(indented, "4D004~1.b", "4D004~1", "text", "b.",
            QStringLiteral("Designed for testing, as follows:"));
        row(indented, "4D004~1.b.2", "4D004~1.b", "text", "2.",
            QStringLiteral("On request of the owner."));
        // "4E001   a. …": the first item shares the code's line and stands at the text column.
        row(indented, "4E001", "4E", "entry", "4E001", QString());
        row(indented, "4E001.a", "4E001", "item", "a.",
            QStringLiteral("\"Technology\" for the \"development\" of equipment specified in 4A "
                           "or 4D;"));
        row(indented, "4E001.b", "4E001", "item", "b.",
            QStringLiteral("\"Technology\" for the \"development\" of \"intrusion software\"."));

        // Heading forms.
        const char* headings = "eurlex-headings.txt";
        row(headings, "0", "", "category", "Category 0",
            QStringLiteral("NUCLEAR MATERIALS, FACILITIES, AND EQUIPMENT"));
        row(headings, "1", "", "category", "Category 1",
            QStringLiteral("SPECIAL MATERIALS AND RELATED EQUIPMENT"));
        row(headings, "2", "", "category", "Category 2", QStringLiteral("MATERIALS PROCESSING"));
        row(headings, "5", "", "category", "Category 5",
            QStringLiteral("TELECOMMUNICATIONS AND \"INFORMATION SECURITY\""));
        row(headings, "5~1", "5", "text", "", QStringLiteral("PART 1 — TELECOMMUNICATIONS"));
        row(headings, "5~2", "5", "note", "",
            QStringLiteral("Note 1: The control status of components is determined in Category "
                           "5, Part 1."));
        row(headings, "5A1", "5", "group", "5A1",
            QStringLiteral("Systems, Equipment and Components"));
        row(headings, "5A001", "5A1", "entry", "5A001",
            QStringLiteral("Telecommunications systems as follows:"));
        row(headings, "5A001.j", "5A001", "item", "j.",
            QStringLiteral("IP network communications surveillance systems;"));
        row(headings, "5~3", "5", "text", "", QStringLiteral("PART 2 — \"INFORMATION SECURITY\""));
        row(headings, "5A2", "5", "group", "5A2",
            QStringLiteral("Systems, Equipment and Components"));
        row(headings, "5A002", "5A2", "entry", "5A002",
            QStringLiteral("\"Information security\" systems as follows:"));

        // Running heads on every page, one of them the category's heading.
        const char* running = "oj-running-heads.txt";
        row(running, "4", "", "category", "Category 4", QStringLiteral("COMPUTERS"));
        row(running, "4A003.b", "4A003", "item", "b.",
            QStringLiteral("\"Electronic assemblies\" specially designed for enhancing performance "
                           "by aggregation of processors so that the \"APP\" of the aggregation "
                           "exceeds the limit in 4A003.a.;"));
        row(running, "4A004", "4A", "entry", "4A004",
            QStringLiteral(
                "Computers as follows and specially designed related equipment therefor:"));
        row(running, "4A004.a", "4A004", "item", "a.",
            QStringLiteral("\"Systolic array computers\";"));

        // Notes with nested sub-paragraphs; items of the entry go on after the note.
        const char* notes = "eu-note-items.txt";
        row(notes, "9E003~1", "9E003.b", "note", "",
            QStringLiteral("Note: 9E003.b. does not control \"technology\" for any of the "
                           "following:"));
        row(notes, "9E003~1.a", "9E003~1", "text", "a.", QStringLiteral("Inlet guide vanes;"));
        row(notes, "9E003~1.b", "9E003~1", "text", "b.",
            QStringLiteral("Compressor bleed valves, as follows:"));
        row(notes, "9E003~1.b.1", "9E003~1.b", "text", "1.", QStringLiteral("Fixed valves;"));
        row(notes, "9E003~1.b.2", "9E003~1.b", "text", "2.", QStringLiteral("Variable valves;"));
        row(notes, "9E003.c", "9E003", "item", "c.",
            QStringLiteral("\"Technology\" for wing-folding systems."));
        row(notes, "9E003~2", "9E003", "note", "", QStringLiteral("Technical Notes:"));
        row(notes, "9E003~2.2", "9E003~2", "text", "2.",
            QStringLiteral("'Wing-folding' means folding in flight."));
        row(notes, "9E003~3", "9E003", "note", "", QStringLiteral("N.B.: See also 9A012."));

        // Page breaks: the "(continued)" path at a page top says where the text goes on, labels
        // go on in sequence whatever the columns, an N.B. without a list keeps none.
        const char* breaks = "eurlex-page-breaks.txt";
        row(breaks, "1C350.1", "1C350", "item", "1.", QStringLiteral("Thiodiglycol;"));
        row(breaks, "1C351.b.2.a", "1C351.b.2", "item", "a.", QStringLiteral("Spore forming;"));
        row(breaks, "1C351.b.3", "1C351.b", "item", "3.", QStringLiteral("Clostridium;"));
        row(breaks, "1C351.b.5", "1C351.b", "item", "5.", QStringLiteral("Vibrio;"));
        row(breaks, "1C351.c", "1C351", "item", "c.", QStringLiteral("Toxins;"));
        row(breaks, "1C351.d", "1C351", "item", "d.", QStringLiteral("Fungi;"));
        row(breaks, "1C351~1.1", "1C351~1", "text", "1.",
            QStringLiteral("'Pathogens' include isolated live cultures."));
        // A technical note headed in capitals after the last entry is the category's.
        row(breaks, "1~1", "1", "note", "",
            QStringLiteral("TECHNICAL NOTE ON \"PATHOGENS\" Text about pathogens that belongs to "
                           "the whole category."));
        row(breaks, "1~1.1", "1~1", "text", "1.", QStringLiteral("Count every strain once."));

        // Soft hyphens join whatever follows, also across a page break; "fol-" + "lows" as ever.
        const char* soft = "soft-hyphen.txt";
        row(soft, "3E001", "3E", "entry", "3E001",
            QStringLiteral("\"Technology\" for the \"development\" or \"production\" of "
                           "equipment, as follows:"));
        row(soft, "3E001.a", "3E001", "item", "a.",
            QStringLiteral("Technology for monolithic circuits;"));
        row(soft, "3E001.b", "3E001", "item", "b.",
            QStringLiteral("Technology for \"superconductive\" devices;"));
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

    void shape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("categories");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("indented") << QStringLiteral("eurlex-indented.txt") << 1 << 4
                                  << QStringList{QStringLiteral("4A001~2"),
                                                 QStringLiteral("4D004~2")};
        // The table of contents makes no categories; Category 5's parts no second group 5A.
        QTest::newRow("headings") << QStringLiteral("eurlex-headings.txt") << 4 << 5
                                  << QStringList{QStringLiteral("0~2"), QStringLiteral("5~5"),
                                                 QStringLiteral("5A"), QStringLiteral("5A~2")};
        QTest::newRow("running heads")
            << QStringLiteral("oj-running-heads.txt") << 1 << 2
            << QStringList{QStringLiteral("4~2"), QStringLiteral("4A003~1")};
        QTest::newRow("notes") << QStringLiteral("eu-note-items.txt") << 1 << 1
                               << QStringList{QStringLiteral("9E003~4"),
                                              QStringLiteral("9E003.b.1")};
    }

    void shape()
    {
        QFETCH(QString, file);
        QFETCH(int, categories);
        QFETCH(int, entries);
        QFETCH(QStringList, absent);
        const ListDocument doc = parsedFixture(file);
        int c = 0;
        int e = 0;
        for (const ListNode& n : doc.nodes) {
            c += n.kind == NodeKind::Category ? 1 : 0;
            e += n.kind == NodeKind::Entry ? 1 : 0;
        }
        QCOMPARE(c, categories);
        QCOMPARE(e, entries);
        for (const QString& code : absent)
            QVERIFY2(!findNode(doc, code), qPrintable(code));
    }

    void noPageFurniture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("indented") << QStringLiteral("eurlex-indented.txt");
        QTest::newRow("running heads") << QStringLiteral("oj-running-heads.txt");
        QTest::newRow("soft hyphen") << QStringLiteral("soft-hyphen.txt");
    }

    void noPageFurniture()
    {
        QFETCH(QString, file);
        static const QRegularExpression furniture(QStringLiteral(
            "Official Journal|L 340/|2099R0001|\\bEN\\b|24\\.12\\.2099|continued|CATEGORY 4 - "
            "COMPUTERS|[\\x{25BC}\\x{25BA}\\x{25C4}\\x{00AD}]|\\s\\d{1,3}$"));
        const ListDocument doc = parsedFixture(file);
        for (const ListNode& n : doc.nodes) {
            const QString all = n.title + QLatin1Char('\n') + n.text;
            QVERIFY2(!furniture.match(all).hasMatch(),
                     qPrintable(n.code + QStringLiteral(": ") + all));
        }
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("indented")
            << QStringLiteral("eurlex-indented.txt")
            << QStringList{QStringLiteral("eurlex-indented.txt:4: could not be placed"),
                           QStringLiteral("eurlex-indented.txt:6: could not be placed"),
                           QStringLiteral("eurlex-indented.txt:52: the list ends at \"ANNEX II\"; "
                                          "the 2 lines from there on were not imported")};
        QTest::newRow("headings")
            << QStringLiteral("eurlex-headings.txt")
            << QStringList{
                   QStringLiteral("eurlex-headings.txt:1: could not be placed"),
                   QStringLiteral("eurlex-headings.txt:2: table of contents line; skipped"),
                   QStringLiteral("eurlex-headings.txt:3: table of contents line; skipped"),
                   QStringLiteral("eurlex-headings.txt:4: table of contents line; skipped"),
                   QStringLiteral("eurlex-headings.txt:6-9: 4 lines could not be placed (no "
                                  "category or entry before them): \"GENERAL NOTES\" ... \"for "
                                  "the whole run instead of one for each line.\"")};
        QTest::newRow("notes") << QStringLiteral("eu-note-items.txt") << QStringList();
    }

    void warnings()
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
        QTest::newRow("consolidated head and markers")
            << QStringLiteral("   2015R2420 — EN — 24.12.2015 — 000.001 — 29\n▼B\nbody\n▼C1\n"
                              "1C007   ►C1 Ceramic powders ◄\n")
            << QStringList{QStringLiteral("body"), QStringLiteral("1C007 Ceramic powders")};
        QTest::newRow("journal head in pieces")
            << QStringLiteral("EN\nOfficial Journal of the European Union\nbody one\n\fL 340/7\n"
                              "24.12.2015\nbody two\n")
            << QStringList{QStringLiteral("body one"), QStringLiteral("body two")};
        QTest::newRow("journal words inside a page stay")
            << QStringLiteral("a\nb\nin the Official Journal of the European Union.\nc\nd\n\fe\n")
            << QStringList{QStringLiteral("a"),
                           QStringLiteral("b"),
                           QStringLiteral("in the Official Journal of the European Union."),
                           QStringLiteral("c"),
                           QStringLiteral("d"),
                           QStringLiteral("e")};
        QTest::newRow("continued with labels")
            << QStringLiteral("x\n5A001   b. 3. b. (continued)\n4A003   Note 2: b. (continued)\n"
                              "1C    b. (continued)\n0A001   (continued)\ny\n")
            << QStringList{QStringLiteral("x"), QStringLiteral("y")};
        // A line that closes two pages of forty is text, not a running foot.
        QStringList many;
        QString text;
        for (int p = 0; p < 40; ++p) {
            const QString tag = QString(QChar(u'a' + p / 26)) + QChar(u'a' + p % 26);
            const QString last =
                p < 2 ? QStringLiteral("following:") : QStringLiteral("end ") + tag;
            text += QStringLiteral("HEAD %1\nfirst %2\nmiddle %2\n%3\n\f").arg(p).arg(tag, last);
            many << QStringLiteral("first ") + tag << QStringLiteral("middle ") + tag << last;
        }
        QTest::newRow("rare edge line") << text << many;
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

    void secondColumn()
    {
        const QList<LayoutLine> lines = cleanPages(
            QStringLiteral("     4E001          a. \"Technology\"\n   9E101 a. x\nword\n"));
        QCOMPARE(lines.at(0).secondColumn, 20);
        QCOMPARE(lines.at(1).secondColumn, 9);
        QCOMPARE(lines.at(2).secondColumn, -1);
    }
};

QTEST_GUILESS_MAIN(TestEurLex)
#include "tst_eurlex.moc"
