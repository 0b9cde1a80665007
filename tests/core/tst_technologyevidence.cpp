#include "TestSupport.h"

#include "demo/DemoDataset.h"
#include "timeline/TechnologyEvidence.h"
#include "timeline/TimelineStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

Technology technology(const char* label, const char* name)
{
    Technology t;
    t.label = QString::fromUtf8(label);
    t.name = QString::fromUtf8(name);
    return t;
}

ControlEvent controlEvent(const char* codes, std::initializer_list<const char*> technologies)
{
    ControlEvent e;
    e.entryCodes = QString::fromUtf8(codes);
    e.codes = extractEntryCodes(e.entryCodes);
    e.technologyLabels = strings(technologies);
    return e;
}

} // namespace

// The rules behind linking a case to its evidence: the order of the technology chooser, which
// milestones and events a chosen technology shows, and the technology a new case starts with.
class TestTechnologyEvidence : public QObject {
    Q_OBJECT
private slots:
    void technologiesAreSortedByTheNamePeopleRead()
    {
        const QList<Technology> sorted = sortedForChoice(
            {technology("quantum_computing", "Quantum computers"),
             technology("encryption", "mass-market cryptography"), technology("zz_unnamed", ""),
             technology("3d_printed_firearms", "3D-printable firearm"),
             technology("ai_accelerator_chips", "AI accelerator chips")});
        QStringList labels;
        for (const Technology& t : sorted)
            labels << t.label;
        // "mass-market" among the M's whatever its case; no name: the label stands in.
        QCOMPARE(labels, strings({"3d_printed_firearms", "ai_accelerator_chips", "encryption",
                                  "quantum_computing", "zz_unnamed"}));
    }

    void evidenceShownForAChosenTechnology_data()
    {
        QTest::addColumn<QStringList>("itemTechnologies");
        QTest::addColumn<bool>("linked");
        QTest::addColumn<QString>("technology");
        QTest::addColumn<bool>("showAll");
        QTest::addColumn<bool>("shown");
        const QStringList both = strings({"intrusion_software", "ip_network_surveillance"});
        const QStringList crypto = strings({"encryption"});
        const QString intrusion = QStringLiteral("intrusion_software");
        QTest::newRow("none chosen: all") << crypto << false << QString() << false << true;
        QTest::newRow("its technology") << both << false << intrusion << false << true;
        QTest::newRow("another technology") << crypto << false << intrusion << false << false;
        QTest::newRow("no technology at all")
            << QStringList() << false << intrusion << false << false;
        QTest::newRow("another, but linked") << crypto << true << intrusion << false << true;
        QTest::newRow("another, show all") << crypto << false << intrusion << true << true;
    }
    void evidenceShownForAChosenTechnology()
    {
        QFETCH(QStringList, itemTechnologies);
        QFETCH(bool, linked);
        QFETCH(QString, technology);
        QFETCH(bool, showAll);
        QFETCH(bool, shown);
        QCOMPARE(isEvidenceShown(itemTechnologies, linked, technology, showAll), shown);
    }

    void eventsCiteCodesInAnySpelling_data()
    {
        QTest::addColumn<QString>("codes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("cites");
        const auto row = [](const char* name, const char* codes, const char* code, bool cites) {
            QTest::newRow(name) << QString::fromUtf8(codes) << QString::fromUtf8(code) << cites;
        };
        row("same spelling", "4.A.5; 4.D.4", "4.D.4", true);
        row("Wassenaar names the EU code", "4.A.5; 4.D.4", "4D004", true);
        row("EU names the Wassenaar code", "Annex I 4A005; 4D004", "4.A.5", true);
        row("an item of the entry", "4A005; 5A001.j", "5A001", true);
        row("the entry of the item", "Cat 5 Part 2 (5.A.2, 5.D.2)", "5D002.a", true);
        row("a sibling item", "5A001.j", "5A001.b", false);
        row("another entry", "4A005; 4D004", "4A003", false);
        row("a longer number", "4A005", "4A0051", false);
        row("a category is no entry", "4A005", "4", false);
        row("no code", "(national list - quantum)", "", false);
    }
    void eventsCiteCodesInAnySpelling()
    {
        QFETCH(QString, codes);
        QFETCH(QString, code);
        QFETCH(bool, cites);
        ControlEvent e;
        e.codes = extractEntryCodes(codes);
        QCOMPARE(citesCode(e, code), cites);
    }

    void theOneTechnologyCitingTheEntry()
    {
        const QList<ControlEvent> events = {
            controlEvent("4.A.5; 4.D.4; 4.E.1.c; 5.A.1.j",
                         {"intrusion_software", "ip_network_surveillance"}),
            controlEvent("4.A.5; 4.D.4", {"intrusion_software"}),
            controlEvent("Cat 5 Part 2 (5.A.2, 5.D.2)", {"encryption"}),
            controlEvent("5D002", {"encryption"}),
            controlEvent("various", {"general_regime"}),
        };
        QCOMPARE(technologyCitingCode(events, QStringLiteral("5D002")),
                 QStringLiteral("encryption"));
        QCOMPARE(technologyCitingCode(events, QStringLiteral("5.D.2")),
                 QStringLiteral("encryption"));
        // Two technologies cite 4.D.4: the analyst chooses.
        QCOMPARE(technologyCitingCode(events, QStringLiteral("4D004")), QString());
        QCOMPARE(technologyCitingCode(events, QStringLiteral("9A004")), QString());
        QCOMPARE(technologyCitingCode(events, QString()), QString());
    }

    void onTheDemoTimeline()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        const auto events = TimelineStore(*t.db).events();
        QVERIFY(events);
        QCOMPARE(events->size(), 80);
        // CE-051 alone cites 2E001 (with 2D352), for nucleic acid synthesis.
        QCOMPARE(technologyCitingCode(events.value(), QStringLiteral("2E001")),
                 QStringLiteral("nucleic_acid_synthesis"));
        QCOMPARE(technologyCitingCode(events.value(), QStringLiteral("5.D.2")),
                 QStringLiteral("encryption"));
        // The 2013 intrusion-software entries are cited for intrusion software and for IP
        // network surveillance alike.
        QCOMPARE(technologyCitingCode(events.value(), QStringLiteral("4.D.4")), QString());
        QCOMPARE(technologyCitingCode(events.value(), QStringLiteral("5A001.j")), QString());
    }
};

QTEST_GUILESS_MAIN(TestTechnologyEvidence)
#include "tst_technologyevidence.moc"
