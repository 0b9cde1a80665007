#include "TestSupport.h"

#include "io/pdf/ListTextParser.h"
#include "io/pdf/PdfTextExtractor.h"
#include "lists/ListStore.h"
#include "stats/DatabaseStats.h"

#include <QRegularExpression>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// The real EUR-Lex PDF of EU Annex I (Delegated Regulation (EU) 2015/2420, consolidated text
// of 24.12.2015, 307 pages) from ../shared/data, read the way `paceline-cli import` reads it.
class TestEurLexRealData : public QObject {
    Q_OBJECT

    const ListNode* node(const QString& code) const
    {
        for (const ListNode& n : m_doc.nodes)
            if (n.code == code)
                return &n;
        return nullptr;
    }

    int count(NodeKind kind) const
    {
        int n = 0;
        for (const ListNode& node : m_doc.nodes)
            n += node.kind == kind ? 1 : 0;
        return n;
    }

    QString m_path;
    ListDocument m_doc;

private slots:
    void initTestCase()
    {
        m_path = sharedDataFile(QStringLiteral("eu/eu-2015-2420-annex-i.pdf"));
        if (m_path.isEmpty())
            QSKIP("../shared/data/eu/eu-2015-2420-annex-i.pdf is absent: real-data test skipped");
        if (!PdfTextExtractor::isAvailable())
            QSKIP("built without poppler-qt6: the EUR-Lex PDF cannot be read");
        auto text = PdfTextExtractor::extract(m_path);
        QVERIFY2(text, text ? "" : qPrintable(text.error().toString()));
        auto doc = parseListText(text.value(), m_path, {});
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        m_doc = std::move(doc.value());
    }

