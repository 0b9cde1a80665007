#include "TeamTestDatabase.h"

#include "audit/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// The team audit log: append-only for everyone, its hash chain computed by the server, a
// tampered chain found by paceline.verify_audit_log(), concurrent writers kept in one chain.
// SQL goes to the server through plain libpq.
class TestTeamAudit : public QObject {
    Q_OBJECT

    TeamTestDatabase m_team;

private slots:
    void initTestCase()
    {
        if (PgCluster::serverBinDir().isEmpty())
            QSKIP("PostgreSQL server binaries are absent (/usr/lib/postgresql/*/bin; Debian "
                  "package postgresql): team database tests skipped");
        QVERIFY2(m_team.start(), qPrintable(m_team.error()));
        // Something to audit: a case by alice sent to review, a comment and a sign-off by
        // rita, approved by carl.
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Audited");
        QCOMPARE(m_team.bringTo(id, {"in_review"}), QString());
        QVERIFY(
            m_team.as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'Why?')", {id})
                .ok);
        QVERIFY(m_team.as(QStringLiteral("rita"))
                    .exec("INSERT INTO paceline.case_signoff (case_id, verdict) VALUES ($1, "
                          "'approve')",
                          {id})
                    .ok);
        QCOMPARE(m_team.bringTo(id, {"approved"}), QString());
        QVERIFY(m_team.as(QStringLiteral("alice"))
                    .exec("INSERT INTO paceline.technology (label, name) VALUES ('quantum', "
                          "'Quantum computing')")
                    .ok);
    }

    void theAuditLogIsAppendOnly()
    {
        QVERIFY(m_team.superuser().value("SELECT count(*) FROM paceline.audit_log").toInt() >= 6);
        for (const QString& who : {QStringLiteral("rita"), QStringLiteral("ada")}) {
            for (const QByteArray& sql :
                 {QByteArray("UPDATE paceline.audit_log SET actor = 'nobody' WHERE id = 1"),
                  QByteArray("DELETE FROM paceline.audit_log WHERE id = 1"),
                  QByteArray("INSERT INTO paceline.audit_log (id, at, actor, entity, entity_id, "
                             "action, prev_hash, hash) VALUES (0, now(), 'x', 'x', 'x', 'x', "
                             "'x', 'x')"),
                  QByteArray("TRUNCATE paceline.audit_log")}) {
                auto o = m_team.as(who).exec(sql);
                QVERIFY2(!o.ok && o.sqlState == QLatin1String("42501"),
                         qPrintable(who + QStringLiteral(": ") + o.message));
            }
        }
        for (const QByteArray& sql :
             {QByteArray("UPDATE paceline.audit_log SET actor = 'nobody' WHERE id = 1"),
              QByteArray("DELETE FROM paceline.audit_log WHERE id = 1"),
              QByteArray("TRUNCATE paceline.audit_log")}) {
            auto o = m_team.superuser().exec(sql);
            QVERIFY2(o.message.contains(QLatin1String("append-only")), qPrintable(o.message));
        }
    }

    void theAuditChainIsComputedByTheServer()
    {
        auto verdict =
            m_team.superuser().exec("SELECT rows_checked, first_broken_id IS NULL, problem "
                                    "FROM paceline.verify_audit_log()");
        QVERIFY2(verdict.ok, qPrintable(verdict.message));
        QCOMPARE(verdict.rows.value(0).value(1), QStringLiteral("t"));
        const QString rows = verdict.rows.value(0).value(0);
        QCOMPARE(
            m_team.superuser().value("SELECT count(*) || '/' || max(id) FROM paceline.audit_log"),
            rows + QLatin1Char('/') + rows);
        // The actors are who logged in, whatever a client claims.
        QCOMPARE(m_team.superuser().value("SELECT string_agg(DISTINCT actor, ',' ORDER BY actor) "
                                          "FROM paceline.audit_log"),
                 QStringLiteral("alice,carl,rita"));
        // A reviewer verifies the chain too, and with the local audit log's own scheme.
        auto last =
            m_team.as(QStringLiteral("rita"))
                .exec("SELECT prev_hash, to_char(at AT TIME ZONE 'UTC', "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor, entity, entity_id, action, "
                      "detail::text, hash FROM paceline.audit_log ORDER BY id DESC LIMIT 1");
        QVERIFY2(last.ok, qPrintable(last.message));
        const QStringList r = last.rows.value(0);
        QCOMPARE(AuditLog::hashRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6]), r[7]);
        QCOMPARE(m_team.as(QStringLiteral("rita"))
                     .value("SELECT first_broken_id IS NULL FROM paceline.verify_audit_log()"),
                 QStringLiteral("t"));
    }

    void aTamperedChainIsDetected_data()
    {
        QTest::addColumn<QByteArray>("tamper");
        QTest::addColumn<QString>("problem");
        QTest::newRow("changed") << QByteArray("UPDATE paceline.audit_log SET detail = "
                                               "'{\"status\": \"adopted\"}' WHERE id = 3")
                                 << QStringLiteral("row 3 was changed after it was written");
        QTest::newRow("removed") << QByteArray("DELETE FROM paceline.audit_log WHERE id = 3")
                                 << QStringLiteral("row 4 does not follow the row before it");
        QTest::newRow("last removed")
            << QByteArray("DELETE FROM paceline.audit_log WHERE id = (SELECT max(id) FROM "
                          "paceline.audit_log)")
            << QStringLiteral("the log ends at row");
        QTest::newRow("rehashed")
            << QByteArray("UPDATE paceline.audit_log SET actor = 'mallory', hash = "
                          "paceline.audit_hash(prev_hash, at, 'mallory', entity, entity_id, "
                          "action, detail) WHERE id = 3")
            << QStringLiteral("row 4 does not follow the row before it");
    }
    void aTamperedChainIsDetected()
    {
        QFETCH(QByteArray, tamper);
        QFETCH(QString, problem);
        // Someone who can switch the triggers off (a superuser) edits the table directly: the
        // chain shows it. Rolled back afterwards.
        PgSession& s = m_team.superuser();
        QVERIFY(s.exec("BEGIN").ok);
        QVERIFY(s.exec("SET LOCAL session_replication_role = replica").ok);
        auto done = s.exec(tamper);
        QVERIFY2(done.ok && done.affected == 1, qPrintable(done.message));
        const QString found = s.value("SELECT problem FROM paceline.verify_audit_log()");
        QVERIFY(s.exec("ROLLBACK").ok);
        QVERIFY2(found.startsWith(problem), qPrintable(found));
        QCOMPARE(s.value("SELECT first_broken_id IS NULL FROM paceline.verify_audit_log()"),
                 QStringLiteral("t"));
    }

    void concurrentWritersKeepOneChain()
    {
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Busy");
        PgSession first(m_team.conninfo(QStringLiteral("rita")));
        PgSession second(m_team.conninfo(QStringLiteral("rob")));
        QVERIFY(first.exec("BEGIN").ok);
        QVERIFY(first
                    .exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, "
                          "'first')",
                          {id})
                    .ok);
        QVERIFY(second.send("INSERT INTO paceline.case_comment (case_id, body) VALUES (" + id +
                            ", 'second')"));
        // rob's audit row waits for rita's transaction: the chain's end is locked.
        QTRY_COMPARE_WITH_TIMEOUT(m_team.superuser().value("SELECT count(*) FROM pg_stat_activity "
                                                           "WHERE usename = 'rob' AND "
                                                           "wait_event_type = 'Lock'"),
                                  QStringLiteral("1"), 20000);
        QVERIFY(first.exec("COMMIT").ok);
        const auto late = second.result();
        QVERIFY2(late.ok, qPrintable(late.message));
        QCOMPARE(
            m_team.superuser().value("SELECT string_agg(actor, ',' ORDER BY id) FROM (SELECT id, "
                                     "actor FROM paceline.audit_log ORDER BY id DESC LIMIT 2) t"),
            QStringLiteral("rita,rob"));
        QCOMPARE(m_team.superuser().value("SELECT first_broken_id IS NULL FROM "
                                          "paceline.verify_audit_log()"),
                 QStringLiteral("t"));
    }

    void aRepeatableReadWriterRetriesRatherThanForks()
    {
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Snapshot");
        PgSession first(m_team.conninfo(QStringLiteral("rita")));
        PgSession second(m_team.conninfo(QStringLiteral("rob")));
        QVERIFY(second.exec("BEGIN ISOLATION LEVEL REPEATABLE READ").ok);
        QVERIFY(second.exec("SELECT count(*) FROM paceline.audit_log").ok); // takes the snapshot
        QVERIFY(
            first.exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'now')", {id})
                .ok);
        const auto stale = second.exec(
            "INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'from the past')", {id});
        QCOMPARE(stale.sqlState, QStringLiteral("40001")); // serialization failure: retry
        QVERIFY(second.exec("ROLLBACK").ok);
        QCOMPARE(m_team.superuser().value("SELECT first_broken_id IS NULL FROM "
                                          "paceline.verify_audit_log()"),
                 QStringLiteral("t"));
    }

    void changesAreAnnouncedAtCommitWithIdsOnly()
    {
        PgSession listener(m_team.conninfo(QStringLiteral("rob")));
        QVERIFY(listener.exec("LISTEN paceline_change").ok);
        const QString seen = m_team.superuser().value("SELECT max(id) FROM paceline.audit_log");
        PgSession& alice = m_team.as(QStringLiteral("alice"));
        QVERIFY(alice.exec("BEGIN").ok);
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Announced");
        QVERIFY(
            alice.exec("UPDATE paceline.amendment_case SET notes = 'more' WHERE id = $1", {id}).ok);
        QVERIFY(listener.exec("SELECT 1").ok);
        QCOMPARE(listener.notifications(), QStringList()); // nothing before the commit
        QVERIFY(alice.exec("COMMIT").ok);
        QStringList arrived;
        QTRY_VERIFY_WITH_TIMEOUT((arrived += listener.notifications()).size() >= 2, 20000);
        QCOMPARE(arrived.size(), 2);
        const QString uuid = m_team.caseField(id, "uuid");
        const auto payload = [&](int i) {
            return QJsonDocument::fromJson(arrived.at(i).toUtf8()).object();
        };
        QCOMPARE(payload(0).value(QLatin1String("action")).toString(), QStringLiteral("insert"));
        QCOMPARE(payload(1).value(QLatin1String("action")).toString(), QStringLiteral("update"));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(payload(i).value(QLatin1String("entity")).toString(),
                     QStringLiteral("amendment_case"));
            QCOMPARE(payload(i).value(QLatin1String("entity_id")).toString(), uuid);
            QVERIFY(!arrived.at(i).contains(QLatin1String("more"))); // ids, never content
        }
        // A client that was away catches up from the last id it saw: the same changes.
        const auto missed = listener.exec(
            "SELECT id FROM paceline.audit_log WHERE id > $1 ORDER BY id", {seen.toUtf8()});
        QCOMPARE(missed.rows.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(missed.rows.at(i).value(0).toLongLong(),
                     payload(i).value(QLatin1String("id")).toInteger());
    }

    void cleanupTestCase() { m_team.stop(); }
};

QTEST_GUILESS_MAIN(TestTeamAudit)
#include "tst_teamaudit.moc"
