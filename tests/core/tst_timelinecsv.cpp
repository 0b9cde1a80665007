#include "TestSupport.h"

#include "io/ImportService.h"
#include "timeline/CsvReader.h"
#include "timeline/TimelineCsvImporter.h"
#include "timeline/TimelineStore.h"

#include <QtTest>

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

const QByteArray kEventsHeader =
    "event_id,date,date_precision,regime,event_type,entry_codes,"
    "technology_label,description,source_url,source_url_2,confidence,notes\n";

} // namespace

class TestTimelineCsv : public QObject {
    Q_OBJECT
private slots:
    void parsesRfc4180()
    {
        auto r = parseCsv("a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\r\n,,\n",
                          QStringLiteral("f.csv"));
        QVERIFY(r);
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(1).fields,
                 QStringList({QStringLiteral("x, y"), QStringLiteral("he said \"hi\""),
                              QStringLiteral("two\nlines")}));
        QCOMPARE(r->at(1).line, 2);
        QCOMPARE(r->at(2).line, 4);
        QCOMPARE(r->at(2).fields, QStringList({QString(), QString(), QString()}));
        QCOMPARE(r->at(1).columns, QList<int>({1, 8, 25}));
    }

    void byteOrderMarkAndMissingFinalNewline()
    {
        auto r = parseCsv("\xEF\xBB\xBFh1,h2\n1,2", QStringLiteral("f.csv"));
        QVERIFY(r);
        QCOMPARE(r->first().fields.first(), QStringLiteral("h1"));
        QCOMPARE(r->at(1).fields, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << "f.csv:2:3"
                                        << "never closed";
        QTest::newRow("quote inside") << QByteArray("a,b\n1,ab\"c\n") << "f.csv:2:5"
                                      << "quote inside an unquoted field";
        QTest::newRow("text after quote") << QByteArray("a,b\n1,\"ab\"c\n") << "f.csv:2:7"
                                          << "after a closing quote";
        QTest::newRow("not utf-8") << QByteArray("a,b\n1,2\n\xff\xfe,3\n") << "f.csv:3"
                                   << "not valid UTF-8";
    }
    void syntaxErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, place);
        QFETCH(QString, message);
        auto r = parseCsv(data, QStringLiteral("f.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().place, place);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void importsValidFiles()
    {
        TempDatabase t;
        auto tech =
            importTimelineCsvFile(*t.db, fixture(QStringLiteral("timeline/technologies.csv")));
        QVERIFY2(tech, tech ? "" : qPrintable(tech.error().toString()));
        QCOMPARE(tech->kind, TimelineFile::Technologies);
        auto ev =
            importTimelineCsvFile(*t.db, fixture(QStringLiteral("timeline/control_events.csv")));
        QVERIFY2(ev, ev ? "" : qPrintable(ev.error().toString()));
        QCOMPARE(ev->kind, TimelineFile::ControlEvents);
        QCOMPARE(ev->rows, 3);
        auto ms =
            importTimelineCsvFile(*t.db, fixture(QStringLiteral("timeline/tech_milestones.csv")));
        QVERIFY(ms);
        QCOMPARE(ms->kind, TimelineFile::Milestones);

        auto events = TimelineStore(*t.db).events();
        QVERIFY(events);
        QCOMPARE(events->size(), 3);
        const ControlEvent& first = events->first();
        QCOMPARE(first.extId, QStringLiteral("CE-1"));
        QCOMPARE(first.date.precision(), PartialDate::Precision::Day);
        QCOMPARE(first.description, QStringLiteral("Adds \"intrusion software\" controls."));
        QCOMPARE(first.technologyLabels.size(), 2);
        QCOMPARE(first.codes, QStringList({QStringLiteral("4.A.5"), QStringLiteral("4.D.4"),
                                           QStringLiteral("4.E.1.c")}));
        QCOMPARE(events->at(1).description, QStringLiteral("Proposed rule,\nwith a line break."));
        QCOMPARE(events->at(2).date.toIsoString(), QStringLiteral("2016"));

        auto techs = TimelineStore(*t.db).technologies();
        QCOMPARE(techs->size(), 2);
        QCOMPARE(techs->first().name, QStringLiteral("Intrusion software"));
        QCOMPARE(techs->first().category, QStringLiteral("Cyber & surveillance"));

        // Re-import replaces by id rather than duplicating.
        auto again =
            importTimelineCsvFile(*t.db, fixture(QStringLiteral("timeline/control_events.csv")));
        QVERIFY(again);
        QCOMPARE(again->updated, 3);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM control_event"), 3);
    }

    void brokenRowsNameRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QByteArray("CE-9,2013-13,month,Wassenaar,x,,t,d,,,high,\n")
                                  << "ev.csv:3:6"
                                  << "column 2 (date)";
        QTest::newRow("precision mismatch")
            << QByteArray("CE-9,2013-12,day,Wassenaar,x,,t,d,,,high,\n") << "ev.csv:3:14"
            << "column 3 (date_precision): \"day\" does not match";
        QTest::newRow("unknown precision")
            << QByteArray("CE-9,2013,yearly,Wassenaar,x,,t,d,,,high,\n") << "ev.csv:3:11"
            << "expected year, month or day";
        QTest::newRow("bad confidence")
            << QByteArray("CE-9,2013,year,Wassenaar,x,,t,d,,,sure,\n") << "ev.csv:3:35"
            << "column 11 (confidence)";
        QTest::newRow("empty id") << QByteArray(",2013,year,Wassenaar,x,,t,d,,,high,\n")
                                  << "ev.csv:3:1"
                                  << "column 1 (event_id): must not be empty";
        QTest::newRow("no technology")
            << QByteArray("CE-9,2013,year,Wassenaar,x,,,d,,,high,\n") << "ev.csv:3:29"
            << "column 7 (technology_label)";
        QTest::newRow("not a URL")
            << QByteArray("CE-9,2013,year,Wassenaar,x,,t,d,file:///etc/passwd,,high,\n")
            << "ev.csv:3:33"
            << "not an http(s) address";
        QTest::newRow("too few fields") << QByteArray("CE-9,2013,year\n") << "ev.csv:3"
                                        << "expected 12 fields";
        // Issue #15: a year mistyped as 4599 stretched the innovation chart to 4600.
        QTest::newRow("far future")
            << QByteArray("CE-9,4599,year,Wassenaar,x,,t,d,,,high,\n") << "ev.csv:3:6"
            << "column 2 (date): 4599 is more than 5 years after today";
        QTest::newRow("before 1900")
            << QByteArray("CE-9,1899-05,month,Wassenaar,x,,t,d,,,high,\n") << "ev.csv:3:6"
            << "column 2 (date): 1899-05 is before 1900";
        QTest::newRow("duplicate id")
            << QByteArray("CE-1,2013,year,Wassenaar,x,,t,d,,,high,\n") << "ev.csv:3:1"
            << "appears twice";
    }
    void brokenRowsNameRowAndColumn()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, place);
        QFETCH(QString, message);
        TempDatabase t;
        const QByteArray data =
            kEventsHeader + "CE-1,2013-12-04,day,Wassenaar,plenary,4.A.5,t,ok,,,high,\n" + row;
        auto r = importTimelineCsv(*t.db, data, QStringLiteral("ev.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QCOMPARE(r.error().place, place);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        // The valid first row was not written either.
        QCOMPARE(count(*t.db, "SELECT count(*) FROM control_event"), 0);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM technology"), 0);
    }

    void datesOutsideTheTimelineAreRefused_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("accepted");
        // Today is 1 March 2026: the latest date accepted is 1 March 2031.
        QTest::newRow("1900") << "1900" << true;
        QTest::newRow("1899-12-31") << "1899-12-31" << false;
        QTest::newRow("today") << "2026-03-01" << true;
        QTest::newRow("five years ahead") << "2031-03-01" << true;
        QTest::newRow("a day more") << "2031-03-02" << false;
        QTest::newRow("year starting inside") << "2031" << true;
        QTest::newRow("month starting after") << "2031-04" << false;
        QTest::newRow("4599") << "4599" << false;
    }
    void datesOutsideTheTimelineAreRefused()
    {
        QFETCH(QString, date);
        QFETCH(bool, accepted);
        const Status s = checkTimelineDate(*PartialDate::parse(date), "date", QDate(2026, 3, 1));
        QCOMPARE(s.ok(), accepted);
        if (!accepted) {
            QCOMPARE(s.error().place, QStringLiteral("date")); // the field, for the dialog
            QVERIFY2(s.error().message.startsWith(date), qPrintable(s.error().message));
        }
    }

    void summarySaysWhatChanged()
    {
        TempDatabase t;
        QVERIFY(importTimelineCsvFile(*t.db, fixture(QStringLiteral("timeline/technologies.csv"))));
        const QByteArray rows = readAll(fixture(QStringLiteral("timeline/control_events.csv")));
        QVERIFY(importTimelineCsv(*t.db,
                                  rows + "CE-7,2017,year,WA,x,,intrusion_software,d,,,high,\n",
                                  QStringLiteral("first.csv")));

        // Again: CE-3 reworded, CE-8 new with a technology never seen, CE-7 left out.
        QByteArray again = rows;
        again.replace("No agreement.", "No agreement; talks go on.");
        again += "CE-8,2018,year,WA,x,,quantum_sensing,d,,,high,\n";
        auto r = importTimelineCsv(*t.db, again, QStringLiteral("again.csv"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->changes.size(), 2);
        const TimelineKindChanges& events = r->changes.at(0);
        QCOMPARE(events.kind, QStringLiteral("control events"));
        QCOMPARE(events.added, QStringList{QStringLiteral("CE-8")});
        QCOMPARE(events.changed, QStringList{QStringLiteral("CE-3")});
        QCOMPARE(events.unchanged, 2);
        QCOMPARE(events.removed, QStringList());
        QCOMPARE(events.notInFile, 1);
        const TimelineKindChanges& techs = r->changes.at(1);
        QCOMPARE(techs.kind, QStringLiteral("technologies"));
        QCOMPARE(techs.added, QStringList{QStringLiteral("quantum_sensing")});

        const QString summary = timelineImportSummary(QStringLiteral("again.csv"), r.value());
        const QStringList lines = summary.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("again.csv: 4 control events read: 1 added, 1 "
                                               "changed, 2 unchanged, 0 removed"));
        QVERIFY2(lines.contains(QStringLiteral("  added: CE-8")), qPrintable(summary));
        QVERIFY2(lines.contains(QStringLiteral("  changed: CE-3")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 of the stored control events is not in this "
                                                 "file; kept as they are")),
                 qPrintable(summary));
        QVERIFY2(lines.contains(QStringLiteral("technologies: 1 added, 0 changed, 0 removed")),
                 qPrintable(summary));

        // The same file once more changes nothing, and says so on one line.
        auto same = importTimelineCsv(*t.db, again, QStringLiteral("again.csv"));
        QVERIFY(same);
        QCOMPARE(timelineImportSummary(QStringLiteral("again.csv"), same.value()),
                 QStringLiteral("again.csv: 4 control events read: 0 added, 0 changed, 4 "
                                "unchanged, 0 removed\n  1 of the stored control events is not "
                                "in this file; kept as they are"));
    }

    void summaryNamesAHandfulOfIds()
    {
        TempDatabase t;
        QByteArray data = kEventsHeader;
        for (int i = 1; i <= 12; ++i)
            data += QStringLiteral("CE-%1,2013,year,WA,x,,t,d,,,high,\n")
                        .arg(i, 2, 10, QLatin1Char('0'))
                        .toUtf8();
        auto r = importTimelineCsv(*t.db, data, QStringLiteral("many.csv"));
        QVERIFY(r);
        const QString summary = timelineImportSummary(QStringLiteral("many.csv"), r.value());
        QVERIFY2(summary.contains(QStringLiteral("  added: CE-01, CE-02, CE-03, CE-04, CE-05 and "
                                                 "7 more")),
                 qPrintable(summary));
        // Through the import service, as the window and paceline-cli report it.
        const QString path = t.dir.filePath(QStringLiteral("many.csv"));
        data.replace("CE-12,2013", "CE-12,2014");
        writeAll(path, data);
        auto report = importFile(*t.db, path, ImportFormat::Auto);
        QVERIFY(report);
        QVERIFY2(
            report->summary.startsWith(path + QStringLiteral(": 12 control events read: 0 "
                                                             "added, 1 changed, 11 unchanged")),
            qPrintable(report->summary));
        QVERIFY(report->summary.contains(QStringLiteral("  changed: CE-12")));
    }

    void headerErrors()
    {
        TempDatabase t;
        auto unknown = importTimelineCsv(*t.db, "a,b,c\n1,2,3\n", QStringLiteral("x.csv"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().place, QStringLiteral("x.csv:1"));
        QVERIFY(unknown.error().message.contains(QStringLiteral("unrecognised header")));
        auto missing = importTimelineCsv(*t.db, "event_id,date,regime\n", QStringLiteral("y.csv"));
        QVERIFY(!missing);
        QVERIFY2(
            missing.error().message.contains(QStringLiteral("missing column \"date_precision\"")),
            qPrintable(missing.error().message));
        auto empty = importTimelineCsv(*t.db, "", QStringLiteral("z.csv"));
        QVERIFY(!empty);
    }

    void extractsEntryCodesFromRemarks()
    {
        QCOMPARE(
            extractEntryCodes(QStringLiteral(
                "4.A.5; 4.D.4; 4.E.1.c; 5.A.1.j (+ related); definition \"intrusion software\"")),
            QStringList({QStringLiteral("4.A.5"), QStringLiteral("4.D.4"),
                         QStringLiteral("4.E.1.c"), QStringLiteral("5.A.1.j")}));
        QCOMPARE(
            extractEntryCodes(QStringLiteral("Annex I 4A005; 3C001.d-f; 9E003.a.2.e; INFCIRC/254")),
            QStringList(
                {QStringLiteral("4A005"), QStringLiteral("3C001.d"), QStringLiteral("9E003.a.2")}));
    }
};

QTEST_GUILESS_MAIN(TestTimelineCsv)
#include "tst_timelinecsv.moc"
