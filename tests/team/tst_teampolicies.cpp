#include "TeamTestDatabase.h"

#include "team/PgConnection.h"
#include "team/TeamSchema.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// Every rule of the team database about cases and their review, checked by speaking SQL to the
// server as each role through plain libpq: whatever a client does, the server refuses what the
// role may not do. The audit log's rules are tst_teamaudit's.
class TestTeamPolicies : public QObject {
    Q_OBJECT

    TeamTestDatabase m_team;

private slots:
    void initTestCase()
    {
        if (PgCluster::serverBinDir().isEmpty())
            QSKIP("PostgreSQL server binaries are absent (/usr/lib/postgresql/*/bin; Debian "
                  "package postgresql): team database tests skipped");
        QVERIFY2(m_team.start(), qPrintable(m_team.error()));
    }

    void aSecondInitChangesNothing()
    {
        const QByteArray objects =
            "SELECT (SELECT count(*) FROM pg_policies WHERE schemaname = 'paceline') || '/' || "
            "(SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'paceline') || '/' "
            "|| (SELECT count(*) FROM paceline.team_schema_version)";
        const QString before = m_team.superuser().value(objects);
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Kept across init");
        auto conn = PgConnection::open(m_team.conninfo(PgCluster::superuser()));
        QVERIFY(conn);
        auto again = initTeamDatabase(**conn);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
        QVERIFY(again->applied.isEmpty());
        QCOMPARE(again->fromVersion, currentTeamSchemaVersion());
        QCOMPARE(m_team.superuser().value(objects), before);
        QCOMPARE(m_team.caseField(id, "title"), QStringLiteral("Kept across init"));
    }

