#include "SyntheticCorpus.h"
#include "TestSupport.h"

#include "demo/DemoDataset.h"
#include "io/ImportService.h"
#include "lists/ListJsonWriter.h"
#include "stats/DatabaseStats.h"
#include "storage/Migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

qint64 editionCount(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return collectStats(**db)->editions.size();
}

QString writeLargeEdition(const QTemporaryDir& dir, int nodes, int edition = 1)
{
    const QString file = dir.filePath(QStringLiteral("large-%1.paceline.json").arg(edition));
    writeAll(file,
             writeListJson(bench::makeSyntheticEdition(QStringLiteral("big"), edition, nodes)));
    return file;
}

} // namespace

// What happens to the analyst's database when things go wrong around it.
class TestFaults : public QObject {
    Q_OBJECT
private slots:
    void killDuringLargeImportLeavesNoEdition()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("k.sqlite"));
        {
            auto opened = Database::open(db);
            QVERIFY(installDemoDataset(**opened));
        }
        // Large enough that the 32 MB page cache spills to the WAL well before the commit.
        const QString big = writeLargeEdition(dir, 160000);
        QProcess p;
        p.start(QStringLiteral(PACELINE_CLI_PATH),
                {QStringLiteral("--db"), db, QStringLiteral("import"), big});
        QVERIFY(p.waitForStarted());
        // Wait until the import is writing (the WAL grows), then kill -9.
        QElapsedTimer t;
        t.start();
        while (QFileInfo(db + QStringLiteral("-wal")).size() < 1024 * 1024 && t.elapsed() < 60000 &&
               p.state() == QProcess::Running)
            QThread::msleep(20);
        QVERIFY2(p.state() == QProcess::Running, "the import finished before it could be killed");
        p.kill();
        p.waitForFinished();
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        QVERIFY(
            inspectDatabaseFile(db, true, currentSchemaVersion()).ok()); // integrity check passes
        QCOMPARE(editionCount(db), 3); // the demo's three, not the killed one
    }

    void diskFullIsAClearErrorAndLosesNothing()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        const auto before = collectStats(*t.db);
        // No room for another edition: SQLite reports SQLITE_FULL as it would on a full disk.
        auto pages = t.db->prepare("PRAGMA page_count");
        QVERIFY(pages->step().value());
        const QByteArray limit =
            "PRAGMA max_page_count = " + QByteArray::number(pages->integer(0) + 20);
        QVERIFY(t.db->exec(limit.constData()).ok());
        QTemporaryDir dir;
        auto r = importFile(*t.db, writeLargeEdition(dir, 20000), ImportFormat::PacelineJson);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("full")),
                 qPrintable(r.error().toString()));
        const auto after = collectStats(*t.db);
        QCOMPARE(after->editions.size(), before->editions.size());
        QCOMPARE(after->cases, before->cases);
        QVERIFY(inspectDatabaseFile(t.path, true, currentSchemaVersion()).ok());
    }

    void readOnlyDatabaseRefusesWritesClearly()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        t.db.reset();
        Database::Options ro;
        ro.mode = Database::Mode::ReadOnly;
        auto db = Database::open(t.path, ro);
        QVERIFY(db);
        auto r = importFile(**db, fixture(QStringLiteral("lists/small.paceline.json")),
                            ImportFormat::Auto);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("readonly")),
                 qPrintable(r.error().toString()));
        QCOMPARE(collectStats(**db)->editions.size(), 3);
    }

    void twoProcessesImportIntoOneDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("two.sqlite"));
        {
            QVERIFY(Database::open(db));
        }
        const QString a = writeLargeEdition(dir, 15000, 1);
        const QString b = writeLargeEdition(dir, 15000, 2);
        QProcess p1, p2;
        p1.start(QStringLiteral(PACELINE_CLI_PATH),
                 {QStringLiteral("--db"), db, QStringLiteral("import"), a});
        p2.start(QStringLiteral(PACELINE_CLI_PATH),
                 {QStringLiteral("--db"), db, QStringLiteral("import"), b});
        QVERIFY(p1.waitForFinished(120000));
        QVERIFY(p2.waitForFinished(120000));
        // Writers take turns (WAL + busy timeout); each either succeeds or says why not.
        for (QProcess* p : {&p1, &p2})
            QVERIFY2(
                p->exitCode() == 0 ||
                    QString::fromUtf8(p->readAllStandardError()).contains(QStringLiteral("locked")),
                "a second writer failed without saying why");
        QVERIFY(inspectDatabaseFile(db, true, currentSchemaVersion()).ok());
        const qint64 imported = (p1.exitCode() == 0) + (p2.exitCode() == 0);
        QCOMPARE(editionCount(db), imported);
        QVERIFY(imported >= 1);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
