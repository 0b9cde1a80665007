#include "TestSupport.h"

#include "demo/DemoDataset.h"
#include "timeline/CsvReader.h"
#include "timeline/EntryCodeResolver.h"
#include "timeline/TimelineCsvExporter.h"
#include "timeline/TimelineCsvImporter.h"
#include "timeline/TimelineEditor.h"
#include "timeline/TimelineStore.h"

#include <QtTest>

#include <algorithm>

using namespace paceline;
using namespace paceline::test;

namespace {

qint64 count(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q || !q->step())
        qFatal("query failed");
    return q->integer(0);
}

void importFolder(Database& db, const QString& folder, const QStringList& names)
{
    for (const QString& name : names) {
        auto r = importTimelineCsvFile(db, QDir(folder).filePath(name));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    }
}

void importFixtures(Database& db)
{
    importFolder(db, fixture(QStringLiteral("timeline")),
                 {QStringLiteral("technologies.csv"), QStringLiteral("tech_milestones.csv"),
                  QStringLiteral("control_events.csv")});
}

// The rows as text, database ids left out and linked labels in a stable order.
QStringList snapshot(Database& db)
{
    TimelineStore store(db);
    QStringList out;
    const auto sorted = [](QStringList l) {
        l.sort();
        return l.join(QLatin1Char('|'));
    };
    const auto technologies = store.technologies();
    for (const Technology& t : technologies.value())
        out << QStringList{t.label,
                           t.name,
                           t.category,
                           t.judgement.emergenceMilestone,
                           t.judgement.firstControlEvent,
                           t.judgement.excludedEvents.join(u'|'),
                           t.judgement.note}
                   .join(u'\t');
    const auto milestones = store.milestones();
    for (const Milestone& m : milestones.value())
        out << QStringList{m.extId,
                           m.date.toIsoString(),
                           PartialDate::precisionName(m.date.precision()),
                           sorted(m.technologyLabels),
                           m.milestoneClass,
                           m.milestoneType,
                           m.description,
                           m.sourceUrl,
                           m.sourceUrl2,
                           confidenceName(m.confidence),
                           m.notes}
                   .join(u'\t');
    const auto events = store.events();
    for (const ControlEvent& e : events.value())
        out << QStringList{e.extId,
                           e.date.toIsoString(),
                           PartialDate::precisionName(e.date.precision()),
                           e.regime,
                           e.eventType,
                           e.entryCodes,
                           sorted(e.codes),
                           sorted(e.technologyLabels),
                           e.description,
                           e.sourceUrl,
                           e.sourceUrl2,
                           confidenceName(e.confidence),
                           e.notes}
                   .join(u'\t');
    return out;
}

Milestone sampleMilestone()
{
    Milestone m;
    m.extId = QStringLiteral("TM-3");
    m.date = *PartialDate::parse(QStringLiteral("2013-12"));
    m.technologyLabels = {QStringLiteral("intrusion_software")};
    m.milestoneClass = QStringLiteral("deployment");
    m.description = QStringLiteral("  Deployed by a state operator.  ");
    m.sourceUrl = QStringLiteral("https://example.org/deploy");
    m.confidence = Confidence::Medium;
    return m;
}

Milestone findMilestone(Database& db, const QString& extId)
{
    const auto rows = TimelineStore(db).milestones();
    for (const Milestone& m : rows.value())
        if (m.extId == extId)
            return m;
    return {};
}

const QString kActor = QStringLiteral("analyst");

} // namespace

