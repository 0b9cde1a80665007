#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

class Database;

enum class HistoryStatus { Added, Changed, Unchanged, Removed };
QString historyStatusName(HistoryStatus status); // "added", "changed", "unchanged", "removed"

// What happened to an entry (with everything under it) in one edition of its list, compared
// with the edition before.
struct EntryHistoryStep {
    qint64 editionId = 0;
    QString editionLabel;
    QString editionDate;
    HistoryStatus status = HistoryStatus::Unchanged;
    bool firstLoaded =
        false;            // present in the earliest loaded edition: "added" means "already there"
    int nodesChanged = 0; // nodes of the subtree added, removed or changed
    int wordsInserted = 0;
    int wordsDeleted = 0;
    // Defined terms the entry uses whose definition differs from the edition before: the
    // entry's meaning can change while its own words stay the same.
    QStringList termsChanged;
};

// The entry's history across the loaded editions of its list, ordered by edition date
// (editions without a date last, then by import order). Editions before the entry first
// appears and after it was removed (until it comes back) are left out.
Result<QList<EntryHistoryStep>> entryHistory(Database& db, qint64 editionId, const QString& code,
                                             bool ignoreTypography = false);

} // namespace paceline
