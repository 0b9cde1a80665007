#include "TestSupport.h"
#include "TinyHttpServer.h"

#include "io/ecfr/EcfrClient.h"
#include "io/ecfr/EcfrEditionImport.h"
#include "lists/ListStore.h"

#include <QHash>
#include <QTcpServer>
#include <QtTest>

#include <optional>

using namespace paceline;
using namespace paceline::test;

namespace {

const QByteArray kVersionsPath = "/api/versioner/v1/versions/title-15.json?part=774";
QByteArray fullPath(const char* date)
{
    return QByteArray("/api/versioner/v1/full/") + date + "/title-15.xml?part=774";
}

const QByteArray kVersionsJson = R"({"content_versions": [
  {"date": "2024-03-05", "amendment_date": "2024-03-05", "issue_date": "2024-03-07",
   "identifier": "774.1", "name": "Introduction.", "part": "774", "substantive": false,
   "removed": false, "subpart": null, "title": "15", "type": "section"},
  {"date": "2025-09-12", "amendment_date": "2025-09-12", "issue_date": "2025-09-15",
   "identifier": "Supplement No. 1 to Part 774", "name": "Supplement No. 1 to Part 774 - The Commerce Control List",
   "part": "774", "substantive": true, "removed": false, "subpart": null, "title": "15", "type": "appendix"},
  {"date": "2025-09-12", "amendment_date": "2025-09-12", "issue_date": "2025-09-15",
   "identifier": "774.2", "name": "Exports", "part": "774", "substantive": false,
   "removed": false, "subpart": null, "title": "15", "type": "section"},
  {"date": "not a date", "identifier": "774.3"}
], "meta": {"title": "15", "result_count": 4}})";

template <typename T> Result<T> wait(std::optional<Result<T>>& slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 20000))
        qFatal("the eCFR client never called back");
    return *slot;
}

qint64 rows(Database& db)
{
    auto q = db.prepare("SELECT (SELECT count(*) FROM node) + (SELECT count(*) FROM edition)");
    if (!q || !q->step())
        qFatal("count failed");
    return q->integer(0);
}

} // namespace

class TestEcfrClient : public QObject {
    Q_OBJECT
private:
    QByteArray smallXml() const { return readAll(fixture(QStringLiteral("ecfr/ccl-small.xml"))); }

private slots:
    void urls()
    {
        EcfrClient client;
        QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://www.ecfr.gov")));
        QCOMPARE(client.versionsUrl().toString(),
                 QStringLiteral(
                     "https://www.ecfr.gov/api/versioner/v1/versions/title-15.json?part=774"));
        QCOMPARE(
            client.fullXmlUrl(QStringLiteral("2025-09-12")).toString(),
            QStringLiteral(
                "https://www.ecfr.gov/api/versioner/v1/full/2025-09-12/title-15.xml?part=774"));
    }

