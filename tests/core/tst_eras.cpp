#include "TestSupport.h"

#include "demo/DemoDataset.h"
#include "storage/Migrations.h"
#include "timeline/ChartData.h"
#include "timeline/EraStore.h"
#include "timeline/TimelineCsvExporter.h"
#include "timeline/TimelineCsvImporter.h"
#include "timeline/TimelineEditor.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

const QByteArray kHeader = "era_id,label,start_date,end_date,kind,note,source_url\n";

qint64 count(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q || !q->step())
        qFatal("query failed: %s", sql);
    return q->integer(0);
}

QList<Era> eras(Database& db)
{
    auto rows = EraStore(db).eras();
    if (!rows)
        qFatal("%s", qPrintable(rows.error().toString()));
    return rows.value();
}

Era era(const char* id, const char* start, const char* end)
{
    Era e;
    e.extId = QLatin1String(id);
    e.label = QStringLiteral("Label of ") + e.extId;
    e.start = PartialDate::parse(QLatin1String(start)).value_or(PartialDate());
    e.end = PartialDate::parse(QLatin1String(end)).value_or(PartialDate());
    return e;
}

} // namespace

class TestEras : public QObject {
    Q_OBJECT
private slots:
    void importRecognisesTheHeaderAndKeepsPartialAndOpenDates()
    {
        TempDatabase t;
        auto done = importTimelineCsvFile(*t.db, fixture(QStringLiteral("timeline/eras.csv")));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(done->kind, TimelineFile::Eras);
        QCOMPARE(done->inserted, 3);
        const QList<Era> rows = eras(*t.db);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).extId, QStringLiteral("ERA-03")); // by start date
        QCOMPARE(rows.at(0).start.toIsoString(), QStringLiteral("1994-03"));
        QCOMPARE(rows.at(0).end.toIsoString(), QStringLiteral("1996"));
        QCOMPARE(rows.at(1).note, QStringLiteral("Added \"intrusion software\", 4.A.5."));
        QVERIFY(rows.at(2).isOpen());
        QCOMPARE(rows.at(2).kind, QStringLiteral("legislation"));

        // Re-import replaces by id, keeping the row ids.
        auto again = importTimelineCsvFile(*t.db, fixture(QStringLiteral("timeline/eras.csv")));
        QVERIFY(again);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->updated, 3);
        QCOMPARE(eras(*t.db).at(0).id, rows.at(0).id);
    }

    void exportRoundTripsToTheSameRowsAndBytes()
    {
        TempDatabase first;
        QVERIFY(importTimelineCsvFile(*first.db, fixture(QStringLiteral("timeline/eras.csv"))));
        QTemporaryDir out;
        auto done = exportTimelineCsv(*first.db, out.path());
        QVERIFY(done);
        QCOMPARE(done->eras, 3);
        const QString path = QDir(out.path()).filePath(QStringLiteral("eras.csv"));
        QVERIFY(done->files.contains(path));
        const QByteArray written = readAll(path);
        QVERIFY(written.startsWith("era_id,label,start_date,end_date,kind,note,source_url\r\n"));
        // The open era keeps an empty end_date; quotes are doubled.
        QVERIFY(written.contains("ERA-02,ECRA period,2018-08-13,,legislation,"));
        QVERIFY(written.contains("\"Added \"\"intrusion software\"\", 4.A.5.\""));

        TempDatabase second;
        QVERIFY(importTimelineCsvFile(*second.db, path));
        QTemporaryDir out2;
        QVERIFY(exportTimelineCsv(*second.db, out2.path()));
        QCOMPARE(readAll(QDir(out2.path()).filePath(QStringLiteral("eras.csv"))), written);
        QCOMPARE(erasCsv(eras(*second.db)), erasCsv(eras(*first.db)));
    }

    void badRowsAreRefusedNamingLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("end before start")
            << QByteArray("E-1,Round,2013-12-03,2012,plenary,,\n") << "eras.csv:2:22"
            << "column 4 (end_date): 2012 is before the start, 2013-12-03";
        QTest::newRow("end a day early")
            << QByteArray("E-1,Round,2013-12-03,2013-12-02,,,\n") << "eras.csv:2:22"
            << "column 4 (end_date): 2013-12-02 is before the start";
        QTest::newRow("implausible year")
            << QByteArray("E-1,Round,1013,,,,\n") << "eras.csv:2:11"
            << "column 3 (start_date): 1013 is not a plausible year (1900 to 2100)";
        QTest::newRow("not a date") << QByteArray("E-1,Round,2013-13,,,,\n") << "eras.csv:2:11"
                                    << "column 3 (start_date): \"2013-13\" is not a date";
        QTest::newRow("no start") << QByteArray("E-1,Round,,2014,,,\n") << "eras.csv:2:11"
                                  << "column 3 (start_date): a date of the form";
        QTest::newRow("no label") << QByteArray("E-1,,2013,,,,\n") << "eras.csv:2:5"
                                  << "column 2 (label): must not be empty";
        QTest::newRow("id with a space") << QByteArray("E 1,Round,2013,,,,\n") << "eras.csv:2:1"
                                         << "column 1 (era_id): \"E 1\" may hold only";
        QTest::newRow("script link")
            << QByteArray("E-1,Round,2013,,,,javascript:alert(1)\n") << "eras.csv:2:19"
            << "column 7 (source_url): \"javascript:alert(1)\" is not an http(s) address";
        QTest::newRow("duplicate id")
            << QByteArray("E-1,Round,2013,,,,\nE-2,Other,2014,,,,\nE-1,Again,2015,,,,\n")
            << "eras.csv:4:1"
            << "column 1 (era_id): \"E-1\" appears twice in the file";
        QTest::newRow("short row") << QByteArray("E-1,Round,2013\n") << "eras.csv:2"
                                   << "expected 7 fields as in the header, found 3";
    }
    void badRowsAreRefusedNamingLineAndColumn()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, place);
        QFETCH(QString, message);
        TempDatabase t;
        QVERIFY(importTimelineCsv(*t.db, kHeader + "OK-1,Fine,2010,,,,\n",
                                  QStringLiteral("earlier.csv")));
        auto bad = importTimelineCsv(*t.db, kHeader + rows, QStringLiteral("eras.csv"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().place, place);
        QVERIFY2(bad.error().message.startsWith(message), qPrintable(bad.error().message));
        // Nothing of the refused file is stored, nothing before it is lost.
        QCOMPARE(count(*t.db, "SELECT count(*) FROM era WHERE ext_id <> 'OK-1'"), 0);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM era"), 1);
    }

    void headerWithoutTheDateColumnsIsRefused()
    {
        TempDatabase t;
        auto r = importTimelineCsv(*t.db, "era_id,label,start_date\nE-1,Round,2013\n",
                                   QStringLiteral("eras.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().place, QStringLiteral("eras.csv:1"));
        QVERIFY2(r.error().message.contains(QStringLiteral("end_date")),
                 qPrintable(r.error().message));
    }

    void partialDatesCompareByWhatTheyMayMean()
    {
        // "2013" ends with December 2013: not before a start in that month.
        QVERIFY(checkEra(era("E-1", "2013-12", "2013")));
        QVERIFY(checkEra(era("E-1", "2013-12-04", "2013-12-04")));
        QVERIFY(!checkEra(era("E-1", "2014", "2013-12")));
        QVERIFY(checkEra(era("E-1", "2018-08-13", ""))); // open-ended
        QCOMPARE(checkEra(era("E-1", "2018", "2101")).error().place, QStringLiteral("end_date"));
    }

    void bandsSpanTheirDatesAndOpenErasRunToToday()
    {
        const QList<Era> list = {era("A", "2013-12-03", "2013-12-04"), era("B", "2018-08-13", ""),
                                 era("C", "1994", "1996-07")};
        const QDate today(2026, 5, 1);
        const QList<ChartEra> bands = ChartData::placeEras(list, ChartFilter(), today);
        QCOMPARE(bands.size(), 3);
        QCOMPARE(bands.at(0).era.extId, QStringLiteral("C")); // by start
        QCOMPARE(bands.at(0).start, 1994.0);
        QCOMPARE(bands.at(0).end, decimalYear(QDate(1996, 8, 1)));
        QCOMPARE(bands.at(1).start, decimalYear(QDate(2013, 12, 3)));
        QCOMPARE(bands.at(1).end, decimalYear(QDate(2013, 12, 5)));
        QCOMPARE(bands.at(2).end, decimalYear(today.addDays(1)));

        // Cut to the filter's years; a band outside them is dropped.
        ChartFilter f;
        f.from = QDate(2015, 1, 1);
        f.to = QDate(2020, 12, 31);
        const QList<ChartEra> cut = ChartData::placeEras(list, f, today);
        QCOMPARE(cut.size(), 1);
        QCOMPARE(cut.at(0).era.extId, QStringLiteral("B"));
        QCOMPARE(cut.at(0).end, 2021.0);
    }

    void editorAddsEditsAndDeletesInOneAuditedTransactionEach()
    {
        TempDatabase t;
        TimelineEditor editor(*t.db, QStringLiteral("analyst"));
        QCOMPARE(editor.nextEraId().value(), QStringLiteral("ERA-01"));
        Era e = era("ERA-01", "2013-12-03", "2013-12-04");
        e.label = QStringLiteral("  WA plenary Dec 2013 ");
        auto id = editor.addEra(e);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        QCOMPARE(eras(*t.db).first().label, QStringLiteral("WA plenary Dec 2013"));
        QCOMPARE(editor.nextEraId().value(), QStringLiteral("ERA-02"));

        // A second era may not take the id; a refused edit changes nothing.
        Era dup = era("ERA-01", "2015", "");
        const Status refused = Status(editor.addEra(dup).error());
        QCOMPARE(refused.error().place, QStringLiteral("era_id"));
        Era backwards = eras(*t.db).first();
        backwards.end = *PartialDate::parse(QStringLiteral("2012"));
        QCOMPARE(editor.updateEra(backwards).error().place, QStringLiteral("end_date"));
        QCOMPARE(eras(*t.db).first().end.toIsoString(), QStringLiteral("2013-12-04"));

        QVERIFY(editor.deleteEra(id.value()));
        QVERIFY(eras(*t.db).isEmpty());
        QCOMPARE(count(*t.db, "SELECT count(*) FROM audit_log WHERE entity = 'era'"), 2);
    }

    // Version 5 from a file of every older version: the era table is added, the rows there
    // stay, and eras can be stored.
    void eraTableFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v <= 4; ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void eraTableFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QVERIFY(currentSchemaVersion() >= 5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            const std::vector<Migration> older(standardMigrations().begin(),
                                               standardMigrations().begin() + from);
            Database::Options options;
            options.migrations = &older;
            auto db = Database::open(path, options);
            QVERIFY(db);
            QCOMPARE((*db)->userVersion(), from);
            QCOMPARE(count(**db, "SELECT count(*) FROM sqlite_schema WHERE name = 'era'"), 0);
            QVERIFY((*db)->exec("INSERT INTO technology (label, name) VALUES ('x', 'X')"));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE((*db)->userVersion(), currentSchemaVersion());
        QCOMPARE(count(**db, "SELECT count(*) FROM technology WHERE label = 'x'"), 1);
        QVERIFY(eras(**db).isEmpty());
        QVERIFY(importTimelineCsvFile(**db, fixture(QStringLiteral("timeline/eras.csv"))));
        QCOMPARE(eras(**db).size(), 3);
    }

    void demoHasSourcedEras()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        const QList<Era> rows = eras(*t.db);
        QVERIFY(rows.size() >= 4);
        bool ecra = false;
        for (const Era& e : rows) {
            QVERIFY2(checkEra(e), qPrintable(e.extId));
            QVERIFY2(e.sourceUrl.startsWith(QLatin1String("http")), qPrintable(e.extId));
            if (e.label == QLatin1String("ECRA period")) {
                ecra = true;
                QCOMPARE(e.start.toIsoString(), QStringLiteral("2018-08-13"));
                QVERIFY(e.isOpen());
            }
        }
        QVERIFY(ecra);
    }
};

QTEST_GUILESS_MAIN(TestEras)
#include "tst_eras.moc"
