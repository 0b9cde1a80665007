#include "TestSupport.h"

#include "editions/Concordance.h"
#include "editions/EntryHistory.h"
#include "io/ImportService.h"
#include "io/wassenaar/WaEditionReader.h"
#include "io/wassenaar/WordDocReader.h"
#include "lists/ListStore.h"

#include <QRegularExpression>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

int count(const ListDocument& doc, NodeKind kind)
{
    return static_cast<int>(std::count_if(doc.nodes.cbegin(), doc.nodes.cend(),
                                          [kind](const ListNode& n) { return n.kind == kind; }));
}

QString sensitivity(const ListNode& n)
{
    for (const auto& [k, v] : n.attributes)
        if (k == QLatin1String("sensitivity"))
            return v;
    return {};
}

} // namespace

// The Wassenaar Secretariat's own documents from ../shared/data: the Word chapter files of
// WA-LIST (12) 1 and (13) 1 and the official PDF of WA-LIST (25) 1 Corr.
//
// How the expected counts were made, independently of the importer:
// - Dual-use entries: in the text that `antiword` (not wvWare) makes of the category files,
//   or `pdftotext -layout` of the PDF, every distinct code written out at a line start as
//   "4. A. 5." (spaces between the parts), plus the entries the document numbers "1.", "2."
//   straight under a group heading (2012/2013: 1.D.1-3, 2.D.1, 6.B.1-3, 6.D.1-2; 2025: the
//   first entry of each group). 2012: 164, 2013: 167, 2025: 170.
// - Definitions: the lines of the Definitions chapter that hold nothing but a quoted term,
//   with or without its "Cat 2, 6" / "ML 8" scope in front, after a blank line; one term
//   whose name wraps onto a second line in antiword's text ("Circulation-controlled
//   anti-torque …") was added by reading. 2012: 160, 2013: 161, 2025: 126.
// - Items of 5.A.1.j and of Category 4: read in the document.
class TestWassenaarRealData : public QObject {
    Q_OBJECT
private:
    std::optional<WaEdition> m_2012;
    std::optional<WaEdition> m_2013;
    std::optional<WaEdition> m_2025;

