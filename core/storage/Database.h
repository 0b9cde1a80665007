#pragma once

#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "util/Result.h"

#include <QString>

#include <QtGlobal>
#include <memory>
#include <vector>

struct sqlite3;

namespace paceline {

// One connection to a Paceline database file. Opening checks the file before anything writes
// to it: a foreign, newer or damaged file is refused and left byte-for-byte as it was.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    struct Options {
        Mode mode = Mode::ReadWrite;
        bool create = true;         // create the file when it does not exist
        bool integrityCheck = true; // PRAGMA quick_check before use (a full scan)
        // The schema steps to apply; null means standardMigrations(). Tests pass their own.
        const std::vector<Migration>* migrations = nullptr;
    };

    static constexpr std::int32_t kApplicationId = 0x50434C4E; // "PCLN"

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // SQL must be a constant of the program; data always goes through bound parameters.
    Status exec(const char* sql);
    Result<Statement> prepare(const char* sql);

    qint64 lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    int userVersion();
    // Safe to call from another thread: makes the running statement fail with "interrupted".
    void interrupt();

    // Online copy of the whole database through SQLite's backup API.
    Status backupTo(const QString& targetPath);

    // Returns the path of the backup file that open() wrote before migrating, if any.
    const QString& migrationBackupPath() const { return m_backupPath; }

private:
    Database(sqlite3* db, QString path, Mode mode);
    Status configure();

    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode;
    QString m_backupPath;
};

// Inspects an existing file without writing to it: SQLite header, application id, schema
// version, optional integrity check. Returns the schema version (0 for an empty database).
Result<int> inspectDatabaseFile(const QString& path, bool integrityCheck, int newestKnownVersion);

} // namespace paceline

namespace paceline {
// Version of the SQLite library in use, for the About box.
QString sqliteLibraryVersion();
} // namespace paceline
