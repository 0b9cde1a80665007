#include "Transaction.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace paceline {

// Inside an open transaction this becomes a savepoint, so store methods that guard
// themselves can also run as part of a larger import.
Transaction::Transaction(Database& db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_begun = m_db.exec(m_nested ? "SAVEPOINT paceline_nested" : "BEGIN IMMEDIATE");
    m_active = m_begun.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? makeError(QStringLiteral("transaction already finished")) : m_begun;
    Status s = m_db.exec(m_nested ? "RELEASE paceline_nested" : "COMMIT");
    if (s.ok())
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_nested) {
        (void)m_db.exec("ROLLBACK TO paceline_nested");
        (void)m_db.exec("RELEASE paceline_nested");
    } else {
        (void)m_db.exec("ROLLBACK");
    }
    m_active = false;
}

} // namespace paceline
