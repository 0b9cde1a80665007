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

Result<QList<ImportReport>> importFiles(Database& db, const QStringList& paths, ImportFormat format,
                                        const ImportOptions& options,
                                        const std::function<void(const ImportReport&)>& onEach)
{
    QList<ImportReport> reports;
    std::future<Result<ListDocument>> next;
    if (!paths.isEmpty() && isListJson(paths.first(), format))
        next = readAhead(paths.first());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString& path = paths.at(i);
        Result<ImportReport> report = ImportReport{};
        if (isChapterFile(path, format)) {
            qsizetype end = i + 1;
            while (end < paths.size() && isChapterFile(paths.at(end), format))
                ++end;
            report = importWaChapterFiles(db, paths.mid(i, end - i), options);
            i = end - 1;
            if (i + 1 < paths.size() && isListJson(paths.at(i + 1), format))
                next = readAhead(paths.at(i + 1));
        } else if (next.valid()) {
            Result<ListDocument> doc = next.get();
            if (i + 1 < paths.size() && isListJson(paths.at(i + 1), format))
                next = readAhead(paths.at(i + 1));
            if (!doc)
                return doc.error(); // `next` finishes reading in its destructor
            auto outcome = ListStore(db).importDocument(doc.value());
            if (!outcome)
                return outcome.error();
            report = listImportReport(path, outcome.value());
        } else {
            report = importFile(db, path, format, options);
            if (i + 1 < paths.size() && isListJson(paths.at(i + 1), format))
                next = readAhead(paths.at(i + 1));
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
