#pragma once

#include "lists/ListStore.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace paceline {

class Database;

// "eCFR 2025-09-12": the label of the edition made from the eCFR text of that date.
QString ecfrEditionLabel(const QString& date);

// Reads the XML downloaded for one date and imports it as the edition "eCFR DATE" of the
// Commerce Control List, in one transaction: a broken download imports nothing.
Result<ListImportOutcome> importEcfrDownload(Database& db, const QByteArray& xml,
                                             const QString& date, const QString& sourceUrl,
                                             const ProgressCallback& progress = {});

// The dates of the eCFR editions already in the database (labels "eCFR YYYY-MM-DD").
Result<QSet<QString>> importedEcfrDates(Database& db);

} // namespace paceline
