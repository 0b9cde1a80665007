#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace paceline {

class Database;
struct SearchHit;

// Membership of the Wassenaar Sensitive List (SL) and of its subset, the Very Sensitive List
// (VSL), as list importers record it: node attribute "sensitivity" = "sensitive" or
// "very-sensitive" (the strongest applies). Everything inside a marked entry or item shares
// its membership. Ordered: a filter for Sensitive keeps VerySensitive too.
enum class Sensitivity { None, Sensitive, VerySensitive };

inline constexpr char kSensitivityAttribute[] = "sensitivity";

QString sensitivityValue(Sensitivity s); // "sensitive", "very-sensitive", ""
Sensitivity sensitivityFromValue(const QString& value);
Sensitivity sensitivityOf(const QList<QPair<QString, QString>>& attributes);

// The regimes, lists and editions that have nodes marked at least this strongly.
struct SensitiveScope {
    QSet<qint64> regimes;
    QSet<qint64> lists;
    QSet<qint64> editions;
};
Result<SensitiveScope> sensitiveScope(Database& db, Sensitivity atLeast);

// The nodes of an edition marked at least this strongly, and the nodes above them: what a
// tree filtered to the Sensitive List shows (with everything inside the marked nodes).
struct SensitiveNodes {
    QSet<qint64> marked;
    QSet<qint64> ancestors;
};
Result<SensitiveNodes> sensitiveNodes(Database& db, qint64 editionId, Sensitivity atLeast);

// The membership of each node: its own mark or the strongest of the nodes it lies inside.
// Nodes on neither list are left out.
Result<QHash<qint64, Sensitivity>> effectiveSensitivity(Database& db, const QList<qint64>& nodeIds);

// Fills in each node hit's membership (terms have none); drops the hits below atLeast.
Status markSensitivity(Database& db, QList<SearchHit>& hits, Sensitivity atLeast);

} // namespace paceline
