#include "ImportService.h"

#include "io/ecfr/EcfrXmlReader.h"
#include "io/pdf/ListTextParser.h"
#include "io/pdf/PdfTextExtractor.h"
#include "io/wassenaar/WaEditionImport.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "lists/ListSummary.h"
#include "timeline/TimelineCsvImporter.h"

#include <QFileInfo>
#include <QLocale>

namespace paceline {

std::optional<ImportFormat> importFormatFromName(const QString& name)
{
    if (name == QLatin1String("paceline-json"))
        return ImportFormat::PacelineJson;
    if (name == QLatin1String("timeline-csv"))
        return ImportFormat::TimelineCsv;
    if (name == QLatin1String("ecfr-xml"))
        return ImportFormat::EcfrXml;
    if (name == QLatin1String("pdf-text"))
        return ImportFormat::PdfText;
    if (name == QLatin1String("pdf"))
        return ImportFormat::Pdf;
    if (name == QLatin1String("wa-doc"))
        return ImportFormat::WaDoc;
    if (name == QLatin1String("wa-pdf"))
        return ImportFormat::WaPdf;
    if (name == QLatin1String("auto"))
        return ImportFormat::Auto;
    return std::nullopt;
}

QStringList importFormatNames()
{
    return {QStringLiteral("paceline-json"), QStringLiteral("timeline-csv"),
            QStringLiteral("ecfr-xml"),      QStringLiteral("pdf"),
            QStringLiteral("pdf-text"),      QStringLiteral("wa-doc"),
            QStringLiteral("wa-pdf")};
}

ImportReport listImportReport(const QString& path, const ListImportOutcome& outcome)
{
    const QLocale c = QLocale::c();
    ImportReport report;
    report.warnings = outcome.warnings;
    report.alreadyPresent = outcome.alreadyPresent;
    report.summary =
        outcome.alreadyPresent
            ? QStringLiteral(
                  "%1: edition \"%2\" of %3 is already in the database; nothing imported")
                  .arg(path, outcome.edition.label, outcome.edition.listKey)
            : QStringLiteral("%1: imported edition \"%2\" of %3 (%4 nodes, %5 terms)")
                  .arg(path, outcome.edition.label, outcome.edition.listKey,
                       c.toString(outcome.nodeCount), c.toString(outcome.termCount));
    return report;
}

ImportReport listImportReport(const QString& path, const ListImportOutcome& outcome,
                              const ListDocument& doc)
{
    ImportReport report = listImportReport(path, outcome);
    if (!outcome.alreadyPresent)
        for (const QString& line : countsPerCategory(doc))
            report.summary += QStringLiteral("\n  ") + line;
    return report;
}

std::optional<ImportFormat> importFormatForPath(const QString& path)
{
    const QString lower = path.toLower();
    if (QFileInfo(path).isDir() || lower.endsWith(QLatin1String(".doc")) ||
        lower.endsWith(QLatin1String(".docx")))
        return ImportFormat::WaDoc;
    if (lower.endsWith(QLatin1String(".json")))
        return ImportFormat::PacelineJson;
    if (lower.endsWith(QLatin1String(".csv")))
        return ImportFormat::TimelineCsv;
    if (lower.endsWith(QLatin1String(".xml")))
        return ImportFormat::EcfrXml;
    if (lower.endsWith(QLatin1String(".txt")))
        return ImportFormat::PdfText;
    if (lower.endsWith(QLatin1String(".pdf")))
        return ImportFormat::Pdf;
    return std::nullopt;
}

namespace {

Result<ListDocument> readListDocument(const QString& path, ImportFormat format,
                                      const ImportOptions& options)
{
    if (format == ImportFormat::EcfrXml) {
        EcfrEditionInfo edition;
        edition.label = options.editionLabel;
        return readEcfrXmlFile(path, edition);
    }
    if (format == ImportFormat::PdfText || format == ImportFormat::Pdf) {
        const ListTextOptions text{options.regimeKey,
                                   options.regimeName,
                                   options.listKey,
                                   options.listName,
                                   options.editionLabel,
                                   {},
                                   {}};
        if (format == ImportFormat::PdfText)
            return readListTextFile(path, text);
        auto extracted = PdfTextExtractor::extract(path);
        if (!extracted)
            return extracted.error();
        return parseListText(extracted.value(), path, text);
    }
    return readListJsonFile(path);
}

Result<ImportReport> importListDocument(Database& db, const QString& path,
                                        const Result<ListDocument>& doc,
                                        const ProgressCallback& progress)
{
    if (!doc)
        return doc.error();
    auto outcome = ListStore(db).importDocument(doc.value(), progress);
    if (!outcome)
        return outcome.error();
    return listImportReport(path, outcome.value(), doc.value());
}

Result<ImportReport> importWa(Database& db, Result<WaEdition> edition, const QString& place,
                              const ImportOptions& options, const ProgressCallback& progress)
{
    if (!edition)
        return edition.error();
    if (!options.editionLabel.isEmpty())
        for (ListDocument* doc : {&edition->dualUse, &edition->munitions})
            doc->editionLabel = options.editionLabel;
    return importWaEdition(db, edition.value(), place, progress);
}

// A PDF is read once; its text says whether it is a Wassenaar document.
Result<ImportReport> importPdf(Database& db, const QString& path, ImportFormat format,
                               const ImportOptions& options, const ProgressCallback& progress)
{
    auto text = PdfTextExtractor::extract(path);
    if (!text)
        return text.error();
    if (format == ImportFormat::WaPdf || isWaPdfText(text.value()))
        return importWa(db, readWaEditionPdfText(text.value(), path), path, options, progress);
    const ListTextOptions listOptions{options.regimeKey,
                                      options.regimeName,
                                      options.listKey,
                                      options.listName,
                                      options.editionLabel,
                                      {},
                                      {}};
    return importListDocument(db, path, parseListText(text.value(), path, listOptions), progress);
}

} // namespace

namespace {

// Progress of one step of several as a share of the whole: percent from `from` to `to`.
ProgressCallback progressShare(const ProgressCallback& progress, int from, int to)
{
    if (!progress)
        return {};
    return [=](qint64 done, qint64 total) {
        const qint64 share = total > 0 ? (to - from) * done / total : 0;
        return progress(from + share, 100);
    };
}

} // namespace

Result<ImportReport> importWaChapterFiles(Database& db, const QStringList& paths,
                                          const ImportOptions& options,
                                          const ProgressCallback& progress)
{
    const QString place = paths.size() == 1 ? paths.first() : QFileInfo(paths.first()).path();
    // Converting the chapters takes most of the time; writing the rest.
    return importWa(db, readWaEditionFiles(paths, progressShare(progress, 0, 80)), place, options,
                    progressShare(progress, 80, 100));
}

Result<ImportReport> importFile(Database& db, const QString& path, ImportFormat format,
                                const ProgressCallback& progress)
{
    return importFile(db, path, format, ImportOptions(), progress);
}

Result<ImportReport> importFile(Database& db, const QString& path, ImportFormat format,
                                const ImportOptions& options, const ProgressCallback& progress)
{
    if (format == ImportFormat::Auto) {
        if (const auto byName = importFormatForPath(path))
            format = *byName;
        else
            return badInput(QStringLiteral("cannot tell the format from the file name; choose one "
                                           "with --format (%1)")
                                .arg(importFormatNames().join(QStringLiteral(", "))),
                            path);
    }
    if (format == ImportFormat::WaDoc)
        return importWaChapterFiles(db, {path}, options, progress);
    ImportReport report;
    ImportOptions resolved = options;
    if ((format == ImportFormat::Pdf || format == ImportFormat::PdfText) &&
        !options.listKey.isEmpty() && options.regimeKey.isEmpty()) {
        // A new edition of a list already in the database joins that list and its regime.
        auto editions = ListStore(db).editions();
        if (!editions)
            return editions.error();
        for (const EditionInfo& e : editions.value()) {
            if (e.listKey == options.listKey) {
                resolved.regimeKey = e.regimeKey;
                resolved.regimeName = e.regimeName;
                if (resolved.listName.isEmpty())
                    resolved.listName = e.listName;
            }
        }
    }
    if (format == ImportFormat::Pdf || format == ImportFormat::WaPdf)
        return importPdf(db, path, format, resolved, progress);
    if (format != ImportFormat::TimelineCsv) {
        return importListDocument(db, path, readListDocument(path, format, resolved), progress);
    }
    auto outcome = importTimelineCsvFile(db, path, progress);
    if (!outcome)
        return outcome.error();
    report.warnings = outcome->warnings;
    report.summary = timelineImportSummary(path, outcome.value());
    return report;
}

} // namespace paceline
