#include "PgCluster.h"

#include "audit/AuditLog.h"
#include "team/PgConnection.h"
#include "team/TeamSchema.h"

#include <QtTest>

#include <map>
#include <memory>

using namespace paceline;
using namespace paceline::test;

// Every rule of the team database, checked by speaking SQL to the server as each role through
// plain libpq: whatever a client does, the server refuses what the role may not do.
class TestTeamPolicies : public QObject {
    Q_OBJECT

    PgCluster m_cluster;
    std::map<QString, std::unique_ptr<PgSession>> m_sessions;

    PgSession& as(const QString& user)
    {
        auto& s = m_sessions[user];
        if (!s)
            s = std::make_unique<PgSession>(m_cluster.conninfo(user, QStringLiteral("team")));
        return *s;
    }
    PgSession& superuser() { return as(PgCluster::superuser()); }

    // A new draft by author; its id.
    QByteArray newCase(const QString& author, const QByteArray& title)
    {
        const auto o = as(author).exec("INSERT INTO paceline.amendment_case (title, kind, "
                                       "target_code, proposed_text) VALUES ($1, 'amend_entry', "
                                       "'4.A.5', 'Systems for intrusion software.') RETURNING id",
                                       {title});
        if (!o.ok || o.rows.isEmpty())
            qWarning("new case: %s", qPrintable(o.message));
        return o.rows.value(0).value(0).toUtf8();
    }
    PgSession::Outcome move(const QString& who, const QByteArray& id, const QByteArray& status,
                            const QByteArray& reason = {})
    {
        PgSession& s = as(who);
        s.exec("BEGIN");
        if (!reason.isEmpty())
            s.exec("SELECT set_config('paceline.reason', $1, true)", {reason});
        auto o =
            s.exec("UPDATE paceline.amendment_case SET status = $2 WHERE id = $1", {id, status});
        s.exec(o.ok ? "COMMIT" : "ROLLBACK");
        return o;
    }
    // Moves a case by its author and the chair to status along the workflow.
    void bringTo(const QByteArray& id, const QList<QByteArray>& path)
    {
        for (const QByteArray& status : path) {
            const QString who =
                status == "in_review" ? QStringLiteral("alice") : QStringLiteral("carl");
            const auto o = move(who, id, status);
            QVERIFY2(o.ok && o.affected == 1, qPrintable(o.message));
        }
    }
    QString caseField(const QByteArray& id, const QByteArray& column)
    {
        return superuser().value("SELECT " + column +
                                     "::text FROM paceline.amendment_case "
                                     "WHERE id = $1",
                                 {id});
    }

private slots:
    void initTestCase()
    {
        if (PgCluster::serverBinDir().isEmpty())
            QSKIP("PostgreSQL server binaries are absent (/usr/lib/postgresql/*/bin; Debian "
                  "package postgresql): team database tests skipped");
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        PgSession admin(m_cluster.conninfo(PgCluster::superuser()));
        QVERIFY2(admin.connected(), qPrintable(admin.connectError()));
        QVERIFY(admin.exec("CREATE DATABASE team TEMPLATE template0 ENCODING 'UTF8'").ok);

        auto conn =
            PgConnection::open(m_cluster.conninfo(PgCluster::superuser(), QStringLiteral("team")));
        QVERIFY2(conn, conn ? "" : qPrintable(conn.error().toString()));
        auto done = initTeamDatabase(**conn);
        QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
        QCOMPARE(done->toVersion, currentTeamSchemaVersion());

        // The people, made the plain SQL way: Paceline's own add-user is tst_cliteam's.
        const std::pair<const char*, const char*> people[] = {
            {"alice", "drafter"}, {"bob", "drafter"}, {"rita", "reviewer"},
            {"rob", "reviewer"},  {"carl", "chair"},  {"ada", "admin"}};
        for (const auto& [name, role] : people) {
            QVERIFY(superuser().exec(QByteArray("CREATE ROLE ") + name + " LOGIN").ok);
            QVERIFY(superuser().exec(QByteArray("GRANT paceline_") + role + " TO " + name).ok);
        }
        for (const auto& [name, role] : people)
            QVERIFY2(as(QString::fromLatin1(name)).connected(),
                     qPrintable(as(QString::fromLatin1(name)).connectError()));
    }

