#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <sqlite3.h>

using namespace paceline;
using namespace paceline::test;

namespace {

Status failingStep(Database& db)
{
    if (Status s = db.exec("CREATE TABLE half_done (x INTEGER)"); !s)
        return s;
    return db.exec("THIS IS NOT SQL");
}

Status addColumnStep(Database& db)
{
    return db.exec("ALTER TABLE technology ADD COLUMN emerged_hint TEXT");
}

qint64 scalar(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q || !q->step())
        qFatal("query failed: %s", sql);
    return q->integer(0);
}

} // namespace

class TestStorage : public QObject {
    Q_OBJECT
private slots:
    void newDatabaseHasCurrentSchemaAndPragmas()
    {
        TempDatabase t;
        QCOMPARE(t.db->userVersion(), currentSchemaVersion());
        QCOMPARE(scalar(*t.db, "PRAGMA application_id"), qint64(Database::kApplicationId));
        QCOMPARE(scalar(*t.db, "PRAGMA foreign_keys"), 1);
        auto mode = t.db->prepare("PRAGMA journal_mode");
        QVERIFY(mode && mode->step().value());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        // The whole data model is there from version 1.
        for (const char* table :
             {"regime", "control_list", "edition", "node", "term", "concordance", "technology",
              "milestone", "control_event", "amendment_case", "case_revision", "case_comment",
              "case_signoff", "case_status_history", "audit_log", "node_fts", "term_fts",
              "case_fts"}) {
            auto q = t.db->prepare("SELECT count(*) FROM sqlite_schema WHERE name = ?1");
            q->bind(1, QLatin1String(table));
            QVERIFY(q->step().value());
            QVERIFY2(q->integer(0) == 1, table);
        }
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY((*db)->exec("INSERT INTO regime (key, name) VALUES ('wa', 'Wassenaar')").ok());
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(scalar(**db, "SELECT count(*) FROM regime"), 1);
        QVERIFY((*db)->migrationBackupPath().isEmpty()); // nothing to migrate, no backup
    }

    void migrationFromOlderVersionTakesBackupFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY((*db)->exec("INSERT INTO technology (label, name) VALUES ('x', 'X')").ok());
        }
        std::vector<Migration> steps = standardMigrations();
        steps.push_back({currentSchemaVersion() + 1, "test: add a column", &addColumnStep});
        Database::Options options;
        options.migrations = &steps;
        auto db = Database::open(path, options);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE((*db)->userVersion(), currentSchemaVersion() + 1);
        QCOMPARE(
            scalar(
                **db,
                "SELECT count(*) FROM pragma_table_info('technology') WHERE name = 'emerged_hint'"),
            1);
        const QString backup = (*db)->migrationBackupPath();
        QVERIFY(QFile::exists(backup));
        auto copy = Database::open(backup);
        QVERIFY(copy);
        QCOMPARE(scalar(**copy, "SELECT count(*) FROM technology"), 1);
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        {
            QVERIFY(Database::open(path));
        }
        std::vector<Migration> steps = standardMigrations();
        steps.push_back({currentSchemaVersion() + 1, "test: broken", &failingStep});
        Database::Options options;
        options.migrations = &steps;
        auto db = Database::open(path, options);
        QVERIFY(!db);
        QVERIFY(db.error().toString().contains(
            QStringLiteral("migration to schema version %1").arg(currentSchemaVersion() + 1)));
        auto again = Database::open(path);
        QVERIFY(again);
        QCOMPARE((*again)->userVersion(), currentSchemaVersion());
        QCOMPARE(scalar(**again, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), 0);
    }

    // Version 4 (term scope, Sensitive List index) from a file of every older version: rows
    // stay, the new column is empty, the index is there and used.
    void termScopeAndSensitivityFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < 4; ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void termScopeAndSensitivityFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            const std::vector<Migration> older(standardMigrations().begin(),
                                               standardMigrations().begin() + from);
            Database::Options options;
            options.migrations = &older;
            auto db = Database::open(path, options);
            QVERIFY(db);
            QCOMPARE((*db)->userVersion(), from);
            QVERIFY((*db)->exec(
                "INSERT INTO regime (key, name) VALUES ('wa', 'Wassenaar');"
                "INSERT INTO control_list (regime_id, key, name) VALUES (1, 'wa-dual-use', 'DUL');"
                "INSERT INTO edition (list_id, label, content_hash, imported_at) "
                "VALUES (1, 'x', 'h', '2026-01-01');"
                "INSERT INTO node (edition_id, ord, kind, code, attributes) "
                "VALUES (1, 0, 'entry', '4.A.5', '{\"sensitivity\":\"sensitive\"}');"
                "INSERT INTO term (edition_id, term, definition) VALUES (1, 'software', 'd');"));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE((*db)->userVersion(), currentSchemaVersion());
        QCOMPARE(scalar(**db, "SELECT count(*) FROM term WHERE scope IS NULL"), 1);
        QVERIFY((*db)->exec("INSERT INTO term (edition_id, term, definition, scope) "
                            "VALUES (1, 'intrusion software', 'd', 'Cat 4')"));
        QCOMPARE(scalar(**db, "SELECT count(*) FROM term WHERE scope = 'Cat 4'"), 1);
        auto plan = (*db)->prepare(
            "EXPLAIN QUERY PLAN SELECT id FROM node n WHERE "
            "json_extract(n.attributes, '$.sensitivity') IN ('sensitive', 'very-sensitive')");
        QVERIFY(plan && plan->step().value());
        QVERIFY2(plan->text(3).contains(QStringLiteral("node_sensitivity")),
                 qPrintable(plan->text(3)));
    }

    void refusesNewerForeignAndDamagedFilesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("newer") << "newer"
                               << "written by a newer Paceline";
        QTest::newRow("foreign sqlite") << "foreign"
                                        << "another program";
        QTest::newRow("random bytes") << "random"
                                      << "not an SQLite file";
        QTest::newRow("text file") << "text"
                                   << "not an SQLite file";
        QTest::newRow("truncated") << "truncated"
                                   << "";
        QTest::newRow("corrupt page") << "corrupt"
                                      << "";
    }
    void refusesNewerForeignAndDamagedFilesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.sqlite"));
        if (kind == QLatin1String("newer") || kind == QLatin1String("truncated") ||
            kind == QLatin1String("corrupt")) {
            auto db = Database::open(path);
            QVERIFY(db);
            for (int i = 0; i < 300; ++i) {
                auto q = (*db)->prepare("INSERT INTO technology (label, name) VALUES (?1, ?2)");
                q->bind(1, QStringLiteral("t%1").arg(i)).bind(2, QString(200, QLatin1Char('x')));
                QVERIFY(q->run().ok());
            }
            if (kind == QLatin1String("newer"))
                QVERIFY((*db)->exec("PRAGMA user_version = 99").ok());
            QVERIFY((*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
            QVERIFY((*db)->exec("PRAGMA journal_mode = DELETE").ok());
        } else if (kind == QLatin1String("foreign")) {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
            QCOMPARE(
                sqlite3_exec(raw, "CREATE TABLE accounts (id INTEGER)", nullptr, nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close(raw);
        } else if (kind == QLatin1String("random")) {
            QByteArray bytes(64 * 1024, '\0');
            QRandomGenerator gen(42);
            for (char& c : bytes)
                c = static_cast<char>(gen.bounded(256));
            writeAll(path, bytes);
        } else {
            writeAll(path, "id,name\n1,not a database\n");
        }
        if (kind == QLatin1String("truncated")) {
            QFile f(path);
            QVERIFY(f.resize(f.size() / 2 + 100));
        } else if (kind == QLatin1String("corrupt")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096); // every page after the schema page
            f.write(QByteArray(static_cast<int>(f.size() - 4096), '\xAB'));
        }
        const QByteArray before = sha256OfFile(path);
        auto db = Database::open(path);
        QVERIFY2(!db, qPrintable(kind));
        QVERIFY(db.error().toString().contains(path));
        if (!message.isEmpty())
            QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
        QCOMPARE(db.error().kind, Error::Kind::BadInput);
        QCOMPARE(sha256OfFile(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void transactionRollsBackOnScopeExit()
    {
        TempDatabase t;
        {
            Transaction tx(*t.db);
            QVERIFY(tx.begun().ok());
            QVERIFY(t.db->exec("INSERT INTO regime (key, name) VALUES ('a', 'A')").ok());
        }
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM regime"), 0);
        {
            Transaction outer(*t.db);
            QVERIFY(t.db->exec("INSERT INTO regime (key, name) VALUES ('b', 'B')").ok());
            {
                Transaction inner(*t.db); // a savepoint
                QVERIFY(t.db->exec("INSERT INTO regime (key, name) VALUES ('c', 'C')").ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM regime"), 1);
    }

    void valuesAreBoundNeverSpliced()
    {
        TempDatabase t;
        const QString hostile = QStringLiteral("x'); DROP TABLE regime; --");
        auto q = t.db->prepare("INSERT INTO regime (key, name) VALUES (?1, ?2)");
        q->bind(1, hostile).bind(2, hostile);
        QVERIFY(q->run().ok());
        auto r = t.db->prepare("SELECT name FROM regime");
        QVERIFY(r->step().value());
        QCOMPARE(r->text(0), hostile);
    }

    void sqlErrorsNameTheStatement()
    {
        TempDatabase t;
        auto q = t.db->prepare("INSERT INTO regime (key, name) VALUES (?1, NULL)");
        q->bind(1, QStringLiteral("k"));
        const Status s = q->run();
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("NOT NULL")));
        QVERIFY(s.error().place.contains(QStringLiteral("INSERT INTO regime")));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