    void parsesVersions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << kVersionsJson << QString();
        QTest::newRow("not json") << QByteArray("<html>maintenance</html>")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("no list") << QByteArray(R"({"meta": {}})")
                                 << QStringLiteral("no \"content_versions\"");
        QTest::newRow("no dates") << QByteArray(R"({"content_versions": [{"date": "soon"}]})")
                                  << QStringLiteral("no dated versions");
    }

    void parsesVersions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto versions = parseEcfrVersions(json, QStringLiteral("http://x/versions"));
        if (!error.isEmpty()) {
            QVERIFY(!versions);
            QVERIFY2(versions.error().message.contains(error),
                     qPrintable(versions.error().toString()));
            QCOMPARE(versions.error().place, QStringLiteral("http://x/versions"));
            return;
        }
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).date, QStringLiteral("2025-09-12")); // newest first
        QCOMPARE(versions->at(0).changedSections, 2);
        QVERIFY(versions->at(0).changesCcl);
        QVERIFY(versions->at(0).substantive);
        QCOMPARE(versions->at(1).date, QStringLiteral("2024-03-05"));
        QVERIFY(!versions->at(1).changesCcl);
    }

    void listsDatesFromServer()
    {
        TinyHttpServer server;
        server.routes.insert(kVersionsPath, {TinyHttpServer::Mode::Answer, 200, kVersionsJson});
        EcfrClient client;
        client.setBaseUrl(server.base());
        std::optional<Result<QList<EcfrVersionDate>>> got;
        client.fetchVersions([&](Result<QList<EcfrVersionDate>> r) { got = std::move(r); });
        auto versions = wait(got);
        QVERIFY2(versions, versions ? "" : qPrintable(versions.error().toString()));
        QCOMPARE(versions->size(), 2);
        QCOMPARE(server.requests, QList<QByteArray>{kVersionsPath});
    }

    void downloadsAndImportsOneEdition()
    {
        TinyHttpServer server;
        server.routes.insert(fullPath("2025-09-12"),
                             {TinyHttpServer::Mode::Answer, 200, smallXml()});
        EcfrClient client;
        client.setBaseUrl(server.base());
        qint64 lastReceived = 0;
        std::optional<Result<QByteArray>> got;
        client.downloadXml(
            QStringLiteral("2025-09-12"),
            [&](qint64 received, qint64) {
                lastReceived = received;
                return true;
            },
            [&](Result<QByteArray> r) { got = std::move(r); });
        auto body = wait(got);
        QVERIFY2(body, body ? "" : qPrintable(body.error().toString()));
        QCOMPARE(lastReceived, smallXml().size());

        TempDatabase t;
        const QString url = client.fullXmlUrl(QStringLiteral("2025-09-12")).toString();
        auto outcome = importEcfrDownload(*t.db, body.value(), QStringLiteral("2025-09-12"), url);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QCOMPARE(outcome->edition.label, QStringLiteral("eCFR 2025-09-12"));
        QCOMPARE(outcome->edition.date, QStringLiteral("2025-09-12"));
        auto dates = importedEcfrDates(*t.db);
        QVERIFY(dates);
        QCOMPARE(dates.value(), QSet<QString>{QStringLiteral("2025-09-12")});
        auto doc = ListStore(*t.db).loadEdition(outcome->edition.id);
        QVERIFY(doc);
        QCOMPARE(doc->editionSource, url);
    }

    void failuresGiveNoBody_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("HTTP 500") << int(TinyHttpServer::Mode::Answer) << 500
                                  << QStringLiteral("HTTP 500");
        QTest::newRow("stalled") << int(TinyHttpServer::Mode::Stall) << 200
                                 << QStringLiteral("no answer");
        QTest::newRow("truncated") << int(TinyHttpServer::Mode::Truncate) << 200
                                   << QStringLiteral("the download is incomplete");
    }

    void failuresGiveNoBody()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QString, message);
        TinyHttpServer server;
        server.routes.insert(fullPath("2025-09-12"),
                             {TinyHttpServer::Mode(mode), status, smallXml()});
        EcfrClient client;
        client.setBaseUrl(server.base());
        client.setTimeoutMs(400);
        std::optional<Result<QByteArray>> got;
        client.downloadXml(QStringLiteral("2025-09-12"), {},
                           [&](Result<QByteArray> r) { got = std::move(r); });
        auto body = wait(got);
        QVERIFY(!body);
        QVERIFY2(body.error().message.contains(message), qPrintable(body.error().toString()));
        QCOMPARE(body.error().place, client.fullXmlUrl(QStringLiteral("2025-09-12")).toString());
        QVERIFY(!client.isBusy());
    }

    void truncatedXmlWithHonestLengthFailsInTheReader()
    {
        TinyHttpServer server;
        server.routes.insert(fullPath("2025-09-12"),
                             {TinyHttpServer::Mode::Answer, 200, smallXml().left(2000)});
        EcfrClient client;
        client.setBaseUrl(server.base());
        std::optional<Result<QByteArray>> got;
        client.downloadXml(QStringLiteral("2025-09-12"), {},
                           [&](Result<QByteArray> r) { got = std::move(r); });
        auto body = wait(got);
        QVERIFY(body);
        TempDatabase t;
        const qint64 before = rows(*t.db);
        const QString url = client.fullXmlUrl(QStringLiteral("2025-09-12")).toString();
        auto outcome = importEcfrDownload(*t.db, body.value(), QStringLiteral("2025-09-12"), url);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().place.startsWith(url + QLatin1Char(':')),
                 qPrintable(outcome.error().toString()));
        QVERIFY(outcome.error().message.contains(QStringLiteral("malformed XML")));
        QCOMPARE(rows(*t.db), before);
    }

    void cancelEndsAStalledDownload()
    {
        TinyHttpServer server;
        server.routes.insert(fullPath("2025-09-12"), {TinyHttpServer::Mode::Stall, 200, {}});
        EcfrClient client;
        client.setBaseUrl(server.base());
        std::optional<Result<QByteArray>> got;
        client.downloadXml(QStringLiteral("2025-09-12"), {},
                           [&](Result<QByteArray> r) { got = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return !server.requests.isEmpty(); }, 10000));
        QVERIFY(client.isBusy());
        client.cancel();
        auto body = wait(got);
        QVERIFY(!body);
        QCOMPARE(body.error().kind, Error::Kind::Cancelled);
    }

    void unreachableServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nobody listens there now
        EcfrClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        std::optional<Result<QList<EcfrVersionDate>>> got;
        client.fetchVersions([&](Result<QList<EcfrVersionDate>> r) { got = std::move(r); });
        auto versions = wait(got);
        QVERIFY(!versions);
        QVERIFY2(versions.error().message.contains(QStringLiteral("download failed")),
                 qPrintable(versions.error().toString()));
    }

    void badDateIsRefused()
    {
        EcfrClient client;
        std::optional<Result<QByteArray>> got;
        client.downloadXml(QStringLiteral("2025-13-45"), {},
                           [&](Result<QByteArray> r) { got = std::move(r); });
        QVERIFY(got && !*got);
        QCOMPARE(got->error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestEcfrClient)
#include "tst_ecfrclient.moc"
