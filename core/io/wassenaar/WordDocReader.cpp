#include "WordDocReader.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <deque>
#include <memory>

namespace paceline {

namespace {

constexpr int kTimeoutMs = 60'000;

QString wvProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("wvWare"));
}

QString wvHtmlConfig()
{
    QString found = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                           QStringLiteral("wv/wvHtml.xml"));
    if (found.isEmpty() && QFile::exists(QStringLiteral("/usr/share/wv/wvHtml.xml")))
        found = QStringLiteral("/usr/share/wv/wvHtml.xml");
    return found;
}

// Word 97 files are OLE compound documents; anything else is refused before wvWare sees it.
Result<void> checkOleSignature(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    static const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (file.read(8) != ole)
        return badInput(QStringLiteral("not a Word 97 document (.doc): the file does not start "
                                       "with the OLE signature"),
                        path);
    return {};
}

struct Job {
    QString path;
    std::unique_ptr<QTemporaryDir> scratch; // wvWare writes pictures next to its output
    std::unique_ptr<QProcess> process;
};

Result<WordParagraphs> finish(Job& job)
{
    QProcess& p = *job.process;
    const QString name = QFileInfo(job.path).fileName();
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        return badInput(QStringLiteral("wvWare did not finish within %1 s").arg(kTimeoutMs / 1000),
                        job.path);
    }
    QFile out(job.scratch->filePath(QStringLiteral("out.html")));
    const QByteArray html = out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || html.isEmpty())
        return badInput(QStringLiteral("wvWare cannot read this Word document (damaged or "
                                       "not Word 97)"),
                        job.path);
    return parseWordHtml(html, name);
}

// The conversions still under way when the reading stops early.
void stopAll(std::deque<Job>& running)
{
    for (Job& job : running) {
        job.process->kill();
        job.process->waitForFinished();
    }
    running.clear();
}

} // namespace

Result<void> WordDocReader::checkAvailable()
{
    if (wvProgram().isEmpty())
        return makeError(QStringLiteral("reading Word .doc files needs the program wvWare, from "
                                        "the Debian package \"wv\" (apt-get install wv; "
                                        "scripts/deps.sh installs it)"));
    if (wvHtmlConfig().isEmpty())
        return makeError(QStringLiteral("wvWare is installed but its configuration wv/wvHtml.xml "
                                        "is missing; reinstall the Debian package \"wv\""));
    return {};
}

Result<QList<WordParagraphs>> WordDocReader::read(const QStringList& paths,
                                                  const ProgressCallback& progress)
{
    if (auto available = checkAvailable(); !available)
        return available.error();
    for (const QString& path : paths)
        if (auto ole = checkOleSignature(path); !ole)
            return ole.error();
    const QString program = wvProgram();
    const QString config = wvHtmlConfig();
    const int parallel = std::max(1, std::min(4, QThread::idealThreadCount()));
    QList<WordParagraphs> out;
    std::deque<Job> running;
    qsizetype next = 0;
    while (out.size() < paths.size()) {
        while (next < paths.size() && std::ssize(running) < parallel) {
            Job job{paths.at(next++), std::make_unique<QTemporaryDir>(),
                    std::make_unique<QProcess>()};
            job.process->setProgram(program);
            job.process->setArguments({QStringLiteral("-x"), config, QStringLiteral("-d"),
                                       job.scratch->path(), job.path});
            job.process->setStandardOutputFile(job.scratch->filePath(QStringLiteral("out.html")));
            job.process->setStandardErrorFile(QProcess::nullDevice());
            job.process->start();
            if (!job.process->waitForStarted())
                return makeError(
                    QStringLiteral("cannot start wvWare: %1").arg(job.process->errorString()),
                    job.path);
            running.push_back(std::move(job));
        }
        auto paragraphs = finish(running.front());
        running.pop_front();
        if (!paragraphs) {
            stopAll(running);
            return paragraphs.error();
        }
        out.append(std::move(paragraphs).value());
        if (!reportProgress(progress, out.size(), paths.size())) {
            stopAll(running);
            return cancelled();
        }
    }
    return out;
}

} // namespace paceline
