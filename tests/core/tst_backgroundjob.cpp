#include "session/BackgroundJob.h"
#include "storage/Database.h"
#include <QFile>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

using namespace paceline;

namespace {

// A gate a worker waits at until the test opens it.
struct Gate {
    std::atomic<bool> open{false};
    void wait() const
    {
        while (!open)
            QThread::msleep(2);
    }
};

} // namespace

class TestBackgroundJob : public QObject {
    Q_OBJECT
private slots:
    void theResultArrivesOnTheOwnersThread();
    void aNewerRequestWinsAndTheOlderIsAskedToStop();
    void cancelDropsTheResult();
    void stopAsksTheWorkToEndAndStillDelivers();
    void nothingArrivesAfterTheOwnerIsGone();
    void progressArrivesForTheNewestJobOnly();
    void aDatabaseJobReadsOnItsOwnConnection();
    void aMissingDatabaseIsTheJobsError();
};

void TestBackgroundJob::theResultArrivesOnTheOwnersThread()
{
    BackgroundJob job;
    QThread* worker = nullptr;
    QThread* delivered = nullptr;
    int value = 0;
    job.start<int>(
        [&worker](const ProgressCallback&) -> Result<int> {
            worker = QThread::currentThread();
            return 42;
        },
        [&](Result<int> r) {
            delivered = QThread::currentThread();
            value = r.value();
        });
    QVERIFY(job.isRunning());
    QTRY_VERIFY(!job.isRunning());
    QCOMPARE(value, 42);
    QCOMPARE(delivered, QThread::currentThread());
    QVERIFY(worker != QThread::currentThread());
}

void TestBackgroundJob::aNewerRequestWinsAndTheOlderIsAskedToStop()
{
    BackgroundJob job;
    Gate gate;
    std::atomic<bool> olderStarted{false};
    std::atomic<bool> olderSawStop{false};
    QList<int> delivered;
    job.start<int>(
        [&](const ProgressCallback& progress) -> Result<int> {
            olderStarted = true;
            gate.wait();
            olderSawStop = !progress(1, 2);
            return 1;
        },
        [&](const Result<int>& r) { delivered << r.value(); });
    QTRY_VERIFY(olderStarted); // a job dropped before it starts never runs at all
    job.start<int>([](const ProgressCallback&) -> Result<int> { return 2; },
                   [&](const Result<int>& r) { delivered << r.value(); });
    gate.open = true;
    QVERIFY(job.waitForDone(10000));
    QTRY_VERIFY(!job.isRunning());
    QCoreApplication::processEvents();
    QCOMPARE(delivered, QList<int>{2});
    QVERIFY(olderSawStop);
}

void TestBackgroundJob::cancelDropsTheResult()
{
    BackgroundJob job;
    Gate gate;
    bool delivered = false;
    job.start<int>(
        [&gate](const ProgressCallback&) -> Result<int> {
            gate.wait();
            return 1;
        },
        [&delivered](Result<int>) { delivered = true; });
    job.cancel();
    QVERIFY(!job.isRunning());
    gate.open = true;
    QVERIFY(job.waitForDone(10000));
    QTest::qWait(50);
    QVERIFY(!delivered);
}

void TestBackgroundJob::stopAsksTheWorkToEndAndStillDelivers()
{
    BackgroundJob job;
    Gate gate;
    std::optional<Result<int>> got;
    job.start<int>(
        [&gate](const ProgressCallback& progress) -> Result<int> {
            gate.wait();
            if (!progress(1, 10))
                return cancelled();
            return 10;
        },
        [&got](Result<int> r) { got = std::move(r); });
    job.stop();
    QVERIFY(job.isRunning());
    gate.open = true;
    QTRY_VERIFY(got.has_value());
    QVERIFY(!*got);
    QCOMPARE(got->error().kind, Error::Kind::Cancelled);
}

void TestBackgroundJob::nothingArrivesAfterTheOwnerIsGone()
{
    auto job = std::make_unique<BackgroundJob>();
    Gate gate;
    std::atomic<bool> started{false};
    std::atomic<bool> finished{false};
    bool delivered = false;
    job->start<int>(
        [&](const ProgressCallback& progress) -> Result<int> {
            started = true;
            gate.wait();
            progress(1, 1);
            finished = true;
            return 1;
        },
        [&delivered](Result<int>) { delivered = true; });
    QTRY_VERIFY(started);
    job.reset();
    gate.open = true;
    QTRY_VERIFY(finished);
    QTest::qWait(50);
    QVERIFY(!delivered);
}

void TestBackgroundJob::progressArrivesForTheNewestJobOnly()
{
    BackgroundJob job;
    QSignalSpy spy(&job, &BackgroundJob::progressChanged);
    job.start<int>(
        [](const ProgressCallback& progress) -> Result<int> {
            for (int i = 1; i <= 4; ++i) {
                progress(i, 4);
                QThread::msleep(60);
            }
            return 4;
        },
        [](Result<int>) {});
    QTRY_VERIFY(!job.isRunning());
    QVERIFY(spy.count() >= 2);
    QCOMPARE(spy.last().at(0).toLongLong(), 4);
    QCOMPARE(spy.last().at(1).toLongLong(), 4);
    QCOMPARE(job.percent(), 100);
}

void TestBackgroundJob::aDatabaseJobReadsOnItsOwnConnection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.db"));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    BackgroundJob job;
    std::optional<Result<qint64>> got;
    Database* mine = db.value().get();
    Database* theirs = nullptr;
    job.startOnDatabase<qint64>(
        path, WorkerAccess::ReadOnly,
        [&theirs](Database& worker, const ProgressCallback&) -> Result<qint64> {
            theirs = &worker;
            return worker.userVersion();
        },
        [&got](Result<qint64> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(*got, *got ? "" : qPrintable(got->error().toString()));
    QCOMPARE(got->value(), qint64(db.value()->userVersion()));
    QVERIFY(theirs != mine);
}

void TestBackgroundJob::aMissingDatabaseIsTheJobsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    BackgroundJob job;
    std::optional<Result<int>> got;
    bool ran = false;
    job.startOnDatabase<int>(
        path, WorkerAccess::ReadOnly,
        [&ran](Database&, const ProgressCallback&) -> Result<int> {
            ran = true;
            return 0;
        },
        [&got](Result<int> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!*got);
    QVERIFY(!ran);
    QVERIFY2(got->error().toString().contains(QStringLiteral("missing.db")),
             qPrintable(got->error().toString()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