    void categoriesAreTitledAsPrinted_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        const char* titles[] = {"NUCLEAR MATERIALS, FACILITIES, AND EQUIPMENT",
                                "SPECIAL MATERIALS AND RELATED EQUIPMENT",
                                "MATERIALS PROCESSING",
                                "ELECTRONICS",
                                "COMPUTERS",
                                "TELECOMMUNICATIONS AND \"INFORMATION SECURITY\"",
                                "SENSORS AND LASERS",
                                "NAVIGATION AND AVIONICS",
                                "MARINE",
                                "AEROSPACE AND PROPULSION"};
        for (int i = 0; i < 10; ++i)
            QTest::addRow("%d", i) << QString::number(i) << QString::fromUtf8(titles[i]);
    }

    void categoriesAreTitledAsPrinted()
    {
        QFETCH(QString, code);
        QFETCH(QString, title);
        const ListNode* n = node(code);
        QVERIFY2(n, qPrintable(code));
        QCOMPARE(n->kind, NodeKind::Category);
        QCOMPARE(n->title, title);
        QCOMPARE(count(NodeKind::Category), 10);
    }

    void groupsAreTitled()
    {
        int groups = 0;
        for (const ListNode& n : m_doc.nodes) {
            if (n.kind != NodeKind::Group)
                continue;
            ++groups;
            QVERIFY2(!n.title.isEmpty(), qPrintable(n.code));
            QVERIFY2(!n.code.contains(QLatin1Char('~')), qPrintable(n.code));
        }
        // A to E in each category; Category 5 numbers them by part (5A1 … 5E1, 5A2 … 5E2), and
        // empty groups are printed too ("4B Test, Inspection and Production Equipment" / "None.").
        QCOMPARE(groups, 9 * 5 + 2 * 5);
        QCOMPARE(node(QStringLiteral("4A"))->title,
                 QStringLiteral("Systems, Equipment and Components"));
        QCOMPARE(node(QStringLiteral("4D"))->title, QStringLiteral("Software"));
        QCOMPARE(node(QStringLiteral("5D2"))->title, QStringLiteral("Software"));
    }

    void entriesAreAllThere()
    {
        // Counted independently of the parser, on `pdftotext -layout` output (poppler-utils) of
        // Annex I alone (from "CATEGORY 0 —" to "ANNEX II"): lines with an entry code at the code
        // column, four to seven spaces in, less the "4A001 (continued)" lines at page tops:
        //   grep -P '^ {4,7}\d[A-E]\d{3}\b' | grep -vi continued | wc -l   -> 360, no code twice.
        // Cross-references that wrap to a line start stand at the text column, not the code column.
        QCOMPARE(count(NodeKind::Entry), 360);
        for (const ListNode& n : m_doc.nodes)
            if (n.kind == NodeKind::Entry)
                QVERIFY2(!n.code.contains(QLatin1Char('~')), qPrintable(n.code));
    }

    void intrusionSoftwareEntries()
    {
        const ListNode* a5 = node(QStringLiteral("4A005"));
        QVERIFY(a5);
        QCOMPARE(a5->parentCode, QStringLiteral("4A"));
        QVERIFY2(a5->title.contains(QStringLiteral("\"intrusion software\"")),
                 qPrintable(a5->title));
        const ListNode* d4 = node(QStringLiteral("4D004"));
        QVERIFY(d4);
        QCOMPARE(d4->title, QStringLiteral("\"Software\" specially designed or modified for the "
                                           "generation, operation or delivery of, or "
                                           "communication with, \"intrusion software\"."));
        const ListNode* e1c = node(QStringLiteral("4E001.c"));
        QVERIFY(e1c);
        QCOMPARE(e1c->kind, NodeKind::Item);
        QCOMPARE(e1c->parentCode, QStringLiteral("4E001"));
        QCOMPARE(
            e1c->text,
            QStringLiteral("\"Technology\" for the \"development\" of \"intrusion software\"."));
        const ListNode* j = node(QStringLiteral("5A001.j"));
        QVERIFY(j);
        QCOMPARE(j->kind, NodeKind::Item);
        QVERIFY2(j->text.startsWith(QStringLiteral(
                     "Internet Protocol (IP) network communications surveillance systems")),
                 qPrintable(j->text));
    }

    void notesKeepTheirSubParagraphs()
    {
        // 9E003.i: "Note: 9E003.i. does not control … any of the following: a. … e."
        const ListNode* note = nullptr;
        for (const ListNode& n : m_doc.nodes)
            if (n.kind == NodeKind::Note && n.text.startsWith(QStringLiteral("Note: 9E003.i.")))
                note = &n;
        QVERIFY(note);
        QCOMPARE(note->parentCode, QStringLiteral("9E003.i"));
        QStringList labels;
        for (const ListNode& n : m_doc.nodes) {
            if (n.parentCode != note->code)
                continue;
            QCOMPARE(n.kind, NodeKind::Text);
            QCOMPARE(n.code, note->code + QLatin1Char('.') + n.label.chopped(1));
            labels << n.label;
        }
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("a."), QStringLiteral("b."), QStringLiteral("c."),
                              QStringLiteral("d."), QStringLiteral("e.")}));
        QCOMPARE(node(note->code + QStringLiteral(".e"))->text,
                 QStringLiteral("Adjustable flow path geometry for reverse thrust."));
        // Items go on as items after the note.
        QCOMPARE(node(QStringLiteral("9E003.j"))->parentCode, QStringLiteral("9E003"));
    }

    void labelsRunInSequenceAcrossPages()
    {
        // Page breaks move Poppler's text column and repeat the path ("1C010 (continued)",
        // "5A002 Note: a. (continued)"); the sub-paragraphs of every node must still run
        // a, b, c … or 1, 2, 3 … Three places in the document do not: the deposition table of
        // 2E301, a note of 1C002 with a list after its list, the two lists of 9E003's note.
        QHash<QString, QStringList> labels;
        for (const ListNode& n : m_doc.nodes)
            if (!n.label.isEmpty() && n.kind != NodeKind::Entry && n.kind != NodeKind::Group &&
                n.kind != NodeKind::Category)
                labels[n.parentCode] << n.label.chopped(1);
        QStringList broken;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            const QStringList& l = it.value();
            for (qsizetype i = 0; i < l.size(); ++i) {
                const QString expected = l.first().front().isDigit()
                                             ? QString::number(i + 1)
                                             : QString(QChar(u'a' + static_cast<char16_t>(i)));
                if (l.at(i) != expected) {
                    broken << it.key();
                    break;
                }
            }
        }
        broken.sort();
        QCOMPARE(broken, (QStringList{QStringLiteral("1C002~3"), QStringLiteral("2E301"),
                                      QStringLiteral("9E003~9")}));
        QCOMPARE(node(QStringLiteral("1C010.a"))->parentCode, QStringLiteral("1C010"));
        QCOMPARE(node(QStringLiteral("3A001.a.6"))->parentCode, QStringLiteral("3A001.a"));
        QVERIFY(node(QStringLiteral("3A001.a.5.b"))
                    ->text.startsWith(QStringLiteral("Digital-to-Analogue Converters")));
    }

    void codesHaveTheirForms()
    {
        static const QRegularExpression forms(
            QStringLiteral("^(?:\\d|\\d[A-E]\\d?|\\d[A-E]\\d{3}(?:\\.(?:[a-z]{1,2}|\\d{1,2}))*)"
                           "(?:~\\d+(?:\\.(?:[a-z]{1,2}|\\d{1,2}))*)*$"));
        for (const ListNode& n : m_doc.nodes)
            QVERIFY2(forms.match(n.code).hasMatch(), qPrintable(n.code));
        QCOMPARE(node(QStringLiteral("4A001.a.1"))->parentCode, QStringLiteral("4A001.a"));
        QCOMPARE(node(QStringLiteral("4"))->parentCode, QString());
    }

    void noPageFurnitureInAnyNode()
    {
        // The consolidated text's head, its amendment markers, the Official Journal's head,
        // page-top "(continued)" lines, a category heading repeated inside a node.
        static const QRegularExpression furniture(QStringLiteral(
            "2015R2420|000\\.001|Official Journal|L 340/|\\bEN\\b|24\\.12\\.2015|\\(continued\\)|"
            "CATEGORY \\d|[\\x{25BC}\\x{25B2}\\x{25BA}\\x{25C4}\\x{00AD}]"));
        for (const ListNode& n : m_doc.nodes) {
            const QString all = n.title + QLatin1Char('\n') + n.text;
            const auto m = furniture.match(all);
            QVERIFY2(!m.hasMatch(), qPrintable(n.code + QStringLiteral(": ") + m.captured() +
                                               QStringLiteral(" in ") + all.left(300)));
        }
    }

    void softHyphensAreJoined()
    {
        // "… operation or delivery of, or communication with, "intrusion soft-" / "ware"."
        QVERIFY(node(QStringLiteral("4D004"))
                    ->title.endsWith(QStringLiteral("\"intrusion software\".")));
        // 0A001.j: "… for deter-" / "mining neutron flux levels …"
        QVERIFY2(node(QStringLiteral("0A001.j"))
                     ->text.contains(QStringLiteral("for determining neutron")),
                 qPrintable(node(QStringLiteral("0A001.j"))->text));
    }

    void warningsNameFileAndLine()
    {
        QVERIFY(!m_doc.warnings.isEmpty());
        static const QRegularExpression place(QStringLiteral(":\\d+(?:-\\d+)?: "));
        for (const QString& w : m_doc.warnings) {
            QVERIFY2(w.startsWith(m_path + QLatin1Char(':')), qPrintable(w));
            QVERIFY2(place.match(w).hasMatch(), qPrintable(w));
        }
        QVERIFY(m_doc.warnings.constLast().contains(QStringLiteral("the list ends at")));
    }

    void importsIntoADatabase()
    {
        TempDatabase t;
        ListDocument doc = m_doc;
        doc.regimeKey = QStringLiteral("eu");
        doc.listKey = QStringLiteral("eu-annex-i");
        doc.editionLabel = QStringLiteral("2015/2420");
        auto outcome = ListStore(*t.db).importDocument(doc);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        auto stats = collectStats(*t.db);
        QVERIFY(stats);
        QCOMPARE(stats->editions.size(), 1);
        QCOMPARE(stats->editions.first().nodesByKind.value(QStringLiteral("entry")), 360);
        auto text = ListStore(*t.db).subtreeText(outcome->edition.id, QStringLiteral("4A005"));
        QVERIFY(text);
        QVERIFY(text->contains(QStringLiteral("intrusion software")));
    }
};

QTEST_GUILESS_MAIN(TestEurLexRealData)
#include "tst_eurlexrealdata.moc"