    void aSecondInitChangesNothing()
    {
        const QByteArray objects =
            "SELECT (SELECT count(*) FROM pg_policies WHERE schemaname = 'paceline') || '/' || "
            "(SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'paceline') || '/' "
            "|| (SELECT count(*) FROM paceline.team_schema_version)";
        const QString before = superuser().value(objects);
        const QByteArray id = newCase(QStringLiteral("alice"), "Kept across init");
        auto conn =
            PgConnection::open(m_cluster.conninfo(PgCluster::superuser(), QStringLiteral("team")));
        QVERIFY(conn);
        auto again = initTeamDatabase(**conn);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
        QVERIFY(again->applied.isEmpty());
        QCOMPARE(again->fromVersion, currentTeamSchemaVersion());
        QCOMPARE(superuser().value(objects), before);
        QCOMPARE(caseField(id, "title"), QStringLiteral("Kept across init"));
    }

    void eachLaterStepAppliesInItsOwnTransaction()
    {
        auto conn =
            PgConnection::open(m_cluster.conninfo(PgCluster::superuser(), QStringLiteral("team")));
        QVERIFY(conn);
        std::vector<TeamMigration> steps = teamMigrations();
        steps.push_back({2, "step two", {+[]() -> const char* {
                             return "CREATE TABLE paceline.step_two (x integer)";
                         }}});
        steps.push_back({3, "step three fails halfway", {+[]() -> const char* {
                             return "CREATE TABLE paceline.step_three (x integer); SELECT 1 / 0";
                         }}});
        auto failed = initTeamDatabase(**conn, steps);
        QVERIFY(!failed);
        QVERIFY2(failed.error().toString().contains(QLatin1String("team schema version 3")) &&
                     failed.error().toString().contains(QLatin1String("division by zero")),
                 qPrintable(failed.error().toString()));
        QCOMPARE(superuser().value("SELECT max(version) FROM paceline.team_schema_version"),
                 QStringLiteral("2"));
        QCOMPARE(superuser().value("SELECT to_regclass('paceline.step_two') IS NOT NULL AND "
                                   "to_regclass('paceline.step_three') IS NULL"),
                 QStringLiteral("t"));
        steps.pop_back();
        auto again = initTeamDatabase(**conn, steps);
        QVERIFY(again && again->applied.isEmpty() && again->toVersion == 2);

        // A team schema newer than this Paceline is refused, untouched.
        auto newer = initTeamDatabase(**conn);
        QVERIFY(!newer);
        QVERIFY2(newer.error().message.contains(QLatin1String("newer than this Paceline knows")),
                 qPrintable(newer.error().toString()));
        QVERIFY(superuser().exec("DROP TABLE paceline.step_two").ok);
        QVERIFY(superuser().exec("DELETE FROM paceline.team_schema_version WHERE version = 2").ok);
    }

