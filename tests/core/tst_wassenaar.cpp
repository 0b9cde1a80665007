#include "TestSupport.h"

#include "io/wassenaar/WaChapters.h"
#include "io/wassenaar/WaDefinitions.h"
#include "io/wassenaar/WaEditionReader.h"
#include "io/wassenaar/WaLayout.h"
#include "io/wassenaar/WaOutline.h"
#include "io/wassenaar/WaPdfChapters.h"
#include "io/wassenaar/WaSensitiveLists.h"
#include "io/wassenaar/WordHtmlParagraphs.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// Blocks as the PDF reader gives them: "indent|text" per line.
QList<WaBlock> pdfBlocks(const QStringList& lines)
{
    QList<WaBlock> out;
    int n = 0;
    for (const QString& l : lines) {
        ++n;
        const qsizetype bar = l.indexOf(QLatin1Char('|'));
        out.append({l.left(bar).toInt(), l.mid(bar + 1), QStringLiteral("test.pdf: line %1").arg(n),
                    true});
    }
    return out;
}

WaChapter categoryChapter(int category, const QStringList& lines, int part = 0)
{
    WaChapter c;
    c.kind = WaChapterKind::Category;
    c.category = category;
    c.part = part;
    c.source = QStringLiteral("test.pdf");
    c.blocks = pdfBlocks(lines);
    return c;
}

QString attribute(const ListNode& n, const QString& key)
{
    for (const auto& [k, v] : n.attributes)
        if (k == key)
            return v;
    return {};
}

} // namespace

