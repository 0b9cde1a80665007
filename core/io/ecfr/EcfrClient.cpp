#include "EcfrClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace paceline {

namespace {

// Part 774 is a few megabytes; anything far larger is not what we asked for.
constexpr qint64 kMaxDownloadBytes = 256LL * 1024 * 1024;

} // namespace

Result<QList<EcfrVersionDate>> parseEcfrVersions(const QByteArray& json, const QString& source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return badInput(QStringLiteral("the eCFR answer is not valid JSON (%1 at byte %2)")
                            .arg(error.errorString())
                            .arg(error.offset),
                        source);
    const QJsonValue versions = doc.object().value(QLatin1String("content_versions"));
    if (!versions.isArray())
        return badInput(QStringLiteral("the eCFR answer has no \"content_versions\" list"), source);
    QMap<QString, EcfrVersionDate> byDate;
    for (const QJsonValue& v : versions.toArray()) {
        const QJsonObject o = v.toObject();
        QString date = o.value(QLatin1String("date")).toString();
        if (date.isEmpty())
            date = o.value(QLatin1String("amendment_date")).toString();
        if (!QDate::fromString(date, Qt::ISODate).isValid())
            continue;
        EcfrVersionDate& d = byDate[date];
        d.date = date;
        ++d.changedSections;
        const QString id = o.value(QLatin1String("identifier")).toString() + QLatin1Char(' ') +
                           o.value(QLatin1String("name")).toString();
        if (id.contains(QLatin1String("Supplement No. 1 to Part 774"), Qt::CaseInsensitive))
            d.changesCcl = true;
        if (o.value(QLatin1String("substantive")).toBool())
            d.substantive = true;
    }
    if (byDate.isEmpty())
        return badInput(QStringLiteral("the eCFR lists no dated versions of part 774"), source);
    QList<EcfrVersionDate> out = byDate.values();
    std::reverse(out.begin(), out.end()); // newest first
    return out;
}

EcfrClient::EcfrClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_base(defaultBaseUrl())
{
}

EcfrClient::~EcfrClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QUrl EcfrClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://www.ecfr.gov"));
}

QUrl EcfrClient::versionsUrl() const
{
    QUrl url = m_base.resolved(QUrl(QStringLiteral("/api/versioner/v1/versions/title-15.json")));
    url.setQuery(QStringLiteral("part=774"));
    return url;
}

QUrl EcfrClient::fullXmlUrl(const QString& date) const
{
    QUrl url =
        m_base.resolved(QUrl(QStringLiteral("/api/versioner/v1/full/%1/title-15.xml").arg(date)));
    url.setQuery(QStringLiteral("part=774"));
    return url;
}

void EcfrClient::fetchVersions(VersionsDone done)
{
    const QString source = versionsUrl().toString();
    get(versionsUrl(), {}, [done, source](Result<QByteArray> body) {
        if (!body)
            done(body.error());
        else
            done(parseEcfrVersions(body.value(), source));
    });
}

void EcfrClient::downloadXml(const QString& date, const ProgressCallback& progress,
                             DownloadDone done)
{
    if (!QDate::fromString(date, Qt::ISODate).isValid()) {
        done(badInput(QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(date)));
        return;
    }
    get(fullXmlUrl(date), progress, std::move(done));
}

void EcfrClient::cancel()
{
    if (m_reply) {
        m_cancelled = true;
        m_reply->abort();
    }
}

void EcfrClient::get(const QUrl& url, const ProgressCallback& progress,
                     std::function<void(Result<QByteArray>)> done)
{
    if (m_reply) {
        done(makeError(QStringLiteral("another eCFR request is still running"), url.toString()));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Paceline/%1").arg(QLatin1String(PACELINE_VERSION)));
    m_cancelled = false;
    m_tooLarge = false;
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply, progress](qint64 received, qint64 total) {
                if (received > kMaxDownloadBytes) {
                    m_tooLarge = true;
                    reply->abort();
                } else if (!reportProgress(progress, received, std::max<qint64>(total, 0))) {
                    cancel();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        Result<QByteArray> result = finish(reply);
        m_reply.clear();
        reply->deleteLater();
        done(std::move(result));
    });
}

Result<QByteArray> EcfrClient::finish(QNetworkReply* reply)
{
    const QString url = reply->url().toString();
    if (m_cancelled)
        return cancelled();
    if (m_tooLarge)
        return makeError(QStringLiteral("the answer is larger than %1 MB; stopped")
                             .arg(kMaxDownloadBytes / (1024 * 1024)),
                         url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return makeError(
            QStringLiteral("the eCFR server answered HTTP %1%2; nothing was imported")
                .arg(status)
                .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)),
            url);
    }
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return makeError(QStringLiteral("no answer from the eCFR server within %1 s; nothing was "
                                        "imported")
                             .arg(m_timeoutMs / 1000.0),
                         url);
    if (reply->error() == QNetworkReply::RemoteHostClosedError)
        return makeError(QStringLiteral("the download is incomplete: the server closed the "
                                        "connection before the whole answer arrived; nothing "
                                        "was imported"),
                         url);
    if (reply->error() != QNetworkReply::NoError)
        return makeError(
            QStringLiteral("download failed: %1; nothing was imported").arg(reply->errorString()),
            url);
    const QByteArray body = reply->readAll();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool encoded = !reply->rawHeader("Content-Encoding").isEmpty(); // length is compressed
    if (length.isValid() && !encoded && length.toLongLong() != body.size())
        return makeError(QStringLiteral("the download is incomplete (%1 of %2 bytes); nothing was "
                                        "imported")
                             .arg(body.size())
                             .arg(length.toLongLong()),
                         url);
    return body;
}

} // namespace paceline