    void aDrafterCreatesOnlyOwnDrafts()
    {
        const QByteArray id = newCase(QStringLiteral("alice"), "Own draft");
        QCOMPARE(caseField(id, "author"), QStringLiteral("alice"));
        QCOMPARE(caseField(id, "status"), QStringLiteral("draft"));
        QCOMPARE(superuser().value("SELECT actor || ':' || to_status FROM "
                                   "paceline.case_status_history WHERE case_id = $1",
                                   {id}),
                 QStringLiteral("alice:draft"));
        auto forOther = as(QStringLiteral("alice"))
                            .exec("INSERT INTO paceline.amendment_case (title, kind, author) "
                                  "VALUES ('Ghost', 'amend_entry', 'bob')");
        QVERIFY(!forOther.ok);
        QCOMPARE(forOther.sqlState, QStringLiteral("42501"));
        QVERIFY2(forOther.message.contains(QLatin1String("row-level security")),
                 qPrintable(forOther.message));
        auto approved = as(QStringLiteral("alice"))
                            .exec("INSERT INTO paceline.amendment_case (title, kind, status) "
                                  "VALUES ('Shortcut', 'amend_entry', 'approved')");
        QCOMPARE(approved.sqlState, QStringLiteral("42501"));
        auto byReviewer = as(QStringLiteral("rita"))
                              .exec("INSERT INTO paceline.amendment_case (title, kind) "
                                    "VALUES ('Reviewer''s own', 'amend_entry')");
        QCOMPARE(byReviewer.sqlState, QStringLiteral("42501"));
        QVERIFY2(byReviewer.message.contains(QLatin1String("permission denied")),
                 qPrintable(byReviewer.message));
    }

    void aReviewerCannotUpdateAProposal()
    {
        const QByteArray id = newCase(QStringLiteral("alice"), "Reviewed, not rewritten");
        auto update = as(QStringLiteral("rita"))
                          .exec("UPDATE paceline.amendment_case SET proposed_text = 'Mine now' "
                                "WHERE id = $1",
                                {id});
        QVERIFY(!update.ok);
        QCOMPARE(update.sqlState, QStringLiteral("42501"));
        QVERIFY2(update.message.contains(QLatin1String("permission denied for table "
                                                       "amendment_case")),
                 qPrintable(update.message));
        auto remove = as(QStringLiteral("rita"))
                          .exec("DELETE FROM paceline.amendment_case WHERE id = $1", {id});
        QCOMPARE(remove.sqlState, QStringLiteral("42501"));
        QCOMPARE(caseField(id, "proposed_text"), QStringLiteral("Systems for intrusion software."));
    }

    void aDrafterEditsOnlyOwnCases()
    {
        const QByteArray id = newCase(QStringLiteral("alice"), "Alice's");
        // Row-level security hides the row from bob's UPDATE: nothing changes.
        auto byBob = as(QStringLiteral("bob"))
                         .exec("UPDATE paceline.amendment_case SET proposed_text = 'Bob was here' "
                               "WHERE id = $1",
                               {id});
        QVERIFY2(byBob.ok, qPrintable(byBob.message));
        QCOMPARE(byBob.affected, 0);
        QCOMPARE(move(QStringLiteral("bob"), id, "in_review").affected, 0);
        QCOMPARE(caseField(id, "proposed_text"), QStringLiteral("Systems for intrusion software."));
        QCOMPARE(caseField(id, "status"), QStringLiteral("draft"));

        auto byAlice =
            as(QStringLiteral("alice"))
                .exec(
                    "UPDATE paceline.amendment_case SET proposed_text = 'Intrusion software only.' "
                    "WHERE id = $1",
                    {id});
        QCOMPARE(byAlice.affected, 1);
        QCOMPARE(caseField(id, "revision"), QStringLiteral("2"));
        QCOMPARE(caseField(id, "version"), QStringLiteral("2"));
        QCOMPARE(superuser().value("SELECT string_agg(revision || ':' || author, ',' ORDER BY "
                                   "revision) FROM paceline.case_revision WHERE case_id = $1",
                                   {id}),
                 QStringLiteral("1:alice,2:alice"));
        auto author =
            as(QStringLiteral("alice"))
                .exec("UPDATE paceline.amendment_case SET author = 'bob' WHERE id = $1", {id});
        QVERIFY(!author.ok);
        QCOMPARE(caseField(id, "author"), QStringLiteral("alice"));
    }

