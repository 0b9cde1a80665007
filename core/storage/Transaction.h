#pragma once

#include "util/Result.h"

namespace paceline {

class Database;

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
// Every import and every save goes through one of these, so a failure changes nothing.
// Nested inside another transaction it is a savepoint.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    // Whether BEGIN succeeded; check before writing.
    const Status& begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_nested;
    Status m_begun;
    bool m_active = false;
};

} // namespace paceline
