#include "ForeignKeyPause.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace paceline {

ForeignKeyPause::ForeignKeyPause(Database& db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        return;
    m_paused = m_db.exec("PRAGMA foreign_keys = OFF").ok();
}

ForeignKeyPause::~ForeignKeyPause()
{
    if (m_paused)
        (void)m_db.exec("PRAGMA foreign_keys = ON");
}

} // namespace paceline
