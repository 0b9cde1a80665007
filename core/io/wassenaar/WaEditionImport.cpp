#include "WaEditionImport.h"

#include "lists/ListStore.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace paceline {

Result<ImportReport> importWaEdition(Database& db, const WaEdition& edition, const QString& place,
                                     const ProgressCallback& progress)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QList<ListImportOutcome> outcomes;
    for (const ListDocument* doc : {&edition.dualUse, &edition.munitions}) {
        if (doc->nodes.isEmpty())
            continue;
        auto outcome = ListStore(db).importDocument(*doc, progress);
        if (!outcome)
            return outcome.error();
        outcomes << outcome.value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    const QLocale c = QLocale::c();
    ImportReport report;
    QStringList parts;
    bool allPresent = true;
    for (const ListImportOutcome& o : outcomes) {
        report.warnings += o.warnings;
        allPresent = allPresent && o.alreadyPresent;
        parts << (o.alreadyPresent ? QStringLiteral("%1 already present").arg(o.edition.listKey)
                                   : QStringLiteral("%1 (%2 nodes, %3 terms)")
                                         .arg(o.edition.listKey, c.toString(o.nodeCount),
                                              c.toString(o.termCount)));
    }
    report.alreadyPresent = allPresent;
    report.summary =
        QStringLiteral("%1: imported Wassenaar edition \"%2\": %3")
            .arg(place, edition.dualUse.editionLabel, parts.join(QStringLiteral(", ")));
    for (const QString& line : edition.summary)
        report.summary += QStringLiteral("\n  ") + line;
    return report;
}

} // namespace paceline
