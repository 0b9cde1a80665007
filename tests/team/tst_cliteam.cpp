#include "PgCluster.h"
#include "TestSupport.h"

#include <QtTest>

using namespace paceline::test;

// paceline-cli team init and team add-user against a throwaway PostgreSQL cluster; what they
// made is checked by connecting with plain libpq as the users they made.
class TestCliTeam : public QObject {
    Q_OBJECT

    PgCluster m_cluster;

    QString team(const QString& user) const
    {
        return m_cluster.conninfo(user, QStringLiteral("team"));
    }
    CliRun addUser(const QString& as, const QString& name, const QString& role)
    {
        return runCli({QStringLiteral("team"), QStringLiteral("add-user"), team(as), name,
                       QStringLiteral("--role"), role});
    }

private slots:
    void initTestCase()
    {
        if (PgCluster::serverBinDir().isEmpty())
            QSKIP("PostgreSQL server binaries are absent (/usr/lib/postgresql/*/bin; Debian "
                  "package postgresql): team command tests skipped");
        m_cluster.setHbaFirstLines({QStringLiteral("local all paula scram-sha-256")});
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        PgSession admin(m_cluster.conninfo(PgCluster::superuser()));
        QVERIFY2(admin.connected(), qPrintable(admin.connectError()));
        QVERIFY(admin.exec("CREATE DATABASE team TEMPLATE template0 ENCODING 'UTF8'").ok);
    }

    void initMakesATeamDatabase()
    {
        const CliRun r =
            runCli({QStringLiteral("team"), QStringLiteral("init"), team(PgCluster::superuser())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("team schema version 0 -> 1")), qPrintable(r.out));
        PgSession s(team(PgCluster::superuser()));
        QCOMPARE(s.value("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                         "WHERE rolname LIKE 'paceline\\_%'"),
                 QStringLiteral("paceline_admin,paceline_chair,paceline_drafter,"
                                "paceline_reviewer"));
        QCOMPARE(s.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'paceline' AND "
                         "rowsecurity"),
                 QStringLiteral("3"));
    }

