#include "BatchImport.h"

#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"

#include <QFileInfo>

#include <future>

namespace paceline {

namespace {

bool isListJson(const QString& path, ImportFormat format)
{
    return format == ImportFormat::PacelineJson ||
           (format == ImportFormat::Auto &&
            path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive));
}

// Word chapter files given one by one make one Wassenaar edition together.
bool isChapterFile(const QString& path, ImportFormat format)
{
    if (format != ImportFormat::Auto && format != ImportFormat::WaDoc)
        return false;
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    return !info.isDir() && (suffix == QLatin1String("doc") || suffix == QLatin1String("docx"));
}

// A parsed file and its content hash, both ready before the previous file is written.
struct ReadAhead {
    ListDocument doc;
    QString contentHash;
};

std::future<Result<ReadAhead>> readAhead(const QString& path)
{
    return std::async(std::launch::async, [path]() -> Result<ReadAhead> {
        auto doc = readListJsonFile(path);
        if (!doc)
            return doc.error();
        const QString hash = doc->contentHash();
        return ReadAhead{std::move(doc.value()), hash};
    });
}

} // namespace

QList<QStringList> importUnits(const QStringList& paths, ImportFormat format)
{
    QList<QStringList> units;
    bool previousWasChapter = false;
    for (const QString& path : paths) {
        const bool chapter = isChapterFile(path, format);
        if (chapter && previousWasChapter)
            units.last() << path;
        else
            units.append({path});
        previousWasChapter = chapter;
    }
    return units;
}

Result<ImportReport> importUnit(Database& db, const QStringList& unit, ImportFormat format,
                                const ImportOptions& options, const ProgressCallback& progress)
{
    if (unit.size() > 1 || isChapterFile(unit.value(0), format))
        return importWaChapterFiles(db, unit, options, progress);
    return importFile(db, unit.value(0), format, options, progress);
}

QString batchImportRule()
{
    return QStringLiteral("Each file is imported in its own transaction, in the order given: "
                          "the files before a failure stay imported, the failing file changes "
                          "nothing, and the files after it are not attempted.");
}

BatchImportOutcome importFiles(Database& db, const QStringList& paths, ImportFormat format,
                               const ImportOptions& options,
                               const std::function<void(const ImportReport&)>& onEach,
                               const ProgressCallback& progress)
{
    const QList<QStringList> units = importUnits(paths, format);
    auto isJsonUnit = [&](qsizetype i) {
        return i < units.size() && units.at(i).size() == 1 &&
               isListJson(units.at(i).first(), format);
    };
    constexpr qint64 kPerUnit = 1000;
    const qint64 total = kPerUnit * units.size();
    BatchImportOutcome outcome;
    std::future<Result<ReadAhead>> next;
    if (isJsonUnit(0))
        next = readAhead(units.first().first());
    for (qsizetype i = 0; i < units.size(); ++i) {
        const ProgressCallback unitProgress = [&, i](qint64 done, qint64 unitTotal) {
            const qint64 share = unitTotal > 0 ? kPerUnit * done / unitTotal : 0;
            return reportProgress(progress, kPerUnit * i + share, total);
        };
        Result<ImportReport> report = ImportReport{};
        if (!unitProgress(0, 0)) {
            report = cancelled();
        } else if (isJsonUnit(i) && next.valid()) {
            Result<ReadAhead> read = next.get();
            if (isJsonUnit(i + 1))
                next = readAhead(units.at(i + 1).first());
            if (!read)
                report = read.error(); // `next` finishes reading in its destructor
            else if (auto written =
                         ListStore(db).importDocument(read->doc, read->contentHash, unitProgress);
                     !written)
                report = written.error();
            else
                report = listImportReport(units.at(i).first(), written.value(), read->doc);
        } else {
            report = importUnit(db, units.at(i), format, options, unitProgress);
            if (isJsonUnit(i + 1))
                next = readAhead(units.at(i + 1).first());
        }
        if (!report) {
            outcome.error = report.error();
            for (qsizetype rest = i + 1; rest < units.size(); ++rest)
                outcome.notAttempted << units.at(rest);
            return outcome;
        }
        if (onEach)
            onEach(report.value());
        outcome.reports.append(report.value());
    }
    reportProgress(progress, total, total);
    return outcome;
}

} // namespace paceline
