#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace paceline {

class Database;

struct EditionCounts {
    QString regimeKey;
    QString listKey;
    QString listName;
    QString editionLabel;
    QString editionDate;
    QMap<QString, qint64> nodesByKind; // "entry" -> 604
    qint64 nodes = 0;
    qint64 terms = 0;
};

struct DatabaseStats {
    int schemaVersion = 0;
    QList<EditionCounts> editions;
    qint64 technologies = 0;
    qint64 milestones = 0;
    qint64 events = 0;
    qint64 cases = 0;
    QMap<QString, qint64> casesByStatus;
};

Result<DatabaseStats> collectStats(Database& db);
QJsonObject statsToJson(const DatabaseStats& stats);
QString statsToText(const DatabaseStats& stats);

} // namespace paceline
