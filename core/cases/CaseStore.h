#pragma once

#include "cases/CaseTypes.h"
#include "util/Result.h"

#include <QList>

namespace paceline {

class Database;

// Persists amendment cases, their status history, comments and sign-offs. Every write is one
// transaction together with its audit-log row.
class CaseStore {
public:
    explicit CaseStore(Database& db)
        : m_db(db)
    {
    }

    // Inserts the case (uuid generated when empty); returns its row id.
    Result<qint64> create(CaseRecord record, const QString& actor);
    // Refuses transitions the workflow does not allow; records who, when and why.
    Status changeStatus(qint64 caseId, CaseStatus to, const QString& actor, const QString& reason,
                        const QString& at = {});
    Status addComment(qint64 caseId, CaseComment comment);
    Status addSignoff(qint64 caseId, CaseSignoff signoff);

    Result<QList<CaseRecord>> list();
    Result<CaseRecord> load(qint64 caseId);
    Result<QList<CaseStatusChange>> statusHistory(qint64 caseId);
    Result<QList<CaseComment>> comments(qint64 caseId);
    Result<QList<CaseSignoff>> signoffs(qint64 caseId);

private:
    Database& m_db;
};

} // namespace paceline
