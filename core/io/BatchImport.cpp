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

std::future<Result<ListDocument>> readAhead(const QString& path)
{
    return std::async(std::launch::async, [path] { return readListJsonFile(path); });
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

Result<QList<ImportReport>> importFiles(Database& db, const QStringList& paths, ImportFormat format,
                                        const ImportOptions& options,
                                        const std::function<void(const ImportReport&)>& onEach)
{
    const QList<QStringList> units = importUnits(paths, format);
    auto isJsonUnit = [&](qsizetype i) {
        return i < units.size() && units.at(i).size() == 1 &&
               isListJson(units.at(i).first(), format);
    };
    QList<ImportReport> reports;
    std::future<Result<ListDocument>> next;
    if (isJsonUnit(0))
        next = readAhead(units.first().first());
    for (qsizetype i = 0; i < units.size(); ++i) {
        Result<ImportReport> report = ImportReport{};
        if (isJsonUnit(i) && next.valid()) {
            Result<ListDocument> doc = next.get();
            if (isJsonUnit(i + 1))
                next = readAhead(units.at(i + 1).first());
            if (!doc)
                return doc.error(); // `next` finishes reading in its destructor
            auto outcome = ListStore(db).importDocument(doc.value());
            if (!outcome)
                return outcome.error();
            report = listImportReport(units.at(i).first(), outcome.value(), doc.value());
        } else {
            report = importUnit(db, units.at(i), format, options);
            if (isJsonUnit(i + 1))
                next = readAhead(units.at(i + 1).first());
        }
        if (!report)
            return report.error();
        if (onEach)
            onEach(report.value());
        reports.append(report.value());
    }
    return reports;
}

} // namespace paceline
