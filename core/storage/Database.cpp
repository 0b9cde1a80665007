#include "Database.h"

#include "storage/Migrations.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace paceline {

namespace {

Error sqliteError(sqlite3* db, const QString& path, const QString& what)
{
    return makeError(QStringLiteral("%1 (%2)").arg(what, QString::fromUtf8(sqlite3_errmsg(db))),
                     path);
}

// RAII holder for a connection that is only looked at.
struct ReadOnlyProbe {
    sqlite3* db = nullptr;
    ~ReadOnlyProbe() { sqlite3_close_v2(db); }
};

Result<qint64> pragmaInt(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return makeError(QString::fromUtf8(sqlite3_errmsg(db)));
    Statement guard(db, stmt);
    auto row = guard.step();
    if (!row)
        return row.error();
    return row.value() ? guard.integer(0) : 0;
}

} // namespace

Result<int> inspectDatabaseFile(const QString& path, bool integrityCheck, int newestKnownVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot be read: %1").arg(file.errorString()), path);
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return 0; // an empty file becomes a new database
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return badInput(QStringLiteral("is not a Paceline database (not an SQLite file)"), path);

    ReadOnlyProbe probe;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &probe.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return sqliteError(probe.db, path, QStringLiteral("cannot be opened"));

    auto tables = pragmaInt(probe.db, "SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return badInput(
            QStringLiteral("is damaged or not a database (%1)").arg(tables.error().message), path);
    auto appId = pragmaInt(probe.db, "PRAGMA application_id");
    auto version = pragmaInt(probe.db, "PRAGMA user_version");
    if (!appId || !version)
        return badInput(QStringLiteral("is damaged or not a database"), path);

    if (appId.value() != Database::kApplicationId) {
        if (tables.value() > 0 || version.value() != 0)
            return badInput(QStringLiteral("is an SQLite database of another program, not a "
                                           "Paceline database; it was not changed"),
                            path);
        return 0;
    }
    const int current = newestKnownVersion;
    if (version.value() > current)
        return badInput(QStringLiteral("was written by a newer Paceline (schema version %1; this "
                                       "version reads up to %2); it was not changed")
                            .arg(version.value())
                            .arg(current),
                        path);

    if (integrityCheck) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(probe.db, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK)
            return sqliteError(probe.db, path, QStringLiteral("fails the integrity check"));
        Statement check(probe.db, stmt);
        auto row = check.step();
        if (!row)
            return badInput(QStringLiteral("fails the integrity check (%1); it was not changed")
                                .arg(row.error().message),
                            path);
        if (row.value() && check.text(0) != QLatin1String("ok"))
            return badInput(QStringLiteral("fails the integrity check (%1); it was not changed")
                                .arg(check.text(0)),
                            path);
    }
    return static_cast<int>(version.value());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && (!options.create || options.mode == Mode::ReadOnly))
        return makeError(QStringLiteral("no such database file"), path);

    const std::vector<Migration>& migrations =
        options.migrations ? *options.migrations : standardMigrations();
    const int target = migrations.empty() ? 0 : migrations.back().version;
    int version = 0;
    if (exists) {
        auto inspected = inspectDatabaseFile(path, options.integrityCheck, target);
        if (!inspected)
            return inspected.error();
        version = inspected.value();
    }
    if (options.mode == Mode::ReadOnly && version != target)
        return makeError(QStringLiteral("has schema version %1, expected %2; open it read-write "
                                        "first to upgrade it")
                             .arg(version)
                             .arg(target),
                         path);

    const int flags = options.mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                                     : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &raw, flags, nullptr) != SQLITE_OK) {
        Error e = sqliteError(raw, path, QStringLiteral("cannot be opened"));
        sqlite3_close_v2(raw);
        return e;
    }
    std::unique_ptr<Database> db(new Database(raw, path, options.mode));
    if (Status s = db->configure(); !s)
        return s.error();

    if (options.mode == Mode::ReadWrite && version < target) {
        if (version > 0) {
            const QString backup = path + QStringLiteral(".backup-v%1-%2")
                                              .arg(version)
                                              .arg(QDateTime::currentDateTimeUtc().toString(
                                                  QStringLiteral("yyyyMMddThhmmss")));
            if (Status s = db->backupTo(backup); !s)
                return makeError(QStringLiteral("could not take a backup before upgrading: %1")
                                     .arg(s.error().toString()),
                                 path);
            db->m_backupPath = backup;
        }
        if (Status s = applyMigrations(*db, migrations); !s)
            return s.error();
    }
    return db;
}

Database::Database(sqlite3* db, QString path, Mode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode)
{
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Status Database::configure()
{
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    if (Status s = exec("PRAGMA foreign_keys = ON"); !s)
        return s;
    // 32 MB page cache: an edition import fits without spilling pages to the WAL mid-transaction.
    if (Status s = exec("PRAGMA cache_size = -32768"); !s)
        return s;
    if (m_mode == Mode::ReadOnly)
        return {};
    if (Status s = exec("PRAGMA journal_mode = WAL"); !s)
        return s;
    return exec("PRAGMA synchronous = NORMAL");
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        QString place = QString::fromUtf8(sql).simplified();
        if (place.size() > 60)
            place = place.left(57) + QStringLiteral("...");
        return makeError(text, QStringLiteral("SQL \"%1\"").arg(place));
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return makeError(
            QString::fromUtf8(sqlite3_errmsg(m_db)),
            QStringLiteral("SQL \"%1\"").arg(QString::fromUtf8(sql).simplified().left(60)));
    }
    return Statement(m_db, stmt);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    auto v = pragmaInt(m_db, "PRAGMA user_version");
    return v ? static_cast<int>(v.value()) : -1;
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

Status Database::backupTo(const QString& targetPath)
{
    sqlite3* target = nullptr;
    const QByteArray native = QFile::encodeName(targetPath);
    if (sqlite3_open_v2(native.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        Error e = sqliteError(target, targetPath, QStringLiteral("cannot create the backup"));
        sqlite3_close_v2(target);
        return e;
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        Error e = sqliteError(target, targetPath, QStringLiteral("cannot start the backup"));
        sqlite3_close_v2(target);
        return e;
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    Status result;
    if (rc != SQLITE_DONE)
        result = sqliteError(target, targetPath, QStringLiteral("backup failed"));
    sqlite3_close_v2(target);
    if (!result)
        QFile::remove(targetPath);
    return result;
}

} // namespace paceline

namespace paceline {
QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}
} // namespace paceline
