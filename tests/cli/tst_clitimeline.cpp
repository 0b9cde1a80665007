#include "TestSupport.h"

#include <QDir>
#include <QtTest>

using namespace paceline::test;

class TestCliTimeline : public QObject {
    Q_OBJECT
private slots:
    void exportWritesTheFourFilesAndReimports()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.sqlite"));
        const QString folder = fixture(QStringLiteral("timeline"));
        CliRun import = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                folder + QStringLiteral("/technologies.csv"),
                                folder + QStringLiteral("/tech_milestones.csv"),
                                folder + QStringLiteral("/control_events.csv"),
                                folder + QStringLiteral("/eras.csv")});
        QVERIFY2(import.code == 0, qPrintable(import.err));

        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        CliRun exported = runCli({QStringLiteral("--db"), db, QStringLiteral("timeline"),
                                  QStringLiteral("export"), QStringLiteral("--dir"), out});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("2 technologies, 2 milestones, 3 control "
                                                      "events and 3 eras")),
                 qPrintable(exported.out));
        for (const char* name :
             {"technologies.csv", "tech_milestones.csv", "control_events.csv", "eras.csv"})
            QVERIFY(QFile::exists(QDir(out).filePath(QLatin1String(name))));

        const QString copy = dir.filePath(QStringLiteral("b.sqlite"));
        CliRun again = runCli({QStringLiteral("--db"), copy, QStringLiteral("import"),
                               out + QStringLiteral("/technologies.csv"),
                               out + QStringLiteral("/tech_milestones.csv"),
                               out + QStringLiteral("/control_events.csv"),
                               out + QStringLiteral("/eras.csv")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("out/eras.csv"))).count('\n'), 4);
    }

    void badUsageExitsTwo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        CliRun noDir = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("timeline"), QStringLiteral("export")});
        QCOMPARE(noDir.code, 2);
        QVERIFY(noDir.err.contains(QStringLiteral("--dir")));
        CliRun missing = runCli({QStringLiteral("--db"), db, QStringLiteral("timeline"),
                                 QStringLiteral("export"), QStringLiteral("--dir"),
                                 dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("is not a folder")));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("timeline")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_clitimeline.moc"