    static std::optional<WaEdition> readDocs(const char* folder)
    {
        const QString path = sharedDataFile(QStringLiteral("wassenaar/") + QLatin1String(folder));
        if (path.isEmpty() || !WordDocReader::checkAvailable())
            return std::nullopt;
        auto edition = readWaEditionFiles({path});
        if (!edition)
            qWarning() << edition.error().toString();
        return edition ? std::optional<WaEdition>(edition.value()) : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        if (sharedDataFile(QStringLiteral("wassenaar")).isEmpty())
            QSKIP("../shared/data is absent: real-data test skipped");
        if (auto available = WordDocReader::checkAvailable(); !available)
            QSKIP(qPrintable(available.error().message));
        m_2012 = readDocs("WA-LIST-12-1-2012");
        m_2013 = readDocs("WA-LIST-13-1-2013");
        auto pdf = readWaEditionPdf(
            sharedDataFile(QStringLiteral("wassenaar/WA-LIST-25-1-Corr-2025.pdf")));
        QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().toString()));
        m_2025 = pdf.value();
        QVERIFY(m_2012 && m_2013);
    }

    void editionsNameThemselves()
    {
        QCOMPARE(m_2012->dualUse.editionLabel, QStringLiteral("WA-LIST (12) 1"));
        QCOMPARE(m_2013->dualUse.editionLabel, QStringLiteral("WA-LIST (13) 1"));
        QCOMPARE(m_2013->dualUse.editionDate->toIsoString(), QStringLiteral("2013-12-04"));
        QCOMPARE(m_2025->dualUse.editionLabel, QStringLiteral("WA-LIST (25) 1 Corr."));
        QCOMPARE(m_2025->dualUse.editionDate->toIsoString(), QStringLiteral("2026-01-15"));
        QCOMPARE(m_2013->munitions.editionLabel, QStringLiteral("WA-LIST (13) 1"));
        QCOMPARE(m_2013->dualUse.regimeKey, QStringLiteral("wa"));
    }

    void countsMatchTheDocuments()
    {
        QCOMPARE(count(m_2012->dualUse, NodeKind::Entry), 164);
        QCOMPARE(count(m_2013->dualUse, NodeKind::Entry), 167);
        QCOMPARE(count(m_2025->dualUse, NodeKind::Entry), 170);
        QCOMPARE(m_2012->dualUse.terms.size(), 160);
        QCOMPARE(m_2013->dualUse.terms.size(), 161);
        QCOMPARE(m_2025->dualUse.terms.size(), 126);
        for (const WaEdition* e : {&*m_2012, &*m_2013, &*m_2025}) {
            QCOMPARE(count(e->dualUse, NodeKind::Category), 9);
            QCOMPARE(count(e->munitions, NodeKind::Entry), 22); // ML1 … ML22
            QVERIFY(count(e->dualUse, NodeKind::Item) > 1500);
        }
        // Category 4 of 2013, read in the document: 4.A.1 (a, a.1, a.2, a.2.a-c, b), 4.A.3 (a-g),
        // 4.A.4 (a-c), 4.D.1 (a, b, b.1, b.2), 4.E.1 (a, b, b.1, b.2, c): 26 items.
        int category4 = 0;
        for (const ListNode& n : m_2013->dualUse.nodes)
            category4 += n.kind == NodeKind::Item && n.code.startsWith(QLatin1String("4."));
        QCOMPARE(category4, 26);
    }

    void intrusionSoftwareArrivesIn2013()
    {
        for (const char* code : {"4.A.5", "4.D.4", "4.E.1.c", "5.A.1.j"}) {
            QVERIFY2(!findNode(m_2012->dualUse, QLatin1String(code)), code);
            const ListNode* n = findNode(m_2013->dualUse, QLatin1String(code));
            QVERIFY2(n, code);
            QVERIFY2((n->title + n->text).contains(QLatin1String("intrusion software")) ||
                         (n->title + n->text).contains(QLatin1String("IP network")),
                     code);
        }
        // 5.A.1.j's sub-items, as the 2013 document has them.
        for (const char* code : {"5.A.1.j.1", "5.A.1.j.1.a", "5.A.1.j.1.b", "5.A.1.j.1.c",
                                 "5.A.1.j.2", "5.A.1.j.2.a", "5.A.1.j.2.b"})
            QVERIFY2(findNode(m_2013->dualUse, QLatin1String(code)), code);
        const auto term = std::find_if(
            m_2013->dualUse.terms.cbegin(), m_2013->dualUse.terms.cend(),
            [](const ListTerm& t) { return t.term == QLatin1String("Intrusion software"); });
        QVERIFY(term != m_2013->dualUse.terms.cend());
        QCOMPARE(term->scope, QStringLiteral("Cat 4"));
        QVERIFY(term->definition.contains(QLatin1String("'monitoring tools'")));
    }

    void notesKeepTheirItems()
    {
        // Note 2 to 4.A.3 lists three conditions; two N.B.s belong to its item b.
        const ListNode* note = findNode(m_2013->dualUse, QStringLiteral("4.A.3~2"));
        QVERIFY(note);
        QCOMPARE(note->label, QStringLiteral("Note 2"));
        for (const char* code : {"4.A.3~2.a", "4.A.3~2.b", "4.A.3~2.c"}) {
            const ListNode* item = findNode(m_2013->dualUse, QLatin1String(code));
            QVERIFY2(item, code);
            QCOMPARE(item->parentCode, QStringLiteral("4.A.3~2"));
        }
        QCOMPARE(findNode(m_2013->dualUse, QStringLiteral("4.A.3~2.b~1"))->label,
                 QStringLiteral("N.B.1"));
    }

    void notUsedEntriesAreMarked()
    {
        const ListNode* n = findNode(m_2013->dualUse, QStringLiteral("4.A.2"));
        QVERIFY(n);
        QCOMPARE(n->title, QStringLiteral("Not used since 2003"));
        QCOMPARE(n->attributes.value(0).second, QStringLiteral("2003"));
    }

    void exponentsStayReadable()
    {
        // "5 x 10^3 Gy (Si)": the Word files raise the exponent without marking it.
        // The PDF's text layer drops the raise; after "x 10" the number is the exponent.
        for (const WaEdition* e : {&*m_2013, &*m_2025}) {
            const ListNode* n = findNode(e->dualUse, QStringLiteral("4.A.1.a.2.a"));
            QVERIFY(n);
            QVERIFY2(n->text.contains(QLatin1String("5 x 10^3 Gy")), qPrintable(n->text));
        }
    }

    void sensitiveListsMarkTheirEntries()
    {
        for (const WaEdition* e : {&*m_2013, &*m_2025}) {
            const ListNode* vsl = findNode(e->dualUse, QStringLiteral("1.C.1"));
            QVERIFY(vsl);
            QCOMPARE(sensitivity(*vsl), QStringLiteral("very-sensitive"));
            const ListNode* sl = findNode(e->dualUse, QStringLiteral("1.C.12"));
            QVERIFY(sl);
            QVERIFY(!sensitivity(*sl).isEmpty());
            const ListNode* none = findNode(e->dualUse, QStringLiteral("4.A.1"));
            QVERIFY(none);
            QCOMPARE(sensitivity(*none), QString());
        }
    }

    void noPageFurnitureInAnyNode()
    {
        static const QRegularExpression furniture(
            QStringLiteral("WA-LIST \\(\\d\\d\\)|DUAL-USE LIST - CATEGORY|^-\\s*\\d+\\s*-|_{10,}|"
                           "\\d{2}-\\d{2}-20\\d\\d"));
        for (const WaEdition* e : {&*m_2012, &*m_2013, &*m_2025})
            for (const ListDocument* doc : {&e->dualUse, &e->munitions})
                for (const ListNode& n : doc->nodes) {
                    const QString all = n.title + QLatin1Char('\n') + n.text;
                    QVERIFY2(!furniture.match(all).hasMatch(),
                             qPrintable(n.code + QStringLiteral(": ") + all.left(200)));
                }
    }

    void generalNotesAreReadable()
    {
        const ListNode* gtn = findNode(m_2025->dualUse, QStringLiteral("GTN"));
        QVERIFY(gtn);
        QCOMPARE(gtn->title, QStringLiteral("General Technology Note"));
        QVERIFY(gtn->text.contains(QLatin1String("remains under control even when applicable")));
        QVERIFY(findNode(m_2013->dualUse, QStringLiteral("GSN")));
    }

    void entryHistoryShowsAChangedDefinition()
    {
        // "Cryptography" was redefined in 2013; 5.A.2 quotes it but its own words stayed.
        TempDatabase t;
        for (const char* folder : {"WA-LIST-12-1-2012", "WA-LIST-13-1-2013"}) {
            auto report = importFile(
                *t.db, sharedDataFile(QStringLiteral("wassenaar/") + QLatin1String(folder)),
                ImportFormat::Auto);
            QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        }
        auto edition = ListStore(*t.db).findEdition(QStringLiteral("wa-dual-use"),
                                                    QStringLiteral("WA-LIST (13) 1"));
        QVERIFY(edition);
        auto history = entryHistory(*t.db, edition->id, QStringLiteral("5.A.2"));
        QVERIFY2(history, history ? "" : qPrintable(history.error().toString()));
        QCOMPARE(history->size(), 2);
        QVERIFY(history->first().termsChanged.isEmpty());
        QVERIFY2(history->last().termsChanged.contains(QStringLiteral("Cryptography")),
                 qPrintable(history->last().termsChanged.join(QStringLiteral(", "))));
    }

    void concordanceLinksTheRegimeToBothNationalLists()
    {
        const QString ccl = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        const QString eu = sharedDataFile(QStringLiteral("eu/eu-2015-2420-annex-i.pdf"));
        PACELINE_REQUIRE_SHARED(ccl);
        TempDatabase t;
        ImportOptions euOptions;
        euOptions.regimeKey = QStringLiteral("eu");
        euOptions.listKey = QStringLiteral("eu-annex-i");
        euOptions.editionLabel = QStringLiteral("2015/2420");
        for (const auto& [path, options] :
             {std::pair{sharedDataFile(QStringLiteral("wassenaar/WA-LIST-13-1-2013")),
                        ImportOptions()},
              std::pair{eu, euOptions}, std::pair{ccl, ImportOptions()}}) {
            auto report = importFile(*t.db, path, ImportFormat::Auto, options);
            QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        }
        auto editions = ListStore(*t.db).editions();
        QVERIFY(editions);
        qint64 wa = 0;
        for (const EditionInfo& e : editions.value())
            if (e.listKey == QLatin1String("wa-dual-use"))
                wa = *Concordance(*t.db).listIdOfEdition(e.id);
        QVERIFY(wa > 0);
        auto links = Concordance(*t.db).linksFor(wa, QStringLiteral("4.A.5"));
        QVERIFY2(links, links ? "" : qPrintable(links.error().toString()));
        QStringList found;
        for (const ConcordanceLink& l : links.value())
            found << l.listKey + QLatin1Char(' ') + l.code;
        QVERIFY2(found.contains(QStringLiteral("eu-annex-i 4A005")),
                 qPrintable(found.join(QStringLiteral(", "))));
        QVERIFY2(found.contains(QStringLiteral("us-ccl 4A005")),
                 qPrintable(found.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestWassenaarRealData)
#include "tst_wassenaarrealdata.moc"