// The pieces of the Wassenaar importer on hand-written input laid out as the Secretariat lays
// out its lists (Word paragraphs, PDF lines).
class TestWassenaar : public QObject {
    Q_OBJECT
private slots:
    void headings_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind"); // -1: not a heading
        QTest::addColumn<QString>("title");
        QTest::newRow("category") << "4. COMPUTERS" << 0 << "COMPUTERS";
        QTest::newRow("spelled category")
            << "CATEGORY 6 - SENSORS AND \"LASERS\"" << 0 << "SENSORS AND \"LASERS\"";
        QTest::newRow("part") << "Part 2 - \"INFORMATION SECURITY\"" << 1
                              << "\"INFORMATION SECURITY\"";
        QTest::newRow("group") << "4. A. SYSTEMS, EQUIPMENT AND COMPONENTS" << 2
                               << "SYSTEMS, EQUIPMENT AND COMPONENTS";
        QTest::newRow("group none") << "4. B. TEST, INSPECTION AND PRODUCTION EQUIPMENT - None" << 2
                                    << "TEST, INSPECTION AND PRODUCTION EQUIPMENT";
        QTest::newRow("part group") << "5. A. Part 1. SYSTEMS, EQUIPMENT AND COMPONENTS" << 2
                                    << "SYSTEMS, EQUIPMENT AND COMPONENTS";
        QTest::newRow("item is no heading") << "3. Slapper;" << -1 << "";
        QTest::newRow("chemical is no heading") << "2. Si-C-N." << -1 << "";
        QTest::newRow("entry is no heading") << "4. A. 5. Systems, equipment" << -1 << "";
    }
    void headings()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, title);
        const auto h = WaLayout::heading(line);
        QCOMPARE(h.has_value(), kind >= 0);
        if (h) {
            QCOMPARE(int(h->kind), kind);
            QCOMPARE(h->title, title);
        }
    }

    void codeStarts_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("items");
        QTest::addColumn<QString>("rest");
        QTest::newRow("entry") << "4. A. 5. Systems, equipment"
                               << "4.A.5"
                               << ""
                               << "Systems, equipment";
        QTest::newRow("restated items") << "5. A. 1. b. 2. b. Incorporating a linear"
                                        << "5.A.1"
                                        << "b 2 b"
                                        << "Incorporating a linear";
        QTest::newRow("two digits") << "1. C. 10. Fibrous"
                                    << "1.C.10"
                                    << ""
                                    << "Fibrous";
        QTest::newRow("munitions") << "ML8. \"Energetic materials\""
                                   << "ML8"
                                   << ""
                                   << "\"Energetic materials\"";
        QTest::newRow("munitions item") << "ML1. b. Smooth-bore weapons"
                                        << "ML1"
                                        << "b"
                                        << "Smooth-bore weapons";
        QTest::newRow("cross-reference") << "4.A.3. is determined by"
                                         << ""
                                         << ""
                                         << "";
        QTest::newRow("munitions reference") << "ML11.a. and having"
                                             << ""
                                             << ""
                                             << "";
    }
    void codeStarts()
    {
        QFETCH(QString, line);
        QFETCH(QString, entry);
        QFETCH(QString, items);
        QFETCH(QString, rest);
        const auto c = WaLayout::codeStart(line, false);
        QCOMPARE(c.has_value(), !entry.isEmpty());
        if (c) {
            QCOMPARE(c->entry, entry);
            QCOMPARE(c->items.join(QLatin1Char(' ')), items);
            QCOMPARE(c->rest, rest);
        }
    }

    void labelSequences_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("continues");
        QTest::newRow("b after a") << "a"
                                   << "b" << true;
        QTest::newRow("3 after 2") << "2"
                                   << "3" << true;
        QTest::newRow("aa after z") << "z"
                                    << "aa" << true;
        QTest::newRow("bb after aa") << "aa"
                                     << "bb" << true;
        QTest::newRow("c after a") << "a"
                                   << "c" << false;
        QTest::newRow("digit after letter") << "a"
                                            << "2" << false;
        QTest::newRow("nothing open") << ""
                                      << "a" << false;
    }
    void labelSequences()
    {
        QFETCH(QString, previous);
        QFETCH(QString, label);
        QFETCH(bool, continues);
        QCOMPARE(WaLayout::continues(previous, label), continues);
    }

    void noteHeads_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("continued");
        QTest::addColumn<QString>("rest");
        QTest::newRow("note") << "Note 4.A.3.g. does not apply"
                              << "Note" << false << "4.A.3.g. does not apply";
        QTest::newRow("numbered") << "Note 2 The status"
                                  << "Note 2" << false << "The status";
        QTest::newRow("continued") << "Note 2 cont."
                                   << "Note 2" << true << "";
        QTest::newRow("technical") << "Technical Notes"
                                   << "Technical Notes" << false << "";
        QTest::newRow("nb numbered") << "N.B.1 The status"
                                     << "N.B.1" << false << "The status";
        QTest::newRow("eu colon") << "Note: This control"
                                  << "Note" << false << "This control";
        QTest::newRow("not a note") << "Notebook computers"
                                    << "" << false << "";
    }
    void noteHeads()
    {
        QFETCH(QString, line);
        QFETCH(QString, label);
        QFETCH(bool, continued);
        QFETCH(QString, rest);
        const auto n = WaLayout::noteHead(line);
        QCOMPARE(n.has_value(), !label.isEmpty());
        if (n) {
            QCOMPARE(n->label, label);
            QCOMPARE(n->continued, continued);
            QCOMPARE(n->rest, rest);
        }
    }

    void titleCase()
    {
        QCOMPARE(WaLayout::titleCase(QStringLiteral("SENSORS AND \"LASERS\"")),
                 QStringLiteral("Sensors and \"Lasers\""));
        QCOMPARE(WaLayout::titleCase(QStringLiteral("TEST, INSPECTION AND PRODUCTION EQUIPMENT")),
                 QStringLiteral("Test, Inspection and Production Equipment"));
        QCOMPARE(WaLayout::titleCase(QStringLiteral("Already Mixed")),
                 QStringLiteral("Already Mixed"));
    }

    // The 2025 layout: the first entry of a group written "1." under the group heading, a
    // note whose own list is nested under it, N.B.s, a restated item path, "Not used since".
    void outlineNestsNotesAndItems()
    {
        ListDocument doc;
        WaOutline outline(doc);
        outline.parseChapter(categoryChapter(
            4, {QStringLiteral("0|4. COMPUTERS"),
                QStringLiteral("0|Note 1 Computers performing telecommunications functions"),
                QStringLiteral("0|4. A. SYSTEMS, EQUIPMENT AND COMPONENTS"),
                QStringLiteral("9|1. Electronic computers having any of the following:"),
                QStringLiteral("15|a. Specially designed to have any of the following:"),
                QStringLiteral("19|1. Rated for operation below 228 K; or"),
                QStringLiteral("25|Note 4.A.1.a.1. does not apply to computers for cars."),
                QStringLiteral("19|2. Radiation hardened;"),
                QStringLiteral("14|b. Not used since 2009"),
                QStringLiteral("0|4. A. 3. \"Digital computers\" as follows:"),
                QStringLiteral("12|Note 2 The status is determined by other equipment provided:"),
                QStringLiteral("19|a. The computers are essential; and"),
                QStringLiteral("19|b. They are not a \"principal element\"; and"),
                QStringLiteral("24|N.B.1 For signal processing see 4.A.3."),
                QStringLiteral("24|N.B.2 For telecommunications see Category 5."),
                QStringLiteral("23|c. The technology is determined by 4.E."),
                QStringLiteral("0|4. A. 3. a. Not used since 2011"),
                QStringLiteral("12|b. \"Digital computers\" exceeding 70.0 WT;"),
                QStringLiteral("0|4. D. SOFTWARE"),
                QStringLiteral("0|4. D. 4. \"Software\" for \"intrusion software\".")}));
        QVERIFY2(doc.warnings.isEmpty(), qPrintable(doc.warnings.join(QLatin1Char('\n'))));
        const ListNode* cat = findNode(doc, QStringLiteral("4"));
        QVERIFY(cat);
        QCOMPARE(cat->title, QStringLiteral("Computers"));
        QCOMPARE(findNode(doc, QStringLiteral("4~1"))->kind, NodeKind::Note);
        QCOMPARE(findNode(doc, QStringLiteral("4.A.1"))->parentCode, QStringLiteral("4.A"));
        QCOMPARE(findNode(doc, QStringLiteral("4.A.1.a.1"))->kind, NodeKind::Item);
        const ListNode* carNote = findNode(doc, QStringLiteral("4.A.1.a.1~1"));
        QVERIFY(carNote);
        QCOMPARE(carNote->label, QStringLiteral("Note"));
        QCOMPARE(findNode(doc, QStringLiteral("4.A.1.a.2"))->parentCode, QStringLiteral("4.A.1.a"));
        const ListNode* b = findNode(doc, QStringLiteral("4.A.1.b"));
        QVERIFY(b);
        QCOMPARE(attribute(*b, QStringLiteral("not-used-since")), QStringLiteral("2009"));
        // The note's own list is under the note; the N.B.s under its item b; c continues it.
        const ListNode* note2 = findNode(doc, QStringLiteral("4.A.3~1"));
        QVERIFY(note2);
        QCOMPARE(note2->label, QStringLiteral("Note 2"));
        QCOMPARE(findNode(doc, QStringLiteral("4.A.3~1.a"))->kind, NodeKind::Text);
        QCOMPARE(findNode(doc, QStringLiteral("4.A.3~1.b~1"))->label, QStringLiteral("N.B.1"));
        QCOMPARE(findNode(doc, QStringLiteral("4.A.3~1.b~2"))->parentCode,
                 QStringLiteral("4.A.3~1.b"));
        QCOMPARE(findNode(doc, QStringLiteral("4.A.3~1.c"))->parentCode, QStringLiteral("4.A.3~1"));
        QCOMPARE(findNode(doc, QStringLiteral("4.A.3.a"))->kind, NodeKind::Item);
        QCOMPARE(findNode(doc, QStringLiteral("4.A.3.b"))->parentCode, QStringLiteral("4.A.3"));
        QCOMPARE(findNode(doc, QStringLiteral("4.D.4"))->title,
                 QStringLiteral("\"Software\" for \"intrusion software\"."));
    }

    void outlineJoinsWrappedLinesAndIgnoresCrossReferences()
    {
        ListDocument doc;
        WaOutline outline(doc);
        outline.parseChapter(categoryChapter(
            4, {QStringLiteral("0|4. A. SYSTEMS"),
                QStringLiteral("0|4. A. 5. Systems, equipment, and components therefor, speci-"),
                QStringLiteral("16|fied for the generation of \"intrusion software\", see"),
                QStringLiteral("16|4.A.3. and"), QStringLiteral("16|2. of the Note.")}));
        const ListNode* e = findNode(doc, QStringLiteral("4.A.5"));
        QVERIFY(e);
        QCOMPARE(e->title, QStringLiteral("Systems, equipment, and components therefor, specified "
                                          "for the generation of \"intrusion software\", see "
                                          "4.A.3. and 2. of the Note."));
        QCOMPARE(doc.nodes.size(), 3); // category, group, entry
    }

    void categoryFiveParts()
    {
        ListDocument doc;
        WaOutline outline(doc);
        outline.parseChapter(
            categoryChapter(5,
                            {QStringLiteral("0|Part 1 - TELECOMMUNICATIONS"),
                             QStringLiteral("0|5. A. Part 1. SYSTEMS, EQUIPMENT AND COMPONENTS"),
                             QStringLiteral("0|5. A. 1. Telecommunications systems as follows:"),
                             QStringLiteral("9|a. Any type of telecommunications equipment:")},
                            1));
        outline.parseChapter(categoryChapter(
            5,
            {QStringLiteral("0|Part 2 - \"INFORMATION SECURITY\""),
             QStringLiteral("0|5. A. Part 2. SYSTEMS, EQUIPMENT AND COMPONENTS"),
             QStringLiteral("0|5. A. 2. \"Information security\" systems as follows:")},
            2));
        QCOMPARE(findNode(doc, QStringLiteral("5P1"))->title, QStringLiteral("Telecommunications"));
        QCOMPARE(findNode(doc, QStringLiteral("5P2"))->title,
                 QStringLiteral("\"Information Security\""));
        QCOMPARE(findNode(doc, QStringLiteral("5.A.1"))->parentCode, QStringLiteral("5P1.A"));
        QCOMPARE(findNode(doc, QStringLiteral("5.A.2"))->parentCode, QStringLiteral("5P2.A"));
        QVERIFY(findNode(doc, QStringLiteral("5.A.1.a")));
    }

    void wordHtml()
    {
        // wvWare's rendering: a style per <div>, runs in <font>, a raised exponent that is not
        // marked <sup>, automatic numbering as <ol>/<li>, and a Latin-1 byte for the degree.
        QByteArray html(
            "<html><body>"
            "<p><div name=\"1.A.1\" style=\"margin: 2.08mm 0.00mm 0.00mm 19.50mm;  padding: 0mm; "
            "\">"
            "<p style=\"text-indent: -19.50mm; \"><font>4.\tA.\t1.\tTotal dose 5&nbsp;x 10</font>"
            "<font>3</font><font> Gy at 228\xb0K, 10</font><font><sup>12</sup></font></p></div>"
            "<p><div name=\"1.A.1.a\" style=\"margin: 0.00mm 0.00mm 0.00mm 27.43mm; \">"
            "<p style=\"text-indent: -27.43mm; \"><font>\t\t\ta.\tSpecially &ldquo;designed"
            "&rdquo;</font></p></div>"
            "<ol type=\"a\"><li value=\"2\"><p><div name=\"Normal\" style=\"margin: 0.00mm 0.00mm "
            "0.00mm 40.00mm; \"><p style=\"text-indent: -6.00mm; \"><font>Marketing purpose;"
            "</font></p></div></ol>"
            "<p><div name=\"Footer\" align=\"left\" style=\"padding: 0mm; \">"
            "<p style=\"text-indent: 0.00mm; \"><font>WA-LIST (13</font><font>) 1</font></p></div>"
            "<p><div name=\"Normal\" style=\"padding: 0mm; \"><p><font>Agreed</font></p></div>"
            "</body></html>");
        const WordParagraphs p = parseWordHtml(html, QStringLiteral("Cat 4.doc"));
        QCOMPARE(p.headerFooter,
                 (QStringList{QStringLiteral("WA-LIST (13) 1"), QStringLiteral("Agreed")}));
        QCOMPARE(p.blocks.size(), 3);
        QCOMPARE(p.blocks.at(0).text,
                 QStringLiteral("4. A. 1. Total dose 5 x 10^3 Gy at 228\u00B0K, 10^12"));
        QCOMPARE(p.blocks.at(0).place, QStringLiteral("Cat 4.doc: paragraph 1"));
        QCOMPARE(p.blocks.at(1).text, QStringLiteral("a. Specially \u201Cdesigned\u201D"));
        QVERIFY(p.blocks.at(1).indent > p.blocks.at(0).indent);
        QCOMPARE(p.blocks.at(2).text, QStringLiteral("b. Marketing purpose;"));
    }

    void definitions()
    {
        WaChapter c;
        c.kind = WaChapterKind::Definitions;
        c.source = QStringLiteral("DEF.pdf");
        c.blocks = pdfBlocks({QStringLiteral("0|Note 1 Definitions apply throughout the Lists."),
                              QStringLiteral("0|Cat 2, 3, \"Accuracy\""),
                              QStringLiteral("0|6, 7 (Usually measured in terms of inaccuracy)"),
                              QStringLiteral("18|is the maximum deviation."),
                              QStringLiteral("0|Cat 1, 7, 9 \"Aircraft\""),
                              QStringLiteral("0|ML 8, 10 A fixed wing airborne vehicle."),
                              QStringLiteral("0|ML 14"), QStringLiteral("12|\"Data device\""),
                              QStringLiteral("16|Equipment capable of transmitting:"),
                              QStringLiteral("16|a. Digital information.")});
        QStringList warnings;
        const QList<ListTerm> terms = readWaDefinitions(c, warnings);
        QCOMPARE(terms.size(), 3);
        QCOMPARE(terms.at(0).term, QStringLiteral("Accuracy"));
        QCOMPARE(terms.at(0).scope, QStringLiteral("Cat 2, 3, 6, 7"));
        QCOMPARE(terms.at(0).definition,
                 QStringLiteral("(Usually measured in terms of inaccuracy) is the maximum "
                                "deviation."));
        QCOMPARE(terms.at(1).scope, QStringLiteral("Cat 1, 7, 9; ML 8, 10, 14"));
        QCOMPARE(terms.at(2).term, QStringLiteral("Data device"));
        QCOMPARE(terms.at(2).scope, QString());
        QCOMPARE(terms.at(2).definition,
                 QStringLiteral("Equipment capable of transmitting:\na. Digital information."));
        QVERIFY(warnings.isEmpty());
    }

    void sensitiveCodes()
    {
        WaChapter c;
        c.kind = WaChapterKind::Sensitive;
        c.blocks = pdfBlocks(
            {QStringLiteral("0|Category 1"),
             QStringLiteral("0|1.A.2.a.1. \"Composite\" structures specified in 1.C.10.c."),
             QStringLiteral("22|1.C.10.d. and laminates"), // the text column: a reference
             QStringLiteral("0|1.C.10.c. & 1.C.10.d. \"Fibrous or filamentary materials\"..."),
             QStringLiteral("0|1.D. 2 \"Software\""),
             QStringLiteral("0|7.D.3.d.1. to 7.D.3.d.5. Other \"software\"")});
        QCOMPARE(readWaSensitiveCodes(c),
                 (QStringList{QStringLiteral("1.A.2.a.1"), QStringLiteral("1.C.10.c"),
                              QStringLiteral("1.C.10.d"), QStringLiteral("1.D.2"),
                              QStringLiteral("7.D.3.d.1"), QStringLiteral("7.D.3.d.5")}));
    }

    void pdfChaptersAndEditionId()
    {
        const QString text = QStringLiteral(
            "  WA-LIST (25) 1 Corr.\n15-01-2026      - 77 -\n______________________\n\n"
            "   DUAL-USE LIST - CATEGORY 4 - COMPUTERS\n______________________\n\n"
            "4. COMPUTERS\n4. A. SYSTEMS, EQUIPMENT AND COMPONENTS\n"
            "4. A. 5.   Systems for \"intrusion software\".\n"
            "           a. Total dose 5 x 103 Gy, upset 1 x 10-8 per day, 2 x 100 mm;\n"
            "\f      WA-LIST (25) 1 Corr.\n- 78 -     15-01-2026\n______________________\n\n"
            "   MUNITIONS LIST*\n______________________\n\n"
            "ML1. Smooth-bore weapons\n");
        QStringList headerLines;
        const QList<WaChapter> chapters =
            splitWaPdfText(text, QStringLiteral("wa.pdf"), headerLines);
        QCOMPARE(chapters.size(), 3); // contents (empty), category 4, munitions
        QCOMPARE(chapters.at(1).kind, WaChapterKind::Category);
        QCOMPARE(chapters.at(1).category, 4);
        QCOMPARE(chapters.at(1).blocks.size(), 4);
        QCOMPARE(chapters.at(1).blocks.at(3).text,
                 QStringLiteral("a. Total dose 5 x 10^3 Gy, upset 1 x 10^-8 per day, 2 x 100 mm;"));
        QCOMPARE(chapters.at(2).kind, WaChapterKind::Munitions);
        for (const WaChapter& c : chapters)
            for (const WaBlock& b : c.blocks)
                QVERIFY2(!b.text.contains(QLatin1String("WA-LIST")) &&
                             !b.text.contains(QLatin1String("- 7")),
                         qPrintable(b.text));
        const WaEditionId id = findWaEditionId(headerLines);
        QCOMPARE(id.label, QStringLiteral("WA-LIST (25) 1 Corr."));
        QVERIFY(id.date);
        QCOMPARE(id.date->toIsoString(), QStringLiteral("2026-01-15"));

        auto edition = assembleWaEdition(chapters, headerLines, QStringLiteral("wa.pdf"));
        QVERIFY2(edition, edition ? "" : qPrintable(edition.error().toString()));
        QCOMPARE(edition->dualUse.listKey, QStringLiteral("wa-dual-use"));
        QCOMPARE(edition->munitions.listKey, QStringLiteral("wa-munitions"));
        QCOMPARE(edition->dualUse.editionLabel, QStringLiteral("WA-LIST (25) 1 Corr."));
        QVERIFY(findNode(edition->dualUse, QStringLiteral("4.A.5")));
        QVERIFY(findNode(edition->munitions, QStringLiteral("ML1")));
    }

    void chapterFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("part");
        QTest::newRow("cat") << "06 - WA-LIST (13) 1 - Cat 4.doc" << int(WaChapterKind::Category)
                             << 4 << 0;
        QTest::newRow("cat part") << "08 - WA-LIST (13) 1 - Cat 5P2.doc"
                                  << int(WaChapterKind::Category) << 5 << 2;
        QTest::newRow("vsl") << "14 - WA-LIST (13) 1 - VSL.doc" << int(WaChapterKind::VerySensitive)
                             << 0 << 0;
        QTest::newRow("sl") << "13 - WA-LIST (13) 1 - SL.doc" << int(WaChapterKind::Sensitive) << 0
                            << 0;
        QTest::newRow("ml") << "15 - WA-LIST (13) 1 - ML.doc" << int(WaChapterKind::Munitions) << 0
                            << 0;
        QTest::newRow("def") << "16 - WA-LIST (13) 1 - DEF.doc" << int(WaChapterKind::Definitions)
                             << 0 << 0;
        QTest::newRow("toc") << "01 - WA-LIST (17) 1 - Table of Contents.docx"
                             << int(WaChapterKind::Contents) << 0 << 0;
        QTest::newRow("sou") << "18 - WA-LIST (13) 1 - SOUs and Validity Notes.doc"
                             << int(WaChapterKind::Understandings) << 0 << 0;
        QTest::newRow("unknown") << "notes.doc" << int(WaChapterKind::Unknown) << 0 << 0;
    }
    void chapterFileNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(int, category);
        QFETCH(int, part);
        const WaChapter c = classifyWaChapter(name, {});
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(c.category, category);
        QCOMPARE(c.part, part);
    }

    void noCategoryIsAnError()
    {
        WaChapter c;
        c.kind = WaChapterKind::Definitions;
        auto edition =
            assembleWaEdition({c}, {QStringLiteral("WA-LIST (13) 1")}, QStringLiteral("folder"));
        QVERIFY(!edition);
        QCOMPARE(edition.error().kind, Error::Kind::BadInput);
        QVERIFY(edition.error().message.contains(QLatin1String("no category")));
    }
};

QTEST_GUILESS_MAIN(TestWassenaar)
#include "tst_wassenaar.moc"
