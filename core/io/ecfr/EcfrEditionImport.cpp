#include "EcfrEditionImport.h"

#include "io/ecfr/EcfrXmlReader.h"

#include <QRegularExpression>

namespace paceline {

QString ecfrEditionLabel(const QString& date)
{
    return QStringLiteral("eCFR ") + date;
}

Result<ListImportOutcome> importEcfrDownload(Database& db, const QByteArray& xml,
                                             const QString& date, const QString& sourceUrl,
                                             const ProgressCallback& progress)
{
    EcfrEditionInfo edition;
    edition.label = ecfrEditionLabel(date);
    edition.date = PartialDate::parse(date);
    edition.source = sourceUrl;
    auto doc = readEcfrXml(xml, sourceUrl, edition);
    if (!doc)
        return doc.error();
    return ListStore(db).importDocument(doc.value(), progress);
}

Result<QSet<QString>> importedEcfrDates(Database& db)
{
    auto editions = ListStore(db).editions();
    if (!editions)
        return editions.error();
    static const QRegularExpression label(QStringLiteral("^eCFR (\\d{4}-\\d{2}-\\d{2})$"));
    QSet<QString> dates;
    for (const EditionInfo& e : editions.value()) {
        const auto m = label.match(e.label);
        if (e.listKey == QLatin1String("us-ccl") && m.hasMatch())
            dates.insert(m.captured(1));
    }
    return dates;
}

} // namespace paceline
