#include "TestSupport.h"
#include "TinyHttpServer.h"

#include "importers/EcfrUpdateDialog.h"
#include "io/ecfr/EcfrEditionImport.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

const QByteArray kVersionsPath = "/api/versioner/v1/versions/title-15.json?part=774";

QByteArray fullPath(const char* date)
{
    return QByteArray("/api/versioner/v1/full/") + date + "/title-15.xml?part=774";
}

const QByteArray kVersionsJson = R"({"content_versions": [
  {"date": "2024-03-05", "identifier": "Supplement No. 1 to Part 774", "substantive": true},
  {"date": "2025-01-10", "identifier": "774.1", "substantive": false},
  {"date": "2025-09-12", "identifier": "Supplement No. 1 to Part 774", "substantive": true}
]})";

qint64 rows(Database& db)
{
    auto q = db.prepare("SELECT (SELECT count(*) FROM node) + (SELECT count(*) FROM edition)");
    if (!q || !q->step())
        qFatal("count failed");
    return q->integer(0);
}

QListWidgetItem* itemFor(QListWidget* list, const QString& date)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(date))
            return list->item(i);
    return nullptr;
}

} // namespace

class TestEcfrUpdateDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A database that already holds the edition of 2024-03-05.
    std::unique_ptr<DatabaseSession> openSession(const char* name)
    {
        auto session = std::make_unique<DatabaseSession>();
        if (!session->open(m_dir.filePath(QLatin1String(name)), false))
            qFatal("cannot open");
        const QByteArray xml = readAll(fixture(QStringLiteral("ecfr/missing-headings.xml")));
        if (!importEcfrDownload(*session->database(), xml, QStringLiteral("2024-03-05"),
                                QStringLiteral("u")))
            qFatal("cannot seed");
        return session;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineTest"));
    }

    void listsDatesMarksImportedAndImportsChosen()
    {
        TinyHttpServer server;
        server.routes.insert(kVersionsPath, {TinyHttpServer::Mode::Answer, 200, kVersionsJson});
        server.routes.insert(fullPath("2025-01-10"),
                             {TinyHttpServer::Mode::Answer, 200,
                              readAll(fixture(QStringLiteral("ecfr/ccl-small.xml")))});
        server.routes.insert(fullPath("2025-09-12"),
                             {TinyHttpServer::Mode::Answer, 200,
                              readAll(fixture(QStringLiteral("ecfr/ccl-small.xml")))});
        auto session = openSession("ok.sqlite");
        EcfrUpdateDialog dialog(session.get(), server.base());
        dialog.show();
        QSignalSpy listed(&dialog, &EcfrUpdateDialog::datesListed);
        dialog.fetchDates();
        QVERIFY(listed.wait(10000));
        QListWidget* list = dialog.dateList();
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("2025-09-12 — changes the CCL")));
        QListWidgetItem* old = itemFor(list, QStringLiteral("2024-03-05"));
        QVERIFY(old->text().endsWith(QStringLiteral("imported")));
        QVERIFY(!(old->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(dialog.statusText().contains(QStringLiteral("1 already imported")));

        itemFor(list, QStringLiteral("2025-09-12"))->setCheckState(Qt::Checked);
        itemFor(list, QStringLiteral("2025-01-10"))->setCheckState(Qt::Checked);
        QSignalSpy finished(&dialog, &EcfrUpdateDialog::runFinished);
        dialog.importChecked();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        // Oldest first, each its own edition.
        QCOMPARE(server.requests.mid(1),
                 (QList<QByteArray>{fullPath("2025-01-10"), fullPath("2025-09-12")}));
        auto dates = importedEcfrDates(*session->database());
        QVERIFY(dates);
        QCOMPARE(dates->size(), 3);
        QVERIFY(itemFor(list, QStringLiteral("2025-09-12"))
                    ->text()
                    .endsWith(QStringLiteral("imported")));
        QVERIFY2(dialog.logText().contains(QStringLiteral("only 5 ECCN entries")),
                 qPrintable(dialog.logText()));
    }

    void failuresShowTheReasonAndImportNothing_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QByteArray xml = readAll(fixture(QStringLiteral("ecfr/ccl-small.xml")));
        QTest::newRow("HTTP 500") << int(TinyHttpServer::Mode::Answer) << 500 << QByteArray("oops")
                                  << QStringLiteral("HTTP 500");
        QTest::newRow("stalled") << int(TinyHttpServer::Mode::Stall) << 200 << QByteArray()
                                 << QStringLiteral("no answer");
        QTest::newRow("truncated")
            << int(TinyHttpServer::Mode::Truncate) << 200 << xml << QStringLiteral("incomplete");
        QTest::newRow("malformed") << int(TinyHttpServer::Mode::Answer) << 200 << xml.left(1500)
                                   << QStringLiteral("malformed XML");
    }

    void failuresShowTheReasonAndImportNothing()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        TinyHttpServer server;
        server.routes.insert(kVersionsPath, {TinyHttpServer::Mode::Answer, 200, kVersionsJson});
        server.routes.insert(fullPath("2025-09-12"), {TinyHttpServer::Mode(mode), status, body});
        auto session = openSession(QTest::currentDataTag());
        const qint64 before = rows(*session->database());
        EcfrUpdateDialog dialog(session.get(), server.base());
        dialog.client()->setTimeoutMs(400);
        QSignalSpy listed(&dialog, &EcfrUpdateDialog::datesListed);
        dialog.fetchDates();
        QVERIFY(listed.wait(10000));
        itemFor(dialog.dateList(), QStringLiteral("2025-09-12"))->setCheckState(Qt::Checked);
        QSignalSpy finished(&dialog, &EcfrUpdateDialog::runFinished);
        dialog.importChecked();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.statusText().contains(message), qPrintable(dialog.statusText()));
        QCOMPARE(rows(*session->database()), before);
        QVERIFY(!dialog.isWorking());
    }

    void cancelStopsAStalledDownload()
    {
        TinyHttpServer server;
        server.routes.insert(kVersionsPath, {TinyHttpServer::Mode::Answer, 200, kVersionsJson});
        server.routes.insert(fullPath("2025-09-12"), {TinyHttpServer::Mode::Stall, 200, {}});
        auto session = openSession("cancel.sqlite");
        const qint64 before = rows(*session->database());
        EcfrUpdateDialog dialog(session.get(), server.base());
        QSignalSpy listed(&dialog, &EcfrUpdateDialog::datesListed);
        dialog.fetchDates();
        QVERIFY(listed.wait(10000));
        itemFor(dialog.dateList(), QStringLiteral("2025-09-12"))->setCheckState(Qt::Checked);
        QSignalSpy finished(&dialog, &EcfrUpdateDialog::runFinished);
        dialog.importChecked();
        QVERIFY(QTest::qWaitFor([&] { return server.requests.size() == 2; }, 10000));
        dialog.cancelWork(); // the abort may end the run at once
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog.statusText().contains(QStringLiteral("cancelled")));
        QCOMPARE(rows(*session->database()), before);
    }

    void versionsErrorIsShown()
    {
        TinyHttpServer server;
        server.routes.insert(kVersionsPath, {TinyHttpServer::Mode::Answer, 500, "down"});
        auto session = openSession("versions.sqlite");
        EcfrUpdateDialog dialog(session.get(), server.base());
        dialog.fetchDates();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog.statusText().contains(QStringLiteral("HTTP 500")); }, 10000));
        QCOMPARE(dialog.dateList()->count(), 0);
    }
};

QTEST_MAIN(TestEcfrUpdateDialog)
#include "tst_ecfrupdatedialog.moc"