    void aSecondInitIsHarmless()
    {
        PgSession s(team(PgCluster::superuser()));
        QVERIFY(s.exec("INSERT INTO paceline.technology (label, name) VALUES ('t', 'T')").ok);
        // The URL form this time.
        const CliRun r = runCli({QStringLiteral("team"), QStringLiteral("init"),
                                 m_cluster.url(PgCluster::superuser(), QStringLiteral("team"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("at team schema version 1; nothing to do")),
                 qPrintable(r.out));
        QCOMPARE(s.value("SELECT count(*) FROM paceline.team_schema_version"), QStringLiteral("1"));
        QCOMPARE(s.value("SELECT name FROM paceline.technology WHERE label = 't'"),
                 QStringLiteral("T"));
    }

    void twoInitsAtOnceApplyEachStepOnce()
    {
        PgSession s(m_cluster.conninfo(PgCluster::superuser()));
        QVERIFY(s.exec("CREATE DATABASE twice TEMPLATE template0 ENCODING 'UTF8'").ok);
        const QString url = m_cluster.conninfo(PgCluster::superuser(), QStringLiteral("twice"));
        QProcess first;
        QProcess second;
        for (QProcess* p : {&first, &second})
            p->start(QStringLiteral(PACELINE_CLI_PATH),
                     {QStringLiteral("team"), QStringLiteral("init"), url});
        QString outputs;
        for (QProcess* p : {&first, &second}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            outputs += QString::fromUtf8(p->readAllStandardOutput());
        }
        // One made the schema, the other found it made (or waited for it).
        QCOMPARE(outputs.count(QLatin1String("team schema version 0 -> 1")), 1);
        QCOMPARE(outputs.count(QLatin1String("nothing to do")), 1);
        PgSession twice(m_cluster.conninfo(PgCluster::superuser(), QStringLiteral("twice")));
        QCOMPARE(twice.value("SELECT count(*) FROM paceline.team_schema_version"),
                 QStringLiteral("1"));
    }

    void initNeedsARoleThatMayCreateRoles()
    {
        PgSession s(m_cluster.conninfo(PgCluster::superuser()));
        QVERIFY(s.exec("CREATE ROLE plain LOGIN").ok);
        QVERIFY(s.exec("CREATE DATABASE other TEMPLATE template0 ENCODING 'UTF8' OWNER plain").ok);
        const CliRun r =
            runCli({QStringLiteral("team"), QStringLiteral("init"),
                    m_cluster.conninfo(QStringLiteral("plain"), QStringLiteral("other"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("plain may not create roles")), qPrintable(r.err));
        PgSession other(m_cluster.conninfo(PgCluster::superuser(), QStringLiteral("other")));
        QCOMPARE(other.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'paceline'"),
                 QStringLiteral("0"));
    }

    void addUserGivesTheRolesRights()
    {
        CliRun r =
            addUser(PgCluster::superuser(), QStringLiteral("alice"), QStringLiteral("drafter"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = addUser(PgCluster::superuser(), QStringLiteral("rita"), QStringLiteral("reviewer"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("rita: new login role, now a team reviewer")),
                 qPrintable(r.out));

        PgSession alice(team(QStringLiteral("alice")));
        QVERIFY2(alice.connected(), qPrintable(alice.connectError()));
        const QString id =
            alice.value("INSERT INTO paceline.amendment_case (title, kind) VALUES "
                        "('Cloud-based intrusion tools', 'amend_entry') RETURNING id");
        QVERIFY(!id.isEmpty());

        PgSession rita(team(QStringLiteral("rita")));
        QVERIFY2(rita.connected(), qPrintable(rita.connectError()));
        QCOMPARE(
            rita.value("SELECT title FROM paceline.amendment_case WHERE id = $1", {id.toUtf8()}),
            QStringLiteral("Cloud-based intrusion tools"));
        QVERIFY(rita.exec("INSERT INTO paceline.case_comment (case_id, body) VALUES ($1, 'Why "
                          "cloud?')",
                          {id.toUtf8()})
                    .ok);
        auto update = rita.exec("UPDATE paceline.amendment_case SET title = 'x' WHERE id = $1",
                                {id.toUtf8()});
        QCOMPARE(update.sqlState, QStringLiteral("42501"));
        auto create = rita.exec("INSERT INTO paceline.amendment_case (title, kind) VALUES ('y', "
                                "'amend_entry')");
        QCOMPARE(create.sqlState, QStringLiteral("42501"));
    }

    void addUserAddsARoleToAnExistingUser()
    {
        const CliRun r =
            addUser(PgCluster::superuser(), QStringLiteral("rita"), QStringLiteral("chair"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("rita: existing role, now a team chair")),
                 qPrintable(r.out));
        PgSession s(team(QStringLiteral("rita")));
        QCOMPARE(s.value("SELECT paceline.has_team_role('paceline_chair')"), QStringLiteral("t"));
    }

    void aTeamAdminAddsUsers()
    {
        QVERIFY(
            addUser(PgCluster::superuser(), QStringLiteral("ada"), QStringLiteral("admin")).code ==
            0);
        const CliRun r =
            addUser(QStringLiteral("ada"), QStringLiteral("dora"), QStringLiteral("drafter"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        PgSession dora(team(QStringLiteral("dora")));
        QVERIFY2(dora.connected(), qPrintable(dora.connectError()));
        QCOMPARE(dora.value("SELECT paceline.has_team_role('paceline_drafter')::text || "
                            "paceline.has_team_role('paceline_reviewer')::text"),
                 QStringLiteral("truefalse"));
    }

    void addUserRefusesWhatItMayNotDo()
    {
        CliRun r = addUser(QStringLiteral("alice"), QStringLiteral("eve"), QStringLiteral("admin"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("permission denied for function add_member")),
                 qPrintable(r.err));
        r = addUser(PgCluster::superuser(), QStringLiteral("eve"), QStringLiteral("king"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--role: unknown team role \"king\"")),
                 qPrintable(r.err));
        r = runCli({QStringLiteral("team"), QStringLiteral("add-user"),
                    team(PgCluster::superuser()), QStringLiteral("eve")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("needs --role")), qPrintable(r.err));
        r = addUser(PgCluster::superuser(), QStringLiteral("paceline_admin"),
                    QStringLiteral("reviewer"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("unsuitable user name")), qPrintable(r.err));
        PgSession s(team(PgCluster::superuser()));
        QCOMPARE(s.value("SELECT count(*) FROM pg_roles WHERE rolname = 'eve'"),
                 QStringLiteral("0"));
    }

    void aPasswordComesFromPgpass()
    {
        PgSession s(team(PgCluster::superuser()));
        QVERIFY(s.exec("CREATE ROLE paula LOGIN PASSWORD 'correct horse'").ok);
        QVERIFY(s.exec("GRANT paceline_reviewer TO paula").ok);
        const QStringList check{QStringLiteral("team"), QStringLiteral("check"),
                                team(QStringLiteral("paula"))};
        QTemporaryDir home;
        const QString pgpass = home.filePath(QStringLiteral("pgpass"));
        const QByteArray saved = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", QFile::encodeName(pgpass)); // none yet: no password at all
        CliRun r = runCli(check);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("password")) &&
                     r.err.contains(QLatin1String("~/.pgpass")),
                 qPrintable(r.err));
        writeAll(pgpass, "*:*:team:paula:correct horse\n");
        QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner);
        r = runCli(check);
        if (saved.isNull())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", saved);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("\npaula: reviewer\n")), qPrintable(r.out));
    }

    void checkReportsRolesAndTheChain()
    {
        const auto check = [&](const QString& user) {
            return runCli({QStringLiteral("team"), QStringLiteral("check"), team(user)});
        };
        CliRun r = check(QStringLiteral("rita"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("team schema version 1 (current 1)")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("\nrita: reviewer, chair\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("rows, hash chain intact")), qPrintable(r.out));

        r = check(QStringLiteral("plain"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("permission denied")), qPrintable(r.err));

        // A superuser with the triggers off rewrites a row: check says which.
        PgSession s(team(PgCluster::superuser()));
        QVERIFY(s.exec("SET session_replication_role = replica").ok);
        QVERIFY(s.exec("UPDATE paceline.audit_log SET actor = 'mallory' WHERE id = 2").ok);
        r = check(QStringLiteral("alice"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("audit log: row 2 was changed after it was written")),
                 qPrintable(r.err));
    }

    void anUnreachableServerIsNamed()
    {
        const CliRun r = runCli({QStringLiteral("team"), QStringLiteral("init"),
                                 QStringLiteral("host=/nonexistent-paceline dbname=team")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("team database: connect")), qPrintable(r.err));
    }

    void helpListsTheTeamCommands()
    {
        const CliRun r = runCli({QStringLiteral("team"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("init")));
        QVERIFY(r.out.contains(QLatin1String("add-user")));
        const CliRun all = runCli({QStringLiteral("--help-all")});
        QVERIFY(all.out.contains(QLatin1String("team add-user")));
        QVERIFY(all.out.contains(QLatin1String("team check")));
    }

    void cleanupTestCase() { m_cluster.stop(); }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cliteam.moc"
