#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

namespace paceline::test {

QString sharedDataFile(const QString& relative)
{
    const QString path = QStringLiteral(PACELINE_SHARED_DATA_DIR "/") + relative;
    return QFileInfo::exists(path) ? path : QString();
}

QString fixture(const QString& relative)
{
    return QStringLiteral(PACELINE_FIXTURES_DIR "/") + relative;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray sha256OfFile(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

const ListNode* findNode(const ListDocument& doc, const QString& code)
{
    for (const ListNode& n : doc.nodes)
        if (n.code == code)
            return &n;
    return nullptr;
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

CliRun runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PACELINE_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("paceline-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TempDatabase::TempDatabase()
{
    path = dir.filePath(QStringLiteral("test.sqlite"));
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot create test database: %s", qPrintable(opened.error().toString()));
    db = std::move(opened.value());
}

} // namespace paceline::test
