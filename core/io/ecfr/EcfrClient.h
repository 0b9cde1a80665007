#pragma once

#include "util/Progress.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace paceline {

// One amendment date of 15 CFR part 774 as the eCFR versioner lists it.
struct EcfrVersionDate {
    QString date;             // YYYY-MM-DD, the point in time to download
    int changedSections = 0;  // content versions of part 774 on that date
    bool changesCcl = false;  // one of them is Supplement No. 1 (the CCL itself)
    bool substantive = false; // at least one change is marked substantive
};

// Parses the versioner's answer to /versions/title-15.json?part=774: the distinct dates of its
// "content_versions", newest first. Errors name `source` (the URL).
Result<QList<EcfrVersionDate>> parseEcfrVersions(const QByteArray& json, const QString& source);

// Talks to the eCFR versioner API (https://www.ecfr.gov by default; tests point it at a local
// server). One request at a time; every failure (network, HTTP status, timeout, cancel) comes
// back as an Error with the URL as its place, and no partial body is ever returned.
class EcfrClient : public QObject {
    Q_OBJECT
public:
    using VersionsDone = std::function<void(Result<QList<EcfrVersionDate>>)>;
    using DownloadDone = std::function<void(Result<QByteArray>)>;

    explicit EcfrClient(QObject* parent = nullptr);
    ~EcfrClient() override;

    static QUrl defaultBaseUrl();
    void setBaseUrl(const QUrl& base) { m_base = base; }
    QUrl baseUrl() const { return m_base; }
    // A request fails when no data arrives for this long.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    QUrl versionsUrl() const;
    QUrl fullXmlUrl(const QString& date) const;

    void fetchVersions(VersionsDone done);
    // progress(received, total) may return false to cancel.
    void downloadXml(const QString& date, const ProgressCallback& progress, DownloadDone done);
    bool isBusy() const { return !m_reply.isNull(); }
    // Ends the running request; its callback receives cancelled().
    void cancel();

private:
    void get(const QUrl& url, const ProgressCallback& progress,
             std::function<void(Result<QByteArray>)> done);
    Result<QByteArray> finish(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QUrl m_base;
    int m_timeoutMs = 60000;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
    bool m_tooLarge = false;
};

} // namespace paceline
