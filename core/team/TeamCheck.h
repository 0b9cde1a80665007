#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace paceline {

class PgConnection;

// What `paceline-cli team check` reports: the schema, who is connected with which team roles,
// and whether the audit log's hash chain holds, as the server itself verifies it.
struct TeamCheck {
    int schemaVersion = 0;
    QString user;
    QStringList roles; // drafter, reviewer, chair, admin: those the user holds
    qint64 auditRows = 0;
    qint64 firstBrokenRow = 0; // 0: the chain is intact
    QString problem;
};

Result<TeamCheck> checkTeamDatabase(PgConnection& conn);

} // namespace paceline