    void theWorkflowMovesByRole()
    {
        const QByteArray id = newCase(QStringLiteral("alice"), "Workflow");
        auto skip = move(QStringLiteral("carl"), id, "approved");
        QCOMPARE(skip.sqlState, QStringLiteral("23514"));
        QVERIFY2(skip.message.contains(QLatin1String("cannot go from draft to approved")),
                 qPrintable(skip.message));
        QCOMPARE(move(QStringLiteral("alice"), id, "in_review").affected, 1);
        auto locked =
            as(QStringLiteral("alice"))
                .exec(
                    "UPDATE paceline.amendment_case SET proposed_text = 'Late edit' WHERE id = $1",
                    {id});
        QVERIFY2(locked.message.contains(QLatin1String("locked")), qPrintable(locked.message));
        auto selfApproval = move(QStringLiteral("alice"), id, "approved");
        QVERIFY2(selfApproval.message.contains(QLatin1String("only a chair")),
                 qPrintable(selfApproval.message));
        QCOMPARE(move(QStringLiteral("rita"), id, "approved").sqlState, QStringLiteral("42501"));
        QCOMPARE(move(QStringLiteral("carl"), id, "approved").affected, 1);
        auto chairEdit =
            as(QStringLiteral("carl"))
                .exec("UPDATE paceline.amendment_case SET title = 'Chair''s title' WHERE id = $1",
                      {id});
        QVERIFY2(chairEdit.message.contains(QLatin1String("only its author")),
                 qPrintable(chairEdit.message));
        auto noReason = move(QStringLiteral("carl"), id, "draft");
        QVERIFY2(noReason.message.contains(QLatin1String("reason")), qPrintable(noReason.message));
        QCOMPARE(move(QStringLiteral("carl"), id, "draft", "scope too wide").affected, 1);
        QCOMPARE(superuser().value("SELECT string_agg(coalesce(from_status, '-') || '>' || "
                                   "to_status || ':' || actor || ':' || coalesce(reason, ''), ' ' "
                                   "ORDER BY id) FROM paceline.case_status_history "
                                   "WHERE case_id = $1",
                                   {id}),
                 QStringLiteral("->draft:alice: draft>in_review:alice: "
                                "in_review>approved:carl: approved>draft:carl:scope too wide"));
    }