class TestTimelineEdit : public QObject {
    Q_OBJECT
private slots:
    void addEditDeleteMilestone()
    {
        TempDatabase t;
        importFixtures(*t.db);
        TimelineEditor editor(*t.db, kActor);
        const qint64 audits = count(*t.db, "SELECT count(*) FROM audit_log");

        auto id = editor.addMilestone(sampleMilestone());
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        Milestone stored = findMilestone(*t.db, QStringLiteral("TM-3"));
        QCOMPARE(stored.id, id.value());
        QCOMPARE(stored.date.toIsoString(), QStringLiteral("2013-12"));
        QCOMPARE(stored.date.precision(), PartialDate::Precision::Month);
        QCOMPARE(stored.description, QStringLiteral("Deployed by a state operator."));
        QCOMPARE(stored.technologyLabels, QStringList{QStringLiteral("intrusion_software")});

        stored.date = *PartialDate::parse(QStringLiteral("2013-12-04"));
        stored.technologyLabels << QStringLiteral("ip_network_surveillance");
        QVERIFY(editor.updateMilestone(stored));
        const Milestone edited = findMilestone(*t.db, QStringLiteral("TM-3"));
        QCOMPARE(edited.id, stored.id);
        QCOMPARE(edited.date.precision(), PartialDate::Precision::Day);
        QCOMPARE(edited.technologyLabels.size(), 2);

        QVERIFY(editor.deleteMilestone(stored.id));
        QCOMPARE(findMilestone(*t.db, QStringLiteral("TM-3")).id, 0);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM milestone_technology WHERE milestone_id "
                              "NOT IN (SELECT id FROM milestone)"),
                 0);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM audit_log"), audits + 3);

        // Undoing the delete: the row comes back with its id.
        QCOMPARE(editor.addMilestone(edited).value(), edited.id);
        QCOMPARE(findMilestone(*t.db, QStringLiteral("TM-3")).technologyLabels.size(), 2);
    }

    void eventCodesAndTechnologies()
    {
        TempDatabase t;
        importFixtures(*t.db);
        TimelineEditor editor(*t.db, kActor);
        ControlEvent e;
        e.extId = editor.nextEventId().value();
        QCOMPARE(e.extId, QStringLiteral("CE-004")); // after CE-1..CE-3, in the demo data's width
        e.date = *PartialDate::parse(QStringLiteral("2016"));
        e.regime = QStringLiteral("EU");
        e.entryCodes = QStringLiteral("5A001.j (IP surveillance); 5D001.e");
        e.technologyLabels = {QStringLiteral("ip_network_surveillance")};
        auto id = editor.addEvent(e);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        const auto rows = TimelineStore(*t.db).events();
        for (const ControlEvent& stored : rows.value())
            if (stored.id == id.value())
                QCOMPARE(stored.codes,
                         QStringList({QStringLiteral("5A001.j"), QStringLiteral("5D001.e")}));

        Technology tech;
        tech.label = QStringLiteral("quantum_sensing");
        tech.name = QStringLiteral("Quantum sensing");
        QVERIFY(editor.addTechnology(tech));
        QCOMPARE(count(*t.db, "SELECT count(*) FROM technology"), 3);
        // A technology in use cannot go; an unused one can.
        auto used = TimelineStore(*t.db).technologies().value().first();
        Status refused = editor.deleteTechnology(used.id);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("linked to")));
        auto techs = TimelineStore(*t.db).technologies().value();
        const auto unused = std::find_if(techs.begin(), techs.end(), [](const Technology& x) {
            return x.label == QLatin1String("quantum_sensing");
        });
        QVERIFY(editor.deleteTechnology(unused->id));
        QCOMPARE(count(*t.db, "SELECT count(*) FROM technology"), 2);
    }

    void refusesInvalidInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty id") << "milestone_id"
                                  << "must not be empty";
        QTest::newRow("id with space") << "milestone_id"
                                       << "may hold only";
        QTest::newRow("duplicate id") << "milestone_id"
                                      << "already";
        QTest::newRow("no date") << "date"
                                 << "YYYY";
        QTest::newRow("no technology") << "technology_label"
                                       << "at least one";
        QTest::newRow("unknown technology") << "technology_label"
                                            << "not a known technology";
        QTest::newRow("bad class") << "milestone_class"
                                   << "is not one of";
        QTest::newRow("ftp source") << "source_url"
                                    << "http(s)";
        QTest::newRow("credentials") << "source_url_2"
                                     << "http(s)";
    }

    void refusesInvalidInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        TempDatabase t;
        importFixtures(*t.db);
        const QStringList before = snapshot(*t.db);
        const qint64 audits = count(*t.db, "SELECT count(*) FROM audit_log");
        Milestone m = sampleMilestone();
        const QByteArray row = QTest::currentDataTag();
        if (row == "empty id")
            m.extId = QStringLiteral("  ");
        else if (row == "id with space")
            m.extId = QStringLiteral("TM 3");
        else if (row == "duplicate id")
            m.extId = QStringLiteral("TM-1");
        else if (row == "no date")
            m.date = PartialDate();
        else if (row == "no technology")
            m.technologyLabels.clear();
        else if (row == "unknown technology")
            m.technologyLabels = {QStringLiteral("warp_drive")};
        else if (row == "bad class")
            m.milestoneClass = QStringLiteral("invention");
        else if (row == "ftp source")
            m.sourceUrl = QStringLiteral("ftp://example.org/x");
        else if (row == "credentials")
            m.sourceUrl2 = QStringLiteral("https://user:pw@example.org/");
        auto r = TimelineEditor(*t.db, kActor).addMilestone(m);
        QVERIFY(!r);
        QCOMPARE(r.error().place, field);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QCOMPARE(snapshot(*t.db), before);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM audit_log"), audits);
    }

    void deleteRefusedWhileJudgementNamesRow()
    {
        TempDatabase t;
        importFixtures(*t.db);
        TimelineEditor editor(*t.db, kActor);
        Technology tech = TimelineStore(*t.db).technologies().value().first();
        tech.judgement.emergenceMilestone = QStringLiteral("TM-2");
        QVERIFY(editor.updateTechnology(tech));
        const Status s = editor.deleteMilestone(findMilestone(*t.db, QStringLiteral("TM-2")).id);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(tech.label));
        Milestone renamed = findMilestone(*t.db, QStringLiteral("TM-2"));
        renamed.extId = QStringLiteral("TM-20");
        const Status rename = editor.updateMilestone(renamed);
        QVERIFY(!rename);
        QCOMPARE(rename.error().place, QStringLiteral("milestone_id"));
        tech.judgement.firstControlEvent = QStringLiteral("CE-99");
        const Status bad = editor.updateTechnology(tech);
        QVERIFY(!bad);
        QCOMPARE(bad.error().place, QStringLiteral("lag_first_control_event_id"));
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << "4A005" << QByteArray("4A005");
        QTest::newRow("empty") << "" << QByteArray("");
        QTest::newRow("comma") << "a, b" << QByteArray("\"a, b\"");
        QTest::newRow("quote") << "the \"London Club\""
                               << QByteArray("\"the \"\"London Club\"\"\"");
        QTest::newRow("newline") << "two\nlines" << QByteArray("\"two\nlines\"");
        QTest::newRow("formula kept") << "=1+1" << QByteArray("=1+1");
        QTest::newRow("utf-8") << QStringLiteral("Zürich – ok")
                               << QByteArray("Z\xC3\xBCrich \xE2\x80\x93 ok");
    }

    void csvQuoting()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(csvField(value), expected);
        // And the reader gives the value back.
        auto r = parseCsv("h\r\n" + csvField(value) + "\r\n", QStringLiteral("f.csv"));
        QVERIFY(r);
        if (!value.isEmpty())
            QCOMPARE(r->at(1).fields.first(), value);
    }

    void exportColumns()
    {
        TempDatabase t;
        importFixtures(*t.db);
        QTemporaryDir out;
        auto done = exportTimelineCsv(*t.db, out.path());
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(done->files.size(), 4);
        const auto header = [&](const char* name) {
            const QByteArray all = readAll(QDir(out.path()).filePath(QLatin1String(name)));
            return all.left(all.indexOf("\r\n"));
        };
        QCOMPARE(header("control_events.csv"),
                 QByteArray("event_id,date,date_precision,regime,event_type,entry_codes,"
                            "technology_label,description,source_url,source_url_2,confidence,"
                            "notes"));
        QCOMPARE(header("tech_milestones.csv"),
                 QByteArray("milestone_id,date,date_precision,technology_label,milestone_class,"
                            "milestone_type,description,source_url,source_url_2,confidence,"
                            "notes"));
        QCOMPARE(header("technologies.csv"),
                 QByteArray("technology_label,technology_name,category,"
                            "lag_emergence_milestone_id,lag_first_control_event_id,"
                            "lag_excluded_event_ids,lag_note"));
        QCOMPARE(header("eras.csv"),
                 QByteArray("era_id,label,start_date,end_date,kind,note,source_url"));
        const QByteArray events =
            readAll(QDir(out.path()).filePath(QStringLiteral("control_events.csv")));
        QVERIFY(events.contains("\"Adds \"\"intrusion software\"\" controls.\""));
        QVERIFY(events.contains("intrusion_software; ip_network_surveillance"));
        QVERIFY(!exportTimelineCsv(*t.db, out.filePath(QStringLiteral("missing"))));
    }

    void entryCodesResolveAgainstTheLoadedLists()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        EntryCodeResolver resolver(*t.db);
        const auto wa = resolver.resolve(QStringLiteral("4.A.5"));
        QVERIFY(wa && wa->found && wa->exact);
        QVERIFY2(wa->where.contains(QStringLiteral("Dual-Use List")), qPrintable(wa->where));
        const auto eu = resolver.resolve(QStringLiteral("4A005"));
        QVERIFY(eu && eu->found && eu->exact);
        QVERIFY2(eu->where.contains(QStringLiteral("Annex I")), qPrintable(eu->where));
        const auto item = resolver.resolve(QStringLiteral("4A005.zz"));
        QVERIFY(item && item->found && !item->exact);
        QCOMPARE(item->foundCode, QStringLiteral("4A005"));
        const auto missing = resolver.resolve(QStringLiteral("5A999"));
        QVERIFY(missing && !missing->found);
    }

    void roundTripFixtures() { roundTrip(fixture(QStringLiteral("timeline")), true); }

    void roundTripRealData()
    {
        const QString folder = sharedDataFile(QStringLiteral("timeline"));
        PACELINE_REQUIRE_SHARED(folder);
        roundTrip(folder, false);
    }

private:
    void roundTrip(const QString& folder, bool fixtures)
    {
        TempDatabase first;
        if (fixtures)
            importFixtures(*first.db);
        else
            importFolder(*first.db, folder,
                         {QStringLiteral("tech_links.csv"), QStringLiteral("tech_milestones.csv"),
                          QStringLiteral("control_events.csv")});
        QTemporaryDir out;
        auto done = exportTimelineCsv(*first.db, out.path());
        QVERIFY(done);
        TempDatabase second;
        importFolder(*second.db, out.path(),
                     {QStringLiteral("technologies.csv"), QStringLiteral("tech_milestones.csv"),
                      QStringLiteral("control_events.csv")});
        const QStringList a = snapshot(*first.db);
        QVERIFY(a.size() > 5);
        QCOMPARE(snapshot(*second.db), a);
    }
};

QTEST_GUILESS_MAIN(TestTimelineEdit)
#include "tst_timelineedit.moc"
