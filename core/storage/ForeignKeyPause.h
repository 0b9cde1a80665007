#pragma once

namespace paceline {

class Database;

// Turns SQLite's foreign key checks off for its lifetime and back on after, for a bulk write
// whose every reference points at a row it has just written or looked up itself (a list
// import: checking each of its rows cost a tenth of the import). Outside a transaction only:
// SQLite ignores the pragma inside one, so under an outer transaction nothing changes.
// Declare it before the Transaction, so that the checks come back after its end.
class ForeignKeyPause {
public:
    explicit ForeignKeyPause(Database& db);
    ForeignKeyPause(const ForeignKeyPause&) = delete;
    ForeignKeyPause& operator=(const ForeignKeyPause&) = delete;
    ~ForeignKeyPause();

private:
    Database& m_db;
    bool m_paused = false;
};

} // namespace paceline
