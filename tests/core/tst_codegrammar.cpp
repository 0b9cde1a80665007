#include "TestSupport.h"

#include "lists/CodeGrammar.h"
#include "lists/ListJsonReader.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;
namespace G = paceline::CodeGrammar;

namespace {

QString familyName(G::Family f)
{
    switch (f) {
    case G::Family::Eccn:
        return QStringLiteral("eccn");
    case G::Family::Wassenaar:
        return QStringLiteral("wa");
    case G::Family::Munitions:
        return QStringLiteral("ml");
    case G::Family::Us600:
        return QStringLiteral("us600");
    }
    return {};
}

QString levelName(G::Level l)
{
    static const char* names[] = {"category", "group", "entry", "item", "loose"};
    return QLatin1String(names[static_cast<int>(l)]);
}

// "4.A.5 wa entry": canonical form, family and level; "-" when the text is no code.
QString describe(const QString& text)
{
    const auto c = G::parse(text);
    if (!c)
        return QStringLiteral("-");
    return QStringLiteral("%1 %2 %3")
        .arg(G::format(*c), familyName(c->family), levelName(c->level()));
}

} // namespace

class TestCodeGrammar : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* text, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("eccn entry", "4A005", "4A005 eccn entry");
        row("eccn item", "4A005.z.1", "4A005.z.1 eccn item");
        row("eccn upper item", "5A001.J", "5A001.j eccn item");
        row("eccn prefix", " ECCN 4A005 ", "4A005 eccn entry");
        row("eccns prefix", "eccns 4a005", "4A005 eccn entry");
        row("short", "4a5", "4A005 eccn entry");
        row("short item path", "4a1a2", "4A001.a.2 eccn item");
        row("short then dots", "4a5.Z.1", "4A005.z.1 eccn item");
        row("wa entry", "4.A.5", "4.A.5 wa entry");
        row("wa printed dot", "4.A.5.", "4.A.5 wa entry");
        row("wa lower", "4.a.5.", "4.A.5 wa entry");
        row("wa spaced", "4. A. 5.", "4.A.5 wa entry");
        row("wa tabs", "4.\tA.\t5.", "4.A.5 wa entry");
        row("wa item", "5.A.1.j", "5.A.1.j wa item");
        row("wa restated item", "4. A. 3. a.", "4.A.3.a wa item");
        row("wa deep item", "4.A.1.a.2", "4.A.1.a.2 wa item");
        row("wa two-digit entry", "1.C.10", "1.C.10 wa entry");
        row("wa two-digit category", "10.A.2", "10.A.2 wa entry");
        row("wa cat 5 part 2", "5.A.2", "5.A.2 wa entry");
        row("munitions", "ML8", "ML8 ml entry");
        row("munitions typed", "ml8a", "ML8.a ml item");
        row("munitions spaced", "ML 8.a.1", "ML8.a.1 ml item");
        row("munitions two digits", "ML10.a.1.a", "ML10.a.1.a ml item");
        row("us 0x5zz", "0A501", "0A501 us600 entry");
        row("us 0x5zz item", "0A501.y.1", "0A501.y.1 us600 item");
        row("us 600 series", "9A610.x", "9A610.x us600 item");
        row("us 0Y521", "0Y521", "0Y521 us600 entry");
        row("eccn note", "4A005~2", "4A005~2 eccn loose");
        row("eccn note under item", "9A001.a~3", "9A001.a~3 eccn loose");
        row("wa note", "4.A.3~1", "4.A.3~1 wa loose");
        row("wa note paragraph", "4.A.3~1.a", "4.A.3~1.a wa loose");
        row("demo note", "2.B.1~n1", "2.B.1~n1 wa loose");
        row("eccn group", "4A", "4A eccn group");
        row("wa group", "4.A", "4.A wa group");
        row("wa group printed", "4.A.", "4.A wa group");
        row("category", "4", "4 eccn category");
        row("empty", "", "-");
        row("word", "software", "-");
        row("group letter out of range", "4F005", "-");
        row("four digits", "4A0055", "-");
        row("us part heading", "5.2.A", "-");
        row("us part", "5.1", "-");
        row("ml alone", "ML", "-");
        row("ml three digits", "ML123", "-");
        row("empty note", "4A005~", "-");
        row("double dot", "4A005..a", "-");
        row("Y outside 0Y521", "0Y001", "-");
        row("blanks only", "4 A 5", "-");
        row("tilde alone", "~2", "-");
        row("year", "2009", "-");
        row("trailing words", "4A005 extra", "-");
        row("word as label", "4A005.software", "-");
        row("two-digit eccn", "10A002", "-");
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(text), expected);
    }

    void format_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("eccn");
        QTest::addColumn<QString>("wassenaar");
        QTest::addColumn<QString>("munitions");
        QTest::newRow("entry") << "4.A.5"
                               << "4A005"
                               << "4.A.5" << QString();
        QTest::newRow("item") << "4A001.a.2"
                              << "4A001.a.2"
                              << "4.A.1.a.2" << QString();
        QTest::newRow("group") << "4A"
                               << "4A"
                               << "4.A" << QString();
        QTest::newRow("note") << "4.A.3~1.a"
                              << "4A003~1.a"
                              << "4.A.3~1.a" << QString();
        QTest::newRow("two-digit category") << "10.A.2" << QString() << "10.A.2" << QString();
        QTest::newRow("600 series") << "9A610.x"
                                    << "9A610.x" << QString() << QString();
        QTest::newRow("munitions") << "ML8.a" << QString() << QString() << "ML8.a";
        QTest::newRow("eu part group") << "5A1"
                                       << "5A001"
                                       << "5.A.1" << QString(); // typed: entry
    }
    void format()
    {
        QFETCH(QString, code);
        QFETCH(QString, eccn);
        QFETCH(QString, wassenaar);
        QFETCH(QString, munitions);
        const auto c = G::parse(code);
        QVERIFY(c);
        QCOMPARE(G::format(*c, G::Family::Eccn), eccn);
        QCOMPARE(G::format(*c, G::Family::Wassenaar), wassenaar);
        QCOMPARE(G::format(*c, G::Family::Munitions), munitions);
    }

    void candidates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QStringList a5{QStringLiteral("4A005"), QStringLiteral("4.A.5")};
        const QStringList wa5{QStringLiteral("4.A.5"), QStringLiteral("4A005")};
        QTest::newRow("short") << "4a5" << a5;
        QTest::newRow("eccn") << "4A005" << a5;
        QTest::newRow("eccn prefix") << "ECCN 4A005" << a5;
        QTest::newRow("wa") << "4.A.5" << wa5;
        QTest::newRow("wa lower dot") << "4.a.5." << wa5;
        QTest::newRow("wa spaced") << "4. A. 5." << wa5;
        QTest::newRow("short item path")
            << "4a1a2" << QStringList{QStringLiteral("4A001.a.2"), QStringLiteral("4.A.1.a.2")};
        QTest::newRow("wa item") << "4.A.1.a.2"
                                 << QStringList{QStringLiteral("4.A.1.a.2"),
                                                QStringLiteral("4A001.a.2")};
        QTest::newRow("munitions") << "ml8a" << QStringList{QStringLiteral("ML8.a")};
        QTest::newRow("600 series") << "0a501" << QStringList{QStringLiteral("0A501")};
        QTest::newRow("note") << "4A005~2"
                              << QStringList{QStringLiteral("4A005~2"), QStringLiteral("4.A.5~2")};
        QTest::newRow("two-digit category") << "10.A.2" << QStringList{QStringLiteral("10.A.2")};
        QTest::newRow("group") << "4A" << QStringList{};
        QTest::newRow("category") << "4" << QStringList{};
        QTest::newRow("word") << "software" << QStringList{};
        QTest::newRow("junk") << "4A005 OR 1=1" << QStringList{};
    }
    void candidates()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(G::candidates(typed), expected);
    }

    void concordanceKeys_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("spellings");
        const QStringList a5{QStringLiteral("4A005"), QStringLiteral("4.A.5")};
        QTest::newRow("wa entry") << "4.A.5"
                                  << "4A005" << a5;
        QTest::newRow("eu entry") << "4A005"
                                  << "4A005" << a5;
        QTest::newRow("wa item") << "5.A.1.j"
                                 << "5A001.j"
                                 << QStringList{QStringLiteral("5A001.j"),
                                                QStringLiteral("5.A.1.j")};
        QTest::newRow("munitions") << "ML8.a"
                                   << "ML8.a" << QStringList{QStringLiteral("ML8.a")};
        QTest::newRow("600 series") << "0A501.y.1"
                                    << "0A501.y.1" << QStringList{QStringLiteral("0A501.y.1")};
        QTest::newRow("note") << "4A005~2" << QString() << QStringList{};
        QTest::newRow("group") << "4.A" << QString() << QStringList{};
        QTest::newRow("junk") << "Part 1" << QString() << QStringList{};
    }
    void concordanceKeys()
    {
        QFETCH(QString, code);
        QFETCH(QString, key);
        QFETCH(QStringList, spellings);
        QCOMPARE(G::concordanceKey(code), key);
        QCOMPARE(G::spellings(key), spellings);
    }

    void parentCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parent");
        QTest::newRow("eccn item") << "4A005.z.1"
                                   << "4A005.z";
        QTest::newRow("eccn first item") << "4A005.z"
                                         << "4A005";
        QTest::newRow("entry") << "4A005" << QString();
        QTest::newRow("eccn note") << "4A005~2"
                                   << "4A005";
        QTest::newRow("wa item") << "4.A.1.a.2"
                                 << "4.A.1.a";
        QTest::newRow("wa note paragraph") << "4.A.3~1.a"
                                           << "4.A.3~1";
        QTest::newRow("munitions") << "ML8.a.1"
                                   << "ML8.a";
        QTest::newRow("other scheme note") << "5.2.A~1"
                                           << "5.2.A";
        QTest::newRow("group") << "4.A" << QString();
        QTest::newRow("junk") << "software" << QString();
    }
    void parentCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, parent);
        QCOMPARE(G::parentCode(code), parent);
    }

    void leadingCode_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("families");
        QTest::addColumn<QString>("code"); // empty: no match
        QTest::addColumn<QString>("rest");
        const int dualUse = int(G::Family::Eccn) | int(G::Family::Wassenaar);
        const int ml = int(G::Family::Munitions);
        auto row = [](const char* name, const char* line, int families, const char* code,
                      const char* rest) {
            QTest::newRow(name) << QString::fromUtf8(line) << families << QString::fromUtf8(code)
                                << QString::fromUtf8(rest);
        };
        row("eu entry", "4A005\tSystems", dualUse, "4A005", "Systems");
        row("wa entry", "4.A.5.\tSystems", dualUse, "4.A.5", "Systems");
        row("wa spaced", "4. A. 5. Systems", dualUse, "4.A.5", "Systems");
        row("wa tabs", "4.\tA.\t5.\tSystems", dualUse, "4.A.5", "Systems");
        row("wa restated item", "4. A. 3. a. Designed", dualUse, "4.A.3.a", "Designed");
        row("eu restated item", "4A003.b. Digital", dualUse, "4A003.b", "Digital");
        row("wa group", "4.A. SYSTEMS, EQUIPMENT", dualUse, "4.A", "SYSTEMS, EQUIPMENT");
        row("eu group", "4A Systems", dualUse, "4A", "Systems");
        row("code alone", "4.A.5.", dualUse, "4.A.5", "");
        row("munitions", "ML8.\tEnergetic materials", ml, "ML8", "Energetic materials");
        row("munitions item", "ML8.a. Explosives", ml, "ML8.a", "Explosives");
        row("600 series filtered out", "0A501 Firearms", dualUse, "", "");
        row("600 series asked for", "0A501 Firearms", int(G::Family::Us600), "0A501", "Firearms");
        row("other family", "4A005 Systems", int(G::Family::Wassenaar), "", "");
        row("numbered sentence", "3. A system that", dualUse, "", "");
        row("label line", "1. a. something", dualUse, "", "");
        row("code runs on", "4A005a text", dualUse, "", "");
        row("short form", "4A5 Systems", dualUse, "", "");
        row("note", "Note: 4A005 does not", dualUse, "", "");
        row("word after number", "4. Equipment", dualUse, "", "");
        row("two-digit category", "12.A.1. Foo", dualUse, "", "");
        row("lower-case group", "4.a.5. Foo", dualUse, "", "");
        row("eu cat 5 part group", "5A1 SYSTEMS, EQUIPMENT", dualUse, "5A1", "SYSTEMS, EQUIPMENT");
        row("part group outside cat 5", "4A1 Foo", dualUse, "", "");
    }
    void leadingCode()
    {
        QFETCH(QString, line);
        QFETCH(int, families);
        QFETCH(QString, code);
        QFETCH(QString, rest);
        const auto m = G::leadingCode(line, G::Families::fromInt(families));
        QCOMPARE(m ? G::format(m->code) : QString(), code);
        if (m)
            QCOMPARE(line.mid(m->rest), rest);
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("spans"); // the text each link covers
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("mixed") << "see 4A005.b and ECCN 5A002, 4.A.5 or ML8.a."
                               << strings({"4A005.b", "ECCN 5A002", "4.A.5", "ML8.a"})
                               << strings({"4A005.b", "5A002", "4.A.5", "ML8.a"});
        QTest::newRow("brackets") << "(0A501.y.1)" << strings({"0A501.y.1"})
                                  << strings({"0A501.y.1"});
        QTest::newRow("sentence end")
            << "controlled by 4.A.1.a.2." << strings({"4.A.1.a.2"}) << strings({"4.A.1.a.2"});
        QTest::newRow("versions and words") << "version 2.1.3 of 1999, HTML5 and XML1, 4A and 4.A"
                                            << QStringList{} << QStringList{};
        QTest::newRow("inside a word") << "x4A005 4A005x" << QStringList{} << QStringList{};
    }
    void mentions()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, spans);
        QFETCH(QStringList, codes);
        QStringList gotSpans, gotCodes;
        for (const G::Mention& m : G::mentions(text)) {
            gotSpans << text.mid(m.start, m.length);
            gotCodes << m.code;
        }
        QCOMPARE(gotSpans, spans);
        QCOMPARE(gotCodes, codes);
    }

    // Every code of the lists we ship and test with is either outside the grammar (US part
    // headings "5.1.A") or reads back exactly as stored.
    void storedCodesRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("demo wassenaar")
            << QStringLiteral(":/demo/wassenaar-dual-use.paceline.json");
        QTest::newRow("demo eu") << QStringLiteral(":/demo/eu-annex-i.paceline.json");
        QTest::newRow("wa fixture") << fixture(QStringLiteral("lists/wa-sensitive.paceline.json"));
        QTest::newRow("us ccl") << sharedDataFile(
            QStringLiteral("lists/us-ccl-2025.paceline.json"));
    }
    void storedCodesRoundTrip()
    {
        QFETCH(QString, path);
        PACELINE_REQUIRE_SHARED(path);
        auto doc = readListJsonFile(path);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        int understood = 0;
        for (const ListNode& n : doc->nodes) {
            const auto c = G::parse(n.code);
            if (!c)
                continue;
            ++understood;
            QCOMPARE(G::format(*c), n.code);
        }
        QVERIFY(understood > doc->nodes.size() * 9 / 10);
    }
};

QTEST_GUILESS_MAIN(TestCodeGrammar)
#include "tst_codegrammar.moc"
