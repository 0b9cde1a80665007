#include "ImportFloor.h"

#include "lists/ListJsonReader.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>

#include <time.h>

namespace paceline::bench {

namespace {

constexpr const char kFloorSchema[] =
    "CREATE TABLE node (id INTEGER PRIMARY KEY, edition INTEGER NOT NULL, code TEXT NOT NULL, "
    "title TEXT, text TEXT);"
    "CREATE VIRTUAL TABLE node_fts USING fts5(code, title, text, content='node', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2');";
constexpr const char kInsertNode[] =
    "INSERT INTO node (edition, code, title, text) VALUES (?1, ?2, ?3, ?4)";
// Rows in rowid order: FTS5 starts a new segment whenever a rowid goes backwards.
constexpr const char kIndexNodes[] = "INSERT INTO node_fts (rowid, code, title, text) "
                                     "SELECT id, code, title, text FROM node WHERE id >= ?1";

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

void check(const Status& s)
{
    if (!s)
        qFatal("import floor: %s", qPrintable(s.error().toString()));
}

} // namespace

FloorTimes measureImportFloor(const QStringList& files, const QString& dbPath)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(dbPath + QLatin1String(suffix));
    // No migrations: an empty file with Paceline's connection settings.
    const std::vector<Migration> none;
    Database::Options options;
    options.migrations = &none;
    auto opened = Database::open(dbPath, options);
    if (!opened)
        qFatal("import floor: %s", qPrintable(opened.error().toString()));
    Database& db = *opened.value();
    check(db.exec(kFloorSchema));
    auto insert = db.prepare(kInsertNode);
    auto index = db.prepare(kIndexNodes);
    if (!insert || !index)
        qFatal("import floor: cannot prepare");

    FloorTimes times;
    QElapsedTimer clock;
    for (qsizetype k = 0; k < files.size(); ++k) {
        clock.start();
        const Result<ListDocument> doc = readListJsonFile(files.at(k));
        if (!doc)
            qFatal("import floor: %s", qPrintable(doc.error().toString()));
        times.parseSeconds += clock.nsecsElapsed() / 1e9;

        clock.start();
        const double cpu = threadCpuSeconds();
        check(db.exec("BEGIN IMMEDIATE"));
        qint64 firstId = 0;
        for (const ListNode& n : doc->nodes) {
            insert->bind(1, k).bind(2, n.code).bindOptional(3, n.title).bindOptional(4, n.text);
            check(insert->run());
            if (firstId == 0)
                firstId = db.lastInsertId();
        }
        index->bind(1, firstId);
        check(index->run());
        check(db.exec("COMMIT"));
        times.sqliteSeconds += clock.nsecsElapsed() / 1e9;
        times.sqliteCpuSeconds += threadCpuSeconds() - cpu;
    }
    return times;
}

} // namespace paceline::bench