    void closedCasesAreReadOnly_data()
    {
        QTest::addColumn<QByteArray>("last");
        QTest::newRow("adopted") << QByteArray("adopted");
        QTest::newRow("rejected") << QByteArray("rejected");
    }
    void closedCasesAreReadOnly()
    {
        QFETCH(QByteArray, last);
        const QByteArray id = newCase(QStringLiteral("alice"), "Closed " + last);
        bringTo(id, {"in_review", "approved", "submitted", last});
        for (const QString& who : {QStringLiteral("alice"), QStringLiteral("carl"),
                                   QStringLiteral("ada"), PgCluster::superuser()}) {
            auto edit = as(who).exec(
                "UPDATE paceline.amendment_case SET notes = 'after the fact' WHERE id = $1", {id});
            QVERIFY2(!edit.ok && edit.message.contains(QLatin1String("read-only")),
                     qPrintable(who + QStringLiteral(": ") + edit.message));
        }
        QVERIFY(!move(QStringLiteral("carl"), id, "withdrawn").ok);
        auto remove = as(QStringLiteral("ada"))
                          .exec("DELETE FROM paceline.amendment_case WHERE id = $1", {id});
        QVERIFY2(!remove.ok, qPrintable(remove.message));
        auto comment =
            as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'Too late?')",
                      {id});
        QVERIFY2(comment.message.contains(QLatin1String("read-only")), qPrintable(comment.message));
        auto signoff =
            as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_signoff (case_id, verdict) VALUES ($1, 'approve')",
                      {id});
        QVERIFY2(signoff.message.contains(QLatin1String("read-only")), qPrintable(signoff.message));
        QCOMPARE(caseField(id, "status"), QString::fromLatin1(last));
        QCOMPARE(caseField(id, "notes"), QString());
    }

    void aSignoffIsInsertOnlyAndByItsAuthor()
    {
        const QByteArray id = newCase(QStringLiteral("alice"), "Signed");
        bringTo(id, {"in_review"});
        auto own = as(QStringLiteral("rita"))
                       .exec("INSERT INTO paceline.case_signoff (case_id, verdict, comment) VALUES "
                             "($1, 'approve', "
                             "'Fine by me') RETURNING id, reviewer, revision",
                             {id});
        QVERIFY2(own.ok, qPrintable(own.message));
        QCOMPARE(own.rows.value(0).value(1), QStringLiteral("rita"));
        QCOMPARE(own.rows.value(0).value(2), caseField(id, "revision"));
        const QByteArray signoff = own.rows.value(0).value(0).toUtf8();

        auto forRob =
            as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_signoff (case_id, verdict, reviewer) VALUES ($1, "
                      "'approve', 'rob')",
                      {id});
        QCOMPARE(forRob.sqlState, QStringLiteral("42501"));
        auto byDrafter =
            as(QStringLiteral("bob"))
                .exec("INSERT INTO paceline.case_signoff (case_id, verdict) VALUES ($1, 'approve')",
                      {id});
        QCOMPARE(byDrafter.sqlState, QStringLiteral("42501"));

        auto update =
            as(QStringLiteral("rita"))
                .exec("UPDATE paceline.case_signoff SET verdict = 'request_changes' WHERE id = $1",
                      {signoff});
        QCOMPARE(update.sqlState, QStringLiteral("42501"));
        auto remove = as(QStringLiteral("rita"))
                          .exec("DELETE FROM paceline.case_signoff WHERE id = $1", {signoff});
        QCOMPARE(remove.sqlState, QStringLiteral("42501"));
        // Not even the owner of the tables: the trigger refuses.
        for (const QByteArray& sql :
             {QByteArray("UPDATE paceline.case_signoff SET verdict = 'request_changes' WHERE id "
                         "= $1"),
              QByteArray("DELETE FROM paceline.case_signoff WHERE id = $1")}) {
            auto o = superuser().exec(sql, {signoff});
            QVERIFY2(o.message.contains(QLatin1String("never changed or removed")),
                     qPrintable(o.message));
        }
        QVERIFY(!superuser().exec("TRUNCATE paceline.case_signoff CASCADE").ok);
        QCOMPARE(superuser().value("SELECT verdict || ':' || reviewer FROM "
                                   "paceline.case_signoff WHERE id = $1",
                                   {signoff}),
                 QStringLiteral("approve:rita"));
    }

    void commentsBelongToTheirAuthors()
    {
        const QByteArray id = newCase(QStringLiteral("alice"), "Commented");
        auto posted =
            as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'Too broad') "
                      "RETURNING id, author",
                      {id});
        QVERIFY2(posted.ok, qPrintable(posted.message));
        QCOMPARE(posted.rows.value(0).value(1), QStringLiteral("rita"));
        const QByteArray comment = posted.rows.value(0).value(0).toUtf8();
        auto forged = as(QStringLiteral("rita"))
                          .exec("INSERT INTO paceline.case_comment (case_id, body, author) VALUES "
                                "($1, 'x', 'carl')",
                                {id});
        QCOMPARE(forged.sqlState, QStringLiteral("42501"));
        auto reworded =
            as(QStringLiteral("alice"))
                .exec("UPDATE paceline.case_comment SET body = 'Fine' WHERE id = $1", {comment});
        QVERIFY2(reworded.message.contains(QLatin1String("only its author")),
                 qPrintable(reworded.message));
        QCOMPARE(as(QStringLiteral("bob"))
                     .exec("UPDATE paceline.case_comment SET resolved_at = now(), resolved_by = "
                           "'bob' WHERE id = $1",
                           {comment})
                     .affected,
                 0);
        QCOMPARE(as(QStringLiteral("alice"))
                     .exec("UPDATE paceline.case_comment SET resolved_at = now(), resolved_by = "
                           "'alice' WHERE id = $1",
                           {comment})
                     .affected,
                 1);
        QCOMPARE(
            superuser().value("SELECT body FROM paceline.case_comment WHERE id = $1", {comment}),
            QStringLiteral("Too broad"));
    }

    void editionsAndTimelineFacts()
    {
        const QByteArray hash(64, 'a');
        auto published =
            as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.list_edition (content_hash, regime_key, regime_name, "
                      "list_key, "
                      "list_name, label, document) VALUES ($1, 'wa', 'Wassenaar Arrangement', "
                      "'wa-dual-use', 'Dual-Use List', 'WA-LIST (23) 1', '{}') RETURNING "
                      "published_by",
                      {hash});
        QVERIFY2(published.ok, qPrintable(published.message));
        QCOMPARE(published.rows.value(0).value(0), QStringLiteral("rita"));
        auto again = as(QStringLiteral("bob"))
                         .exec("INSERT INTO paceline.list_edition (content_hash, regime_key, "
                               "regime_name, list_key, "
                               "list_name, label, document) VALUES ($1, 'wa', 'WA', 'wa-dual-use', "
                               "'DUL', 'x', '{}')",
                               {hash});
        QCOMPARE(again.sqlState, QStringLiteral("23505"));
        auto rewrite = superuser().exec(
            "UPDATE paceline.list_edition SET label = 'other' WHERE content_hash = $1", {hash});
        QVERIFY2(rewrite.message.contains(QLatin1String("never changes")),
                 qPrintable(rewrite.message));
        auto byReviewer =
            as(QStringLiteral("rita"))
                .exec(
                    "INSERT INTO paceline.technology (label, name) VALUES ('quantum', 'Quantum')");
        QCOMPARE(byReviewer.sqlState, QStringLiteral("42501"));
        QVERIFY(as(QStringLiteral("alice"))
                    .exec("INSERT INTO paceline.technology (label, name) VALUES ('quantum', "
                          "'Quantum computing')")
                    .ok);
    }

    void theAuditLogIsAppendOnly()
    {
        QVERIFY(superuser().value("SELECT count(*) FROM paceline.audit_log").toInt() > 10);
        for (const QString& who : {QStringLiteral("rita"), QStringLiteral("ada")}) {
            for (const QByteArray& sql :
                 {QByteArray("UPDATE paceline.audit_log SET actor = 'nobody' WHERE id = 1"),
                  QByteArray("DELETE FROM paceline.audit_log WHERE id = 1"),
                  QByteArray("INSERT INTO paceline.audit_log (id, at, actor, entity, entity_id, "
                             "action, prev_hash, hash) VALUES (0, now(), 'x', 'x', 'x', 'x', "
                             "'x', 'x')"),
                  QByteArray("TRUNCATE paceline.audit_log")}) {
                auto o = as(who).exec(sql);
                QVERIFY2(!o.ok && o.sqlState == QLatin1String("42501"),
                         qPrintable(who + QStringLiteral(": ") + o.message));
            }
        }
        for (const QByteArray& sql :
             {QByteArray("UPDATE paceline.audit_log SET actor = 'nobody' WHERE id = 1"),
              QByteArray("DELETE FROM paceline.audit_log WHERE id = 1"),
              QByteArray("TRUNCATE paceline.audit_log")}) {
            auto o = superuser().exec(sql);
            QVERIFY2(o.message.contains(QLatin1String("append-only")), qPrintable(o.message));
        }
    }

    void theAuditChainIsComputedByTheServer()
    {
        auto verdict = superuser().exec("SELECT rows_checked, first_broken_id IS NULL, problem "
                                        "FROM paceline.verify_audit_log()");
        QVERIFY2(verdict.ok, qPrintable(verdict.message));
        QCOMPARE(verdict.rows.value(0).value(1), QStringLiteral("t"));
        const QString rows = verdict.rows.value(0).value(0);
        QCOMPARE(superuser().value("SELECT count(*) || '/' || max(id) FROM paceline.audit_log"),
                 rows + QLatin1Char('/') + rows);
        // The actors are who logged in, whatever a client claims.
        QCOMPARE(superuser().value("SELECT string_agg(DISTINCT actor, ',' ORDER BY actor) "
                                   "FROM paceline.audit_log"),
                 QStringLiteral("alice,carl,rita"));
        // A reviewer verifies the chain too, and with the local audit log's own scheme.
        auto last =
            as(QStringLiteral("rita"))
                .exec("SELECT prev_hash, to_char(at AT TIME ZONE 'UTC', "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor, entity, entity_id, action, "
                      "detail::text, hash FROM paceline.audit_log ORDER BY id DESC LIMIT 1");
        QVERIFY2(last.ok, qPrintable(last.message));
        const QStringList r = last.rows.value(0);
        QCOMPARE(AuditLog::hashRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6]), r[7]);
        QCOMPARE(as(QStringLiteral("rita"))
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
        PgSession& s = superuser();
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
        const QByteArray id = newCase(QStringLiteral("alice"), "Busy");
        PgSession first(m_cluster.conninfo(QStringLiteral("rita"), QStringLiteral("team")));
        PgSession second(m_cluster.conninfo(QStringLiteral("rob"), QStringLiteral("team")));
        QVERIFY(first.exec("BEGIN").ok);
        QVERIFY(first
                    .exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, "
                          "'first')",
                          {id})
                    .ok);
        QVERIFY(second.send("INSERT INTO paceline.case_comment (case_id, body) VALUES (" + id +
                            ", 'second')"));
        // rob's audit row waits for rita's transaction: the chain's end is locked.
        QTRY_COMPARE_WITH_TIMEOUT(superuser().value("SELECT count(*) FROM pg_stat_activity "
                                                    "WHERE usename = 'rob' AND "
                                                    "wait_event_type = 'Lock'"),
                                  QStringLiteral("1"), 20000);
        QVERIFY(first.exec("COMMIT").ok);
        const auto late = second.result();
        QVERIFY2(late.ok, qPrintable(late.message));
        QCOMPARE(superuser().value("SELECT string_agg(actor, ',' ORDER BY id) FROM (SELECT id, "
                                   "actor FROM paceline.audit_log ORDER BY id DESC LIMIT 2) t"),
                 QStringLiteral("rita,rob"));
        QCOMPARE(superuser().value("SELECT first_broken_id IS NULL FROM "
                                   "paceline.verify_audit_log()"),
                 QStringLiteral("t"));
    }

    void aRepeatableReadWriterRetriesRatherThanForks()
    {
        const QByteArray id = newCase(QStringLiteral("alice"), "Snapshot");
        PgSession first(m_cluster.conninfo(QStringLiteral("rita"), QStringLiteral("team")));
        PgSession second(m_cluster.conninfo(QStringLiteral("rob"), QStringLiteral("team")));
        QVERIFY(second.exec("BEGIN ISOLATION LEVEL REPEATABLE READ").ok);
        QVERIFY(second.exec("SELECT count(*) FROM paceline.audit_log").ok); // takes the snapshot
        QVERIFY(
            first.exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'now')", {id})
                .ok);
        const auto stale = second.exec(
            "INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'from the past')", {id});
        QCOMPARE(stale.sqlState, QStringLiteral("40001")); // serialization failure: retry
        QVERIFY(second.exec("ROLLBACK").ok);
        QCOMPARE(superuser().value("SELECT first_broken_id IS NULL FROM "
                                   "paceline.verify_audit_log()"),
                 QStringLiteral("t"));
    }

    void cleanupTestCase()
    {
        m_sessions.clear();
        m_cluster.stop();
    }
};

QTEST_GUILESS_MAIN(TestTeamPolicies)
#include "tst_teampolicies.moc"
