#include "ImportService.h"

#include "io/ecfr/EcfrXmlReader.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "timeline/TimelineCsvImporter.h"

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
    if (name == QLatin1String("auto"))
        return ImportFormat::Auto;
    return std::nullopt;
}

QStringList importFormatNames()
{
    return {QStringLiteral("paceline-json"), QStringLiteral("timeline-csv"),
            QStringLiteral("ecfr-xml")};
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
    return readListJsonFile(path);
}

} // namespace

Result<ImportReport> importFile(Database& db, const QString& path, ImportFormat format,
                                const ProgressCallback& progress)
{
    return importFile(db, path, format, ImportOptions(), progress);
}

Result<ImportReport> importFile(Database& db, const QString& path, ImportFormat format,
                                const ImportOptions& options, const ProgressCallback& progress)
{
    if (format == ImportFormat::Auto) {
        const QString lower = path.toLower();
        if (lower.endsWith(QLatin1String(".json")))
            format = ImportFormat::PacelineJson;
        else if (lower.endsWith(QLatin1String(".csv")))
            format = ImportFormat::TimelineCsv;
        else if (lower.endsWith(QLatin1String(".xml")))
            format = ImportFormat::EcfrXml;
        else
            return badInput(QStringLiteral("cannot tell the format from the file name; choose one "
                                           "with --format (%1)")
                                .arg(importFormatNames().join(QStringLiteral(", "))),
                            path);
    }
    const QLocale c = QLocale::c();
    ImportReport report;
    if (format != ImportFormat::TimelineCsv) {
        auto doc = readListDocument(path, format, options);
        if (!doc)
            return doc.error();
        auto outcome = ListStore(db).importDocument(doc.value(), progress);
        if (!outcome)
            return outcome.error();
        report.warnings = outcome->warnings;
        report.alreadyPresent = outcome->alreadyPresent;
        report.summary =
            outcome->alreadyPresent
                ? QStringLiteral("%1: edition \"%2\" of %3 is already in the database; nothing imported")
                      .arg(path, outcome->edition.label, outcome->edition.listKey)
                : QStringLiteral("%1: imported edition \"%2\" of %3 (%4 nodes, %5 terms)")
                      .arg(path, outcome->edition.label, outcome->edition.listKey,
                           c.toString(outcome->nodeCount), c.toString(outcome->termCount));
        return report;
    }
    auto outcome = importTimelineCsvFile(db, path, progress);
    if (!outcome)
        return outcome.error();
    report.warnings = outcome->warnings;
    report.summary = QStringLiteral("%1: imported %2 %3 (%4 new, %5 replaced)")
                         .arg(path)
                         .arg(outcome->rows)
                         .arg(timelineFileName(outcome->kind))
                         .arg(outcome->inserted)
                         .arg(outcome->updated);
    return report;
}

} // namespace paceline
