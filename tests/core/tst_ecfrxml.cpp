#include "TestSupport.h"

#include "io/ImportService.h"
#include "io/ecfr/EcfrXmlReader.h"
#include "lists/ListStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

QString attribute(const ListNode& n, const char* key)
{
    for (const auto& [k, v] : n.attributes)
        if (k == QLatin1String(key))
            return v;
    return {};
}

qint64 nodeCount(Database& db)
{
    auto q = db.prepare("SELECT (SELECT count(*) FROM node) + (SELECT count(*) FROM edition)");
    if (!q || !q->step())
        qFatal("count failed");
    return q->integer(0);
}

ListDocument smallDocument()
{
    auto doc = readEcfrXmlFile(fixture(QStringLiteral("ecfr/ccl-small.xml")));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return doc.value();
}

} // namespace

class TestEcfrXml : public QObject {
    Q_OBJECT
private slots:
    void nodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("content"); // the title or the text

        auto row = [](const char* code, const char* parent, const char* kind, const char* label,
                      const QString& content) {
            QTest::newRow(code) << QString::fromUtf8(code) << QString::fromUtf8(parent)
                                << QString::fromUtf8(kind) << QString::fromUtf8(label) << content;
        };
        row("3", "", "category", "", QStringLiteral("Electronics"));
        row("3A", "3", "group", "A.",
            QStringLiteral(
                "\u201CEnd Items,\u201D \u201CEquipment,\u201D \u201CAccessories,\u201D "
                "\u201CAttachments,\u201D \u201CParts,\u201D \u201CComponents,\u201D and "
                "\u201CSystems\u201D"));
        row("3A~1", "3A", "note", "",
            QStringLiteral("Note 1:\nThe control status of equipment and \u201Ccomponents\u201D "
                           "described in 3A001 is determined by the control status of the other "
                           "equipment."));
        row("3A001", "3A", "entry", "",
            QStringLiteral("Electronic items as follows (see List of Items Controlled)."));
        row("3A001.a", "3A001", "item", "a.",
            QStringLiteral("General purpose integrated circuits, as follows:"));
        row("3A001~1", "3A001.a", "note", "",
            QStringLiteral("Note 1 to paragraph 3A001.a:\nThe control status of wafers is "
                           "determined by 3A001.a."));
        row("3A001.a.1", "3A001.a", "item", "a.1.",
            QStringLiteral("Integrated circuits designed or rated as radiation hardened to "
                           "withstand any of the following:"));
        row("3A001.a.1.a", "3A001.a.1", "item", "a.1.a.",
            QStringLiteral("A total dose of 5 \u00D7 10^3 Gy (Si) or higher;"));
        row("3A001.a.1.b", "3A001.a.1", "item", "a.1.b.",
            QStringLiteral("A dose rate upset of 5 \u00D7 106 Gy (Si)/s or higher; or"));
        row("3A001.b.2", "3A001.b", "item", "b.2.",
            QStringLiteral(
                "Microwave \u201CMonolithic Integrated Circuits\u201D (MMIC) power amplifiers;"));
        row("3A001~2", "3A001.b.2", "note", "", QStringLiteral("Technical Notes:"));
        row("3A001~3", "3A001~2", "note", "1.",
            QStringLiteral("For the purposes of 3A001.b.2, the parameter peak saturated power "
                           "output may also be referred to as product output power."));
        row("3A001~4", "3A001~2", "note", "2.",
            QStringLiteral("\u2018Fractional bandwidth\u2019 is defined in 3A001.b."));
        row("3A001.c", "3A001", "item", "c.", QStringLiteral("through e. [Reserved]"));
        row("3A001~5", "3A001.c", "text", "",
            QStringLiteral("The frequency limits apply across the whole band."));
        row("3A002~1", "3A002.a.1", "text", "",
            QStringLiteral(
                "Parameter | Value\nSampling rate | \u2265 10 GSa/s\nResolution | 8 bit"));
        row("3A002.a.1~2", "3A002.a", "item", "a.1.",
            QStringLiteral("Second paragraph with a repeated designator."));
        row("3B", "3", "group", "B.",
            QStringLiteral("Test, Inspection and \u201CProduction Equipment\u201D"));
        row("3B001", "3B", "entry", "",
            QStringLiteral(
                "Equipment for the manufacturing of semiconductor devices or materials."));
        row("3B001~1", "3B001", "text", "",
            QStringLiteral("The list of items controlled is contained in the ECCN heading."));
        row("4A005~1", "4A005", "text", "",
            QStringLiteral("The list of items controlled is contained in the ECCN heading, except "
                           "for the commodities controlled under 4A005.z."));
        row("4A005.a", "4A005", "item", "a.", QStringLiteral("through y. [Reserved]"));
        row("4A005.z.1", "4A005", "item", "z.1.",
            QStringLiteral("Commodities that are specified in 4A005 that also meet or exceed the "
                           "performance parameters in 4A090.a."));
        row("5", "", "category", "",
            QStringLiteral("Telecommunications and \u201CInformation Security\u201D"));
        row("5.2", "5", "group", "Part 2", QStringLiteral("\u201CInformation Security\u201D"));
        row("5.2.A", "5.2", "group", "A.",
            QStringLiteral("\u201CEnd Items,\u201D \u201CEquipment\u201D"));
        row("5A002", "5.2.A", "entry", "",
            QStringLiteral("\u201CInformation security\u201D systems, equipment and "
                           "\u201Ccomponents,\u201D as follows:"));
        row("5A002.a.4", "5A002.a", "item", "a.4.", QStringLiteral("Not used."));
        row("5A002~1", "5A002.a.4", "note", "", QStringLiteral("N.B.: See 5A003 for other items."));
    }

    void nodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, parent);
        QFETCH(QString, kind);
        QFETCH(QString, label);
        QFETCH(QString, content);
        const ListDocument doc = smallDocument();
        const ListNode* n = findNode(doc, code);
        QVERIFY2(n, qPrintable(code));
        QCOMPARE(n->parentCode, parent);
        QCOMPARE(nodeKindName(n->kind), kind);
        QCOMPARE(n->label, label);
        const bool headed = n->kind == NodeKind::Category || n->kind == NodeKind::Group ||
                            n->kind == NodeKind::Entry;
        QCOMPARE(headed ? n->title : n->text, content);
    }

    void entryHeaderFields()
    {
        const ListDocument doc = smallDocument();
        QCOMPARE(doc.listKey, QStringLiteral("us-ccl"));
        QCOMPARE(doc.regimeKey, QStringLiteral("us-ear"));
        QCOMPARE(doc.editionLabel, QStringLiteral("eCFR ccl-small"));
        const ListNode* e = findNode(doc, QStringLiteral("3A001"));
        QVERIFY(e);
        QCOMPARE(e->reasons,
                 QStringList({QStringLiteral("NS"), QStringLiteral("RS"), QStringLiteral("MT"),
                              QStringLiteral("NP"), QStringLiteral("AT")}));
        QCOMPARE(attribute(*e, "license_requirements"),
                 QStringLiteral("NS applies to 3A001.a.1.a: NS Column 1.\nMT applies to "
                                "3A001.a.1.b: MT Column 1."));
        QCOMPARE(attribute(*e, "lvs"), QStringLiteral("N/A for MT or NP; $1500 for 3A001.c"));
        QCOMPARE(attribute(*e, "gbs"), QStringLiteral("Yes for 3A001.a.1.b"));
        QVERIFY(attribute(*e, "sta").startsWith(QStringLiteral("License Exception STA may not")));
        QCOMPARE(attribute(*e, "related_controls"),
                 QStringLiteral(
                     "(1) See Category XV of the USML for certain \u201Cspace-qualified\u201D "
                     "electronics.\n(2) See also 3A101 & 3A201."));
        QCOMPARE(attribute(*e, "related_definitions"),
                 QStringLiteral("\u2018Ultra-high\u2019 means above 10^6 hertz."));
        // Two licence tables in one entry: both sets of rows.
        const ListNode* e4 = findNode(doc, QStringLiteral("4A005"));
        QCOMPARE(
            attribute(*e4, "license_requirements"),
            QStringLiteral("NS applies to entire entry: NS Column 1.\nRS applies to entire entry: "
                           "RS Column 1.\nAT applies to entire entry: AT Column 1."));
        QCOMPARE(attribute(*e4, "related_definitions"), QStringLiteral("N/A"));
        // A single "Control(s)" column.
        const ListNode* e5 = findNode(doc, QStringLiteral("5A002"));
        QCOMPARE(attribute(*e5, "license_requirements"),
                 QStringLiteral("NS applies to entire entry. EI applies to 5A002.a."));
        QCOMPARE(e5->reasons.size(), 3);
        // The technical table of 3A002 is text, not licence rows.
        const ListNode* e2 = findNode(doc, QStringLiteral("3A002"));
        QCOMPARE(attribute(*e2, "license_requirements"),
                 QStringLiteral("NS applies to entire entry: NS Column 2."));
    }

    void onlyTheSupplementIsRead()
    {
        const ListDocument doc = smallDocument();
        QVERIFY(!findNode(doc, QStringLiteral("9A999"))); // Supplement No. 2
        int entries = 0;
        QSet<QString> codes;
        for (const ListNode& n : doc.nodes) {
            entries += n.kind == NodeKind::Entry;
            QVERIFY2(!codes.contains(n.code), qPrintable(n.code));
            QVERIFY2(n.parentCode.isEmpty() || codes.contains(n.parentCode), qPrintable(n.code));
            codes.insert(n.code);
        }
        QCOMPARE(entries, 5);
        // A file this small cannot be the whole CCL: the warning names the count.
        QVERIFY(
            doc.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("only 5 ECCN entries")));
    }

    void layoutVariants_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("content");
        QTest::newRow("items with the first item")
            << QStringLiteral("1A002.a") << QStringLiteral("1A002") << QStringLiteral("item")
            << QStringLiteral("Made from an organic \u201Cmatrix\u201D.");
        QTest::newRow("NOTE with HED")
            << QStringLiteral("1A002~1") << QStringLiteral("1A002.b") << QStringLiteral("note")
            << QStringLiteral("Note 1:\n1A002 does not control finished items for "
                              "civil aircraft. Second paragraph of the note.");
        QTest::newRow("HD2 inside the items")
            << QStringLiteral("1A002~2") << QStringLiteral("1A002.b") << QStringLiteral("text")
            << QStringLiteral("Carbon");
        QTest::newRow("item after HD2")
            << QStringLiteral("1A002.c") << QStringLiteral("1A002") << QStringLiteral("item")
            << QStringLiteral("Carbon-carbon structures.");
        QTest::newRow("entry heading in FP-1")
            << QStringLiteral("1D001") << QStringLiteral("1D") << QStringLiteral("entry")
            << QStringLiteral("\u201CSoftware\u201D for the \u201Cdevelopment\u201D "
                              "of equipment in 1B001.");
        QTest::newRow("Items without colon")
            << QStringLiteral("1D001.a") << QStringLiteral("1D001") << QStringLiteral("item")
            << QStringLiteral("\u201CSoftware\u201D for numerically controlled lay-up.");
        QTest::newRow("heading only")
            << QStringLiteral("1D002") << QStringLiteral("1D") << QStringLiteral("entry")
            << QStringLiteral("\u201CSoftware\u201D for the \u201Cdevelopment\u201D of "
                              "composites. (These items are \u201Csubject to the ITAR.\u201D)");
    }

    void layoutVariants()
    {
        QFETCH(QString, code);
        QFETCH(QString, parent);
        QFETCH(QString, kind);
        QFETCH(QString, content);
        auto doc = readEcfrXmlFile(fixture(QStringLiteral("ecfr/ccl-variants.xml")));
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        const ListNode* n = findNode(doc.value(), code);
        QVERIFY2(n, qPrintable(code));
        QCOMPARE(n->parentCode, parent);
        QCOMPARE(nodeKindName(n->kind), kind);
        QCOMPARE(n->kind == NodeKind::Entry ? n->title : n->text, content);
    }

    void layoutVariantsHeaderFields()
    {
        auto doc = readEcfrXmlFile(fixture(QStringLiteral("ecfr/ccl-variants.xml")));
        QVERIFY(doc);
        const ListNode* e = findNode(doc.value(), QStringLiteral("1A002"));
        QCOMPARE(
            attribute(*e, "license_requirements"),
            QStringLiteral(
                "NS applies to entire entry: NS Column 2.\nMT applies to 1A002.a: MT Column 1."));
        QCOMPARE(attribute(*e, "lvs"), QStringLiteral("$1500"));
        QCOMPARE(attribute(*e, "related_controls"), QStringLiteral("See also 1A202."));
        // Section headings are structure, not text.
        for (const ListNode& n : doc->nodes)
            QVERIFY2(!n.text.contains(QStringLiteral("List of Items Controlled")) &&
                         !n.text.contains(QStringLiteral("List Based License Exceptions")),
                     qPrintable(n.code));
        QCOMPARE(findNode(doc.value(), QStringLiteral("1D001"))->reasons,
                 QStringList({QStringLiteral("NS"), QStringLiteral("AT")}));
    }

    void missingHeadingsAreAddedWithWarnings()
    {
        auto doc = readEcfrXmlFile(fixture(QStringLiteral("ecfr/missing-headings.xml")));
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        const ListNode* e = findNode(doc.value(), QStringLiteral("6A001"));
        QVERIFY(e);
        QCOMPARE(e->parentCode, QStringLiteral("6A"));
        QCOMPARE(findNode(doc.value(), QStringLiteral("6A"))->parentCode, QStringLiteral("6"));
        QCOMPARE(findNode(doc.value(), QStringLiteral("6B008"))->parentCode, QStringLiteral("6B"));
        QCOMPARE(findNode(doc.value(), QStringLiteral("774~1"))->text,
                 QStringLiteral("An introduction paragraph before any category."));
        const QString warnings = doc->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("missing-headings.xml:4:")),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(
            QStringLiteral("ECCN 6A001 appears without a \"Category 6\" heading")));
        QVERIFY(
            warnings.contains(QStringLiteral("ECCN 6B008 appears without a group \"B.\" heading")));
    }

    void brokenInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("mismatched tag")
            << QStringLiteral("malformed.xml") << QStringLiteral("malformed.xml:5:")
            << QStringLiteral("malformed XML");
        QTest::newRow("truncated")
            << QStringLiteral("truncated.xml") << QStringLiteral("truncated.xml:")
            << QStringLiteral("Premature end of document");
        QTest::newRow("undeclared entity")
            << QStringLiteral("undeclared-entity.xml") << QStringLiteral("undeclared-entity.xml:4:")
            << QStringLiteral("nbsp");
        QTest::newRow("no supplement")
            << QStringLiteral("no-supplement.xml") << QStringLiteral("no-supplement.xml")
            << QStringLiteral("no DIV with N=\"Supplement No. 1 to Part 774\"");
        QTest::newRow("no entries")
            << QStringLiteral("no-entries.xml") << QStringLiteral("no-entries.xml")
            << QStringLiteral("no ECCN entry found");
        QTest::newRow("absent") << QStringLiteral("absent.xml") << QStringLiteral("absent.xml")
                                << QStringLiteral("cannot read the file");
    }

    void brokenInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        QFETCH(QString, message);
        TempDatabase t;
        const qint64 before = nodeCount(*t.db);
        auto report =
            importFile(*t.db, fixture(QStringLiteral("ecfr/") + file), ImportFormat::Auto);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QVERIFY2(report.error().place.contains(place), qPrintable(report.error().toString()));
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().toString()));
        QCOMPARE(nodeCount(*t.db), before);
    }

    void importsOnceThenRecognisesDuplicate()
    {
        TempDatabase t;
        ImportOptions options;
        options.editionLabel = QStringLiteral("eCFR 2025-09-12");
        const QString path = fixture(QStringLiteral("ecfr/ccl-small.xml"));
        auto first = importFile(*t.db, path, ImportFormat::EcfrXml, options);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QVERIFY(!first->alreadyPresent);
        QVERIFY(first->summary.contains(QStringLiteral("eCFR 2025-09-12")));
        QVERIFY(first->warnings.join(QString()).contains(QStringLiteral("only 5 ECCN entries")));
        const qint64 after = nodeCount(*t.db);
        auto second = importFile(*t.db, path, ImportFormat::Auto, options);
        QVERIFY(second);
        QVERIFY(second->alreadyPresent);
        QCOMPARE(nodeCount(*t.db), after);
        auto edition = ListStore(*t.db).findEdition(QStringLiteral("us-ccl"),
                                                    QStringLiteral("eCFR 2025-09-12"));
        QVERIFY(edition);
        auto text = ListStore(*t.db).subtreeText(edition->id, QStringLiteral("3A001"));
        QVERIFY(text);
        QVERIFY(text->contains(QStringLiteral("a.1.a. A total dose")));
    }

    void dateInFileNameNamesTheEdition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("title-15-part-774-2024-03-05.xml"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("ecfr/ccl-small.xml")), path));
        auto doc = readEcfrXmlFile(path);
        QVERIFY(doc);
        QCOMPARE(doc->editionLabel, QStringLiteral("eCFR 2024-03-05"));
        QCOMPARE(doc->editionDate->toIsoString(), QStringLiteral("2024-03-05"));
    }
};

QTEST_GUILESS_MAIN(TestEcfrXml)
#include "tst_ecfrxml.moc"
