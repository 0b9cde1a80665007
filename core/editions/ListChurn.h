#pragma once

#include "editions/EditionDiff.h"
#include "lists/ListStore.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace paceline {

class Database;

// A list and how many editions of it the database holds.
struct ChurnListChoice {
    QString listKey;
    QString listName;
    int editionCount = 0;
};

// What changed from one edition of a list to the next, counted node by node.
struct ChurnStep {
    EditionInfo from;
    EditionInfo to;
    int added = 0;
    int changed = 0;
    int removed = 0;
    QList<CategoryCounts> categories; // every category of either edition, in document order

    int total() const { return added + changed + removed; }
};

// The churn of one list: its editions in date order and one step per consecutive pair.
struct ListChurn {
    QString listKey;
    QString listName;
    EditionDiffOptions options;
    QList<EditionInfo> editions;
    QList<ChurnStep> steps;
};

// Every list in the database with its edition count, in the order of ListStore::editions().
Result<QList<ChurnListChoice>> churnListChoices(Database& db);
// The first list with at least two editions; empty when there is none.
Result<QString> defaultChurnList(Database& db);

// Compares each edition of the list with the one before it (by date, then import order),
// loading every edition once. Progress counts comparisons; cancelling returns cancelled().
Result<ListChurn> computeListChurn(Database& db, const QString& listKey,
                                   const EditionDiffOptions& options = {},
                                   const ProgressCallback& progress = {});

} // namespace paceline
