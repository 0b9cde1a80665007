#include "TestSupport.h"

#include "storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace paceline::test;

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void searchFindsCodesAndPhrases()
    {
        const QString path = db("search.sqlite");
        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")})
                .code,
            0);
        const CliRun code = runCli({QStringLiteral("--db"), path, QStringLiteral("search"),
                                    QStringLiteral("4.a.5."), QStringLiteral("--json"),
                                    QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(code.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(code.out.toUtf8()).array();
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("4.A.5"));
        QCOMPARE(hits.at(0).toObject().value(QLatin1String("match")).toString(),
                 QStringLiteral("code"));
        const CliRun phrase = runCli({QStringLiteral("--db"), path, QStringLiteral("search"),
                                      QStringLiteral("\"intrusion software\""),
                                      QStringLiteral("--list"), QStringLiteral("eu-annex-i")});
        QCOMPARE(phrase.code, 0);
        QVERIFY2(phrase.out.contains(QStringLiteral("4A005  [entry]")), qPrintable(phrase.out));
        QVERIFY(phrase.out.contains(QStringLiteral("\u00abintrusion software\u00bb")));
        const CliRun bad =
            runCli({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("x"),
                    QStringLiteral("--limit"), QStringLiteral("zero")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--limit")));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("search")}).code, 2);
        // Operators, and a typing slip answered with the likely words.
        const CliRun without = runCli({QStringLiteral("--db"), path, QStringLiteral("search"),
                                       QStringLiteral("\"intrusion software\" -delivery"),
                                       QStringLiteral("--list"), QStringLiteral("eu-annex-i")});
        QCOMPARE(without.code, 0);
        QVERIFY2(!without.out.contains(QStringLiteral("4A005  [entry]")), qPrintable(without.out));
        const CliRun slip = runCli({QStringLiteral("--db"), path, QStringLiteral("search"),
                                    QStringLiteral("intrusoin softwrae")});
        QCOMPARE(slip.code, 0);
        QVERIFY2(
            slip.out.contains(QStringLiteral("0 results\nDid you mean \"intrusion software\"?")),
            qPrintable(slip.out));
    }

    void helpAndUnknownCommand()
    {
        const CliRun help = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("import FILE")));
        // The batch rule, the one the window follows too (batchImportRule()).
        const CliRun importHelp = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(importHelp.code, 0);
        QVERIFY2(importHelp.out.simplified().contains(
                     QStringLiteral("Each FILE is imported in its own transaction, in the order "
                                    "given: the files before a failure stay imported, the failing "
                                    "file changes nothing, and the files after it are not "
                                    "attempted")),
                 qPrintable(importHelp.out));
        const CliRun bad = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
        const CliRun none = runCli({});
        QCOMPARE(none.code, 2);
    }

    void initDemoThenStats()
    {
        const QString path = db("demo.sqlite");
        const CliRun init = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(init.code, 0);
        QVERIFY(init.out.contains(QStringLiteral("3 cases")));
        const CliRun stats = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("control_events")).toInt(), 80);
        QCOMPARE(o.value(QLatin1String("milestones")).toInt(), 58);
        QCOMPARE(o.value(QLatin1String("cases")).toObject().value(QLatin1String("total")).toInt(),
                 3);
        int entries = 0;
        for (const QJsonValue& e : o.value(QLatin1String("editions")).toArray())
            if (e.toObject().value(QLatin1String("list")).toString() == QLatin1String("wa-dul"))
                entries = e.toObject()
                              .value(QLatin1String("nodes_by_kind"))
                              .toObject()
                              .value(QLatin1String("entry"))
                              .toInt();
        QVERIFY(entries >= 40);
        const CliRun text = runCli({QStringLiteral("--db"), path, QStringLiteral("stats")});
        QVERIFY(text.out.contains(QStringLiteral("Control events: 80")));
        // The demo goes into an empty database only.
        const CliRun twice = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(twice.code, 2);
        QVERIFY(twice.err.contains(QStringLiteral("already holds data")));
    }

    void badImportExitsTwoAndChangesNothing()
    {
        const QString path = db("bad.sqlite");
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code, 0);
        const QByteArray before = sha256OfFile(path);
        const QString file = m_dir.filePath(QStringLiteral("broken.paceline.json"));
        QByteArray json = readAll(fixture(QStringLiteral("lists/small.paceline.json")));
        json.replace("\"parent\": \"4D\"", "\"parent\": \"4X\"");
        writeAll(file, json);
        const CliRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(file +
                                QStringLiteral(": /nodes/6/parent: \"4X\" is not an earlier node")),
                 qPrintable(r.err));
        QCOMPARE(sha256OfFile(path), before);

        const QString csv = m_dir.filePath(QStringLiteral("events.csv"));
        writeAll(csv, "event_id,date,date_precision,regime,event_type,entry_codes,technology_label,"
                      "description,source_url,source_url_2,confidence,notes\n"
                      "CE-1,2013,year,WA,x,,t,d,,,maybe,\n");
        const CliRun c = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), csv});
        QCOMPARE(c.code, 2);
        QVERIFY2(c.err.contains(csv + QStringLiteral(":2:28: column 11 (confidence)")),
                 qPrintable(c.err));
        QCOMPARE(sha256OfFile(path), before);

        // Several files: each is its own transaction; the first failure stops the run and names
        // its file, the files before it stay imported, the files after it are not attempted.
        const QString good = fixture(QStringLiteral("lists/small.paceline.json"));
        const QString events = fixture(QStringLiteral("timeline/control_events.csv"));
        const CliRun several =
            runCli({QStringLiteral("--db"), path, QStringLiteral("import"), good, file, events});
        QCOMPARE(several.code, 2);
        QVERIFY(several.out.contains(QStringLiteral("imported edition \"Test 2024\"")));
        QVERIFY(several.err.contains(file + QStringLiteral(": /nodes/6/parent")));
        QVERIFY2(several.err.contains(events + QStringLiteral(": not attempted")),
                 qPrintable(several.err));
        QVERIFY2(several.err.contains(QStringLiteral("the 1 file(s) imported before the failure "
                                                     "stay imported")),
                 qPrintable(several.err));
        const CliRun stats = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(stats.out.contains(QStringLiteral("\"control_events\": 0")),
                 qPrintable(stats.out));
        QVERIFY2(stats.out.contains(QStringLiteral("Test 2024")), qPrintable(stats.out));

        const CliRun missing = runCli({QStringLiteral("--db"), path, QStringLiteral("import"),
                                       m_dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(missing.code, 2);
        const CliRun format = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), file,
                                      QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(format.code, 2);
        QVERIFY(format.err.contains(QStringLiteral("unknown format \"xml\"")));
    }

    void importExportRoundTripAndDuplicate()
    {
        const QString path = db("rt.sqlite");
        const QString fixtureFile = fixture(QStringLiteral("lists/small.paceline.json"));
        const CliRun imp =
            runCli({QStringLiteral("--db"), path, QStringLiteral("import"), fixtureFile});
        QCOMPARE(imp.code, 0);
        QVERIFY(imp.out.contains(QStringLiteral("7 nodes")));
        const CliRun dup =
            runCli({QStringLiteral("--db"), path, QStringLiteral("import"), fixtureFile});
        QCOMPARE(dup.code, 0);
        QVERIFY(dup.out.contains(QStringLiteral("already in the database")));

        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        const CliRun exp = runCli({QStringLiteral("--db"), path, QStringLiteral("export"),
                                   QStringLiteral("--list"), QStringLiteral("test-list"),
                                   QStringLiteral("--out"), out});
        QCOMPARE(exp.code, 0);
        const QString path2 = db("rt2.sqlite");
        QCOMPARE(runCli({QStringLiteral("--db"), path2, QStringLiteral("import"), out}).code, 0);
        const CliRun s1 = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
        const CliRun s2 = runCli(
            {QStringLiteral("--db"), path2, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(s1.out, s2.out);

        const CliRun noList = runCli({QStringLiteral("--db"), path, QStringLiteral("export"),
                                      QStringLiteral("--list"), QStringLiteral("nope")});
        QCOMPARE(noList.code, 2);
        QVERIFY(noList.err.contains(QStringLiteral("no list \"nope\"")));
    }

    void checkAndRefusedDatabases()
    {
        const QString path = db("check.sqlite");
        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")})
                .code,
            0);
        const CliRun ok = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QStringLiteral("integrity ok; schema version %1")
                                    .arg(paceline::currentSchemaVersion())));
        QVERIFY(ok.out.contains(QStringLiteral("hash chain intact")));

        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        writeAll(junk, QByteArray(8192, 'x'));
        const QByteArray before = sha256OfFile(junk);
        const CliRun refused = runCli({QStringLiteral("--db"), junk, QStringLiteral("stats")});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains(junk + QStringLiteral(": is not a Paceline database")));
        QCOMPARE(sha256OfFile(junk), before);

        const CliRun absent =
            runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                    QStringLiteral("stats")});
        QCOMPARE(absent.code, 2);
        QVERIFY(absent.err.contains(QStringLiteral("paceline-cli init")));
    }

    void realCommerceControlListCounts()
    {
        const QString ccl = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(ccl);
        const QString path = db("ccl.sqlite");
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("import"), ccl}).code, 0);
        const CliRun stats = runCli({QStringLiteral("--db"), path, QStringLiteral("stats")});
        QVERIFY2(
            stats.out.contains(QStringLiteral(
                "6901 nodes: 10 category, 57 group, 604 entry, 4620 item, 712 note, 898 text")),
            qPrintable(stats.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