    void eachLaterStepAppliesInItsOwnTransaction()
    {
        auto conn = PgConnection::open(m_team.conninfo(PgCluster::superuser()));
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
        QCOMPARE(m_team.superuser().value("SELECT max(version) FROM paceline.team_schema_version"),
                 QStringLiteral("2"));
        QCOMPARE(m_team.superuser().value("SELECT to_regclass('paceline.step_two') IS NOT NULL AND "
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
        QVERIFY(m_team.superuser().exec("DROP TABLE paceline.step_two").ok);
        QVERIFY(m_team.superuser()
                    .exec("DELETE FROM paceline.team_schema_version WHERE version = 2")
                    .ok);
    }

    void aDrafterCreatesOnlyOwnDrafts()
    {
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Own draft");
        QCOMPARE(m_team.caseField(id, "author"), QStringLiteral("alice"));
        QCOMPARE(m_team.caseField(id, "status"), QStringLiteral("draft"));
        QCOMPARE(m_team.superuser().value("SELECT actor || ':' || to_status FROM "
                                          "paceline.case_status_history WHERE case_id = $1",
                                          {id}),
                 QStringLiteral("alice:draft"));
        auto forOther = m_team.as(QStringLiteral("alice"))
                            .exec("INSERT INTO paceline.amendment_case (title, kind, author) "
                                  "VALUES ('Ghost', 'amend_entry', 'bob')");
        QVERIFY(!forOther.ok);
        QCOMPARE(forOther.sqlState, QStringLiteral("42501"));
        QVERIFY2(forOther.message.contains(QLatin1String("row-level security")),
                 qPrintable(forOther.message));
        auto approved = m_team.as(QStringLiteral("alice"))
                            .exec("INSERT INTO paceline.amendment_case (title, kind, status) "
                                  "VALUES ('Shortcut', 'amend_entry', 'approved')");
        QCOMPARE(approved.sqlState, QStringLiteral("42501"));
        auto byReviewer = m_team.as(QStringLiteral("rita"))
                              .exec("INSERT INTO paceline.amendment_case (title, kind) "
                                    "VALUES ('Reviewer''s own', 'amend_entry')");
        QCOMPARE(byReviewer.sqlState, QStringLiteral("42501"));
        QVERIFY2(byReviewer.message.contains(QLatin1String("permission denied")),
                 qPrintable(byReviewer.message));
    }

    void aReviewerCannotUpdateAProposal()
    {
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Reviewed, not rewritten");
        auto update = m_team.as(QStringLiteral("rita"))
                          .exec("UPDATE paceline.amendment_case SET proposed_text = 'Mine now' "
                                "WHERE id = $1",
                                {id});
        QVERIFY(!update.ok);
        QCOMPARE(update.sqlState, QStringLiteral("42501"));
        QVERIFY2(update.message.contains(QLatin1String("permission denied for table "
                                                       "amendment_case")),
                 qPrintable(update.message));
        auto remove = m_team.as(QStringLiteral("rita"))
                          .exec("DELETE FROM paceline.amendment_case WHERE id = $1", {id});
        QCOMPARE(remove.sqlState, QStringLiteral("42501"));
        QCOMPARE(m_team.caseField(id, "proposed_text"),
                 QStringLiteral("Systems for intrusion software."));
    }

    void aDrafterEditsOnlyOwnCases()
    {
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Alice's");
        // Row-level security hides the row from bob's UPDATE: nothing changes.
        auto byBob = m_team.as(QStringLiteral("bob"))
                         .exec("UPDATE paceline.amendment_case SET proposed_text = 'Bob was here' "
                               "WHERE id = $1",
                               {id});
        QVERIFY2(byBob.ok, qPrintable(byBob.message));
        QCOMPARE(byBob.affected, 0);
        QCOMPARE(m_team.move(QStringLiteral("bob"), id, "in_review").affected, 0);
        QCOMPARE(m_team.caseField(id, "proposed_text"),
                 QStringLiteral("Systems for intrusion software."));
        QCOMPARE(m_team.caseField(id, "status"), QStringLiteral("draft"));

        auto byAlice =
            m_team.as(QStringLiteral("alice"))
                .exec(
                    "UPDATE paceline.amendment_case SET proposed_text = 'Intrusion software only.' "
                    "WHERE id = $1",
                    {id});
        QCOMPARE(byAlice.affected, 1);
        QCOMPARE(m_team.caseField(id, "revision"), QStringLiteral("2"));
        QCOMPARE(m_team.caseField(id, "version"), QStringLiteral("2"));
        QCOMPARE(
            m_team.superuser().value("SELECT string_agg(revision || ':' || author, ',' ORDER BY "
                                     "revision) FROM paceline.case_revision WHERE case_id = $1",
                                     {id}),
            QStringLiteral("1:alice,2:alice"));
        auto author =
            m_team.as(QStringLiteral("alice"))
                .exec("UPDATE paceline.amendment_case SET author = 'bob' WHERE id = $1", {id});
        QVERIFY(!author.ok);
        QCOMPARE(m_team.caseField(id, "author"), QStringLiteral("alice"));
    }

    void theWorkflowMovesByRole()
    {
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Workflow");
        auto skip = m_team.move(QStringLiteral("carl"), id, "approved");
        QCOMPARE(skip.sqlState, QStringLiteral("23514"));
        QVERIFY2(skip.message.contains(QLatin1String("cannot go from draft to approved")),
                 qPrintable(skip.message));
        QCOMPARE(m_team.move(QStringLiteral("alice"), id, "in_review").affected, 1);
        auto locked =
            m_team.as(QStringLiteral("alice"))
                .exec(
                    "UPDATE paceline.amendment_case SET proposed_text = 'Late edit' WHERE id = $1",
                    {id});
        QVERIFY2(locked.message.contains(QLatin1String("locked")), qPrintable(locked.message));
        auto selfApproval = m_team.move(QStringLiteral("alice"), id, "approved");
        QVERIFY2(selfApproval.message.contains(QLatin1String("only a chair")),
                 qPrintable(selfApproval.message));
        QCOMPARE(m_team.move(QStringLiteral("rita"), id, "approved").sqlState,
                 QStringLiteral("42501"));
        QCOMPARE(m_team.move(QStringLiteral("carl"), id, "approved").affected, 1);
        auto chairEdit =
            m_team.as(QStringLiteral("carl"))
                .exec("UPDATE paceline.amendment_case SET title = 'Chair''s title' WHERE id = $1",
                      {id});
        QVERIFY2(chairEdit.message.contains(QLatin1String("only its author")),
                 qPrintable(chairEdit.message));
        auto noReason = m_team.move(QStringLiteral("carl"), id, "draft");
        QVERIFY2(noReason.message.contains(QLatin1String("reason")), qPrintable(noReason.message));
        QCOMPARE(m_team.move(QStringLiteral("carl"), id, "draft", "scope too wide").affected, 1);
        QCOMPARE(m_team.superuser().value(
                     "SELECT string_agg(coalesce(from_status, '-') || '>' || "
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
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Closed " + last);
        QCOMPARE(m_team.bringTo(id, {"in_review", "approved", "submitted", last}), QString());
        for (const QString& who : {QStringLiteral("alice"), QStringLiteral("carl"),
                                   QStringLiteral("ada"), PgCluster::superuser()}) {
            auto edit = m_team.as(who).exec(
                "UPDATE paceline.amendment_case SET notes = 'after the fact' WHERE id = $1", {id});
            QVERIFY2(!edit.ok && edit.message.contains(QLatin1String("read-only")),
                     qPrintable(who + QStringLiteral(": ") + edit.message));
        }
        QVERIFY(!m_team.move(QStringLiteral("carl"), id, "withdrawn").ok);
        auto remove = m_team.as(QStringLiteral("ada"))
                          .exec("DELETE FROM paceline.amendment_case WHERE id = $1", {id});
        QVERIFY2(!remove.ok, qPrintable(remove.message));
        auto comment =
            m_team.as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'Too late?')",
                      {id});
        QVERIFY2(comment.message.contains(QLatin1String("read-only")), qPrintable(comment.message));
        auto signoff =
            m_team.as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_signoff (case_id, verdict) VALUES ($1, 'approve')",
                      {id});
        QVERIFY2(signoff.message.contains(QLatin1String("read-only")), qPrintable(signoff.message));
        QCOMPARE(m_team.caseField(id, "status"), QString::fromLatin1(last));
        QCOMPARE(m_team.caseField(id, "notes"), QString());
    }

    void aSignoffIsInsertOnlyAndByItsAuthor()
    {
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Signed");
        QCOMPARE(m_team.bringTo(id, {"in_review"}), QString());
        auto own = m_team.as(QStringLiteral("rita"))
                       .exec("INSERT INTO paceline.case_signoff (case_id, verdict, comment) VALUES "
                             "($1, 'approve', "
                             "'Fine by me') RETURNING id, reviewer, revision",
                             {id});
        QVERIFY2(own.ok, qPrintable(own.message));
        QCOMPARE(own.rows.value(0).value(1), QStringLiteral("rita"));
        QCOMPARE(own.rows.value(0).value(2), m_team.caseField(id, "revision"));
        const QByteArray signoff = own.rows.value(0).value(0).toUtf8();

        auto forRob =
            m_team.as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_signoff (case_id, verdict, reviewer) VALUES ($1, "
                      "'approve', 'rob')",
                      {id});
        QCOMPARE(forRob.sqlState, QStringLiteral("42501"));
        auto byDrafter =
            m_team.as(QStringLiteral("bob"))
                .exec("INSERT INTO paceline.case_signoff (case_id, verdict) VALUES ($1, 'approve')",
                      {id});
        QCOMPARE(byDrafter.sqlState, QStringLiteral("42501"));

        auto update =
            m_team.as(QStringLiteral("rita"))
                .exec("UPDATE paceline.case_signoff SET verdict = 'request_changes' WHERE id = $1",
                      {signoff});
        QCOMPARE(update.sqlState, QStringLiteral("42501"));
        auto remove = m_team.as(QStringLiteral("rita"))
                          .exec("DELETE FROM paceline.case_signoff WHERE id = $1", {signoff});
        QCOMPARE(remove.sqlState, QStringLiteral("42501"));
        // Not even the owner of the tables: the trigger refuses.
        for (const QByteArray& sql :
             {QByteArray("UPDATE paceline.case_signoff SET verdict = 'request_changes' WHERE id "
                         "= $1"),
              QByteArray("DELETE FROM paceline.case_signoff WHERE id = $1")}) {
            auto o = m_team.superuser().exec(sql, {signoff});
            QVERIFY2(o.message.contains(QLatin1String("never changed or removed")),
                     qPrintable(o.message));
        }
        QVERIFY(!m_team.superuser().exec("TRUNCATE paceline.case_signoff CASCADE").ok);
        QCOMPARE(m_team.superuser().value("SELECT verdict || ':' || reviewer FROM "
                                          "paceline.case_signoff WHERE id = $1",
                                          {signoff}),
                 QStringLiteral("approve:rita"));
    }

    void commentsBelongToTheirAuthors()
    {
        const QByteArray id = m_team.newCase(QStringLiteral("alice"), "Commented");
        auto posted =
            m_team.as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'Too broad') "
                      "RETURNING id, author",
                      {id});
        QVERIFY2(posted.ok, qPrintable(posted.message));
        QCOMPARE(posted.rows.value(0).value(1), QStringLiteral("rita"));
        const QByteArray comment = posted.rows.value(0).value(0).toUtf8();
        auto forged = m_team.as(QStringLiteral("rita"))
                          .exec("INSERT INTO paceline.case_comment (case_id, body, author) VALUES "
                                "($1, 'x', 'carl')",
                                {id});
        QCOMPARE(forged.sqlState, QStringLiteral("42501"));
        auto reworded =
            m_team.as(QStringLiteral("alice"))
                .exec("UPDATE paceline.case_comment SET body = 'Fine' WHERE id = $1", {comment});
        QVERIFY2(reworded.message.contains(QLatin1String("only its author")),
                 qPrintable(reworded.message));
        QCOMPARE(m_team.as(QStringLiteral("bob"))
                     .exec("UPDATE paceline.case_comment SET resolved_at = now(), resolved_by = "
                           "'bob' WHERE id = $1",
                           {comment})
                     .affected,
                 0);
        QCOMPARE(m_team.as(QStringLiteral("alice"))
                     .exec("UPDATE paceline.case_comment SET resolved_at = now(), resolved_by = "
                           "'carl' WHERE id = $1",
                           {comment})
                     .affected,
                 1);
        // The case's author resolved it, whoever the client named.
        QCOMPARE(m_team.superuser().value("SELECT body || ':' || resolved_by FROM "
                                          "paceline.case_comment WHERE id = $1",
                                          {comment}),
                 QStringLiteral("Too broad:alice"));
        QVERIFY(m_team.as(QStringLiteral("rita"))
                    .exec("UPDATE paceline.case_comment SET resolved_by = 'rob' WHERE id = $1",
                          {comment})
                    .ok);
        QCOMPARE(m_team.superuser().value(
                     "SELECT resolved_by FROM paceline.case_comment WHERE id = $1", {comment}),
                 QStringLiteral("alice"));
    }

    void editionsAndTimelineFacts()
    {
        const QByteArray hash(64, 'a');
        auto published =
            m_team.as(QStringLiteral("rita"))
                .exec("INSERT INTO paceline.list_edition (content_hash, regime_key, regime_name, "
                      "list_key, "
                      "list_name, label, document) VALUES ($1, 'wa', 'Wassenaar Arrangement', "
                      "'wa-dual-use', 'Dual-Use List', 'WA-LIST (23) 1', '{}') RETURNING "
                      "published_by",
                      {hash});
        QVERIFY2(published.ok, qPrintable(published.message));
        QCOMPARE(published.rows.value(0).value(0), QStringLiteral("rita"));
        auto again = m_team.as(QStringLiteral("bob"))
                         .exec("INSERT INTO paceline.list_edition (content_hash, regime_key, "
                               "regime_name, list_key, "
                               "list_name, label, document) VALUES ($1, 'wa', 'WA', 'wa-dual-use', "
                               "'DUL', 'x', '{}')",
                               {hash});
        QCOMPARE(again.sqlState, QStringLiteral("23505"));
        auto rewrite = m_team.superuser().exec(
            "UPDATE paceline.list_edition SET label = 'other' WHERE content_hash = $1", {hash});
        QVERIFY2(rewrite.message.contains(QLatin1String("never changes")),
                 qPrintable(rewrite.message));
        auto byReviewer =
            m_team.as(QStringLiteral("rita"))
                .exec(
                    "INSERT INTO paceline.technology (label, name) VALUES ('quantum', 'Quantum')");
        QCOMPARE(byReviewer.sqlState, QStringLiteral("42501"));
        QVERIFY(m_team.as(QStringLiteral("alice"))
                    .exec("INSERT INTO paceline.technology (label, name) VALUES ('quantum', "
                          "'Quantum computing')")
                    .ok);
    }

    void cleanupTestCase() { m_team.stop(); }
};

QTEST_GUILESS_MAIN(TestTeamPolicies)
#include "tst_teampolicies.moc"
