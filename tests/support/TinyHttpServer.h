#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace paceline::test {

// A tiny HTTP/1.1 server on 127.0.0.1 that answers each path with a canned response, or
// misbehaves on purpose: never answers (stall) or closes before the promised length.
class TinyHttpServer : public QObject {
public:
    enum class Mode { Answer, Stall, Truncate };
    struct Response {
        Mode mode = Mode::Answer;
        int status = 200;
        QByteArray body;
    };

    TinyHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on 127.0.0.1");
    }

    QUrl base() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    QHash<QByteArray, Response> routes; // "/api/...?part=774" -> response
    QList<QByteArray> requests;

private:
    void onReadyRead(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray target = buffer.split(' ').value(1);
        requests << target;
        const auto it = routes.find(target);
        const Response r = it == routes.end() ? Response{Mode::Answer, 404, "not found"} : *it;
        if (r.mode == Mode::Stall)
            return; // keep the connection open and never answer
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) +
                          (r.status == 200 ? " OK" : " Internal Server Error") +
                          "\r\nContent-Length: " + QByteArray::number(r.body.size()) +
                          "\r\nConnection: close\r\n\r\n";
        s->write(head);
        s->write(r.mode == Mode::Truncate ? r.body.left(r.body.size() / 2) : r.body);
        s->flush();
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace paceline::test
