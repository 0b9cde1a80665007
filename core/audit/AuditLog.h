#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace paceline {

class Database;

struct AuditEntry {
    QString actor;
    QString entity;   // "case", "comment", "signoff", ...
    QString entityId; // usually a UUID
    QString action;   // "create", "edit", "status", ...
    QJsonObject detail;
    QString at; // filled with the current time when empty
};

struct AuditVerification {
    qint64 rows = 0;
    std::optional<qint64> firstBrokenRow; // id of the first row whose hash does not match
    QString problem;
};

// Append-only, hash-chained log of every change to a case. Each row's hash covers its own
// fields and the previous row's hash, so editing or deleting a row breaks the chain there.
class AuditLog {
public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    // Call inside the transaction of the change it records.
    Status append(const AuditEntry& entry);
    Result<AuditVerification> verify();

    static QString hashRow(const QString& prevHash, const QString& at, const QString& actor,
                           const QString& entity, const QString& entityId, const QString& action,
                           const QString& detail);

private:
    Database& m_db;
};

} // namespace paceline
