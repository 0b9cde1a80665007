#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace paceline::test;

// paceline-cli's command line: the help of the program and of each command, and the usage
// errors (exit 2) that name the option or the command. Every command runs against a database
// that does not exist, so that a usage error is told apart from "no database here".
class TestCliHelp : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_absent;

    static QStringList words(const QString& command) { return command.split(QLatin1Char(' ')); }

private slots:
    void initTestCase() { m_absent = m_dir.filePath(QStringLiteral("absent.sqlite")); }

    void helpListsEveryCommandOnOneLine()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: paceline-cli [--db FILE] COMMAND")),
                 qPrintable(help.out));
        for (const char* command : {"init", "import", "export", "stats", "check", "diff", "case",
                                    "search", "pacing", "timeline"}) {
            const QRegularExpression line(
                QStringLiteral("\n  %1 +\\S[^\n]+\n(  \\S|\n)").arg(QLatin1String(command)));
            QVERIFY2(line.match(help.out).hasMatch(), command);
        }
        for (const char* option : {"--db <FILE>", "--help", "--help-all", "--version"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        QVERIFY(help.out.contains(QStringLiteral("2  bad input or a usage error")));
        // Options of commands are in the commands' help, not here.
        QVERIFY(!help.out.contains(QStringLiteral("--regime-name")));
        QCOMPARE(runCli({QStringLiteral("help")}).out, help.out);
        QCOMPARE(runCli({QStringLiteral("-h")}).out, help.out);
    }

    void commandHelpShowsItsOptionsAndArguments_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("synopsis");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("init") << QStringLiteral("init") << QStringLiteral("init [--demo]")
                              << strings({"--demo"});
        QTest::newRow("import") << QStringLiteral("import")
                                << QStringLiteral("import FILE... [options]")
                                << strings({"--format <F>", "--edition <LABEL>", "--list <KEY>",
                                            "--list-name <NAME>", "--regime <KEY>",
                                            "--regime-name <NAME>", "FILE", "wa-doc", "wa-pdf",
                                            "folder", "ecfr-xml", "pdf-text"});
        QTest::newRow("export") << QStringLiteral("export")
                                << QStringLiteral("export --list KEY [options]")
                                << strings({"--list <KEY>", "--edition <LABEL>", "--out <FILE>"});
        QTest::newRow("stats") << QStringLiteral("stats") << QStringLiteral("stats [--json]")
                               << strings({"--json"});
        QTest::newRow("check") << QStringLiteral("check") << QStringLiteral("check")
                               << QStringList();
        QTest::newRow("diff") << QStringLiteral("diff")
                              << QStringLiteral("diff --list KEY --from LABEL --to LABEL")
                              << strings({"--list <KEY>", "--from <LABEL>", "--to <LABEL>",
                                          "--ignore-typography", "--json"});
        QTest::newRow("case") << QStringLiteral("case") << QStringLiteral("case COMMAND")
                              << strings({"list ", "export ", "bundle ", "import "});
        QTest::newRow("case list") << QStringLiteral("case list")
                                   << QStringLiteral("case list [--json]") << strings({"--json"});
        QTest::newRow("case export")
            << QStringLiteral("case export") << QStringLiteral("case export ID --out FILE")
            << strings({"--format <F>", "--out <FILE>", "ID", "pdf, odt, html, md, docx or akn",
                        "--two-column"});
        QTest::newRow("case bundle")
            << QStringLiteral("case bundle") << QStringLiteral("case bundle ID... --out FILE")
            << strings({"--out <FILE>", "ID"});
        QTest::newRow("case import")
            << QStringLiteral("case import") << QStringLiteral("case import FILE")
            << strings({"--resolve <SIDE>", "FILE"});
        QTest::newRow("search") << QStringLiteral("search")
                                << QStringLiteral("search QUERY... [options]")
                                << strings({"--limit <N>", "--json", "--list <KEY>", "--kind <K>",
                                            "--all-editions", "--sensitive", "--very-sensitive",
                                            "QUERY"});
        QTest::newRow("pacing") << QStringLiteral("pacing")
                                << QStringLiteral("pacing [--regime-list KEY] [--json]")
                                << strings({"--regime-list <KEY>", "--json"});
        QTest::newRow("timeline") << QStringLiteral("timeline")
                                  << QStringLiteral("timeline COMMAND") << strings({"export "});
        QTest::newRow("timeline export")
            << QStringLiteral("timeline export") << QStringLiteral("timeline export --dir DIR")
            << strings({"--dir <DIR>"});
    }
    void commandHelpShowsItsOptionsAndArguments()
    {
        QFETCH(QString, command);
        QFETCH(QString, synopsis);
        QFETCH(QStringList, options);
        const CliRun help = runCli(words(command) << QStringLiteral("--help"));
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: paceline-cli [--db FILE] ") + synopsis),
                 qPrintable(help.out));
        for (const QString& option : options)
            QVERIFY2(help.out.contains(option), qPrintable(option + QLatin1Char('\n') + help.out));
        QVERIFY(help.out.contains(QStringLiteral("-h, --help")));
        QVERIFY(help.err.isEmpty());
        // The same page by "help COMMAND", "--help COMMAND" and -h.
        QCOMPARE(runCli(QStringList{QStringLiteral("help")} + words(command)).out, help.out);
        QCOMPARE(runCli(QStringList{QStringLiteral("--help")} + words(command)).out, help.out);
        QCOMPARE(runCli(words(command) << QStringLiteral("-h")).out, help.out);
        // --help-all holds it too, for the manual page (a group by its subcommands).
        if (synopsis.contains(QStringLiteral("COMMAND")))
            return;
        const CliRun all = runCli({QStringLiteral("--help-all")});
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.contains(QLatin1Char('\n') + command +
                                  QStringLiteral(":\n  paceline-cli ") + synopsis),
                 qPrintable(command));
    }

    void unknownOptionNamesItAndTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* command : {"init", "import", "export", "stats", "check", "diff", "case",
                                    "case list", "case export", "case bundle", "case import",
                                    "search", "pacing", "timeline", "timeline export"})
            QTest::newRow(command) << QString::fromUtf8(command);
    }
    void unknownOptionNamesItAndTheCommand()
    {
        QFETCH(QString, command);
        const CliRun r = runCli(QStringList{QStringLiteral("--db"), m_absent} + words(command)
                                << QStringLiteral("--frobnicate"));
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("unknown option --frobnicate for \"%1\"").arg(command)),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("see paceline-cli %1 --help").arg(command)),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(m_absent));
    }

    void missingArgumentNamesWhatIsMissing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("message");
        QTest::newRow("import") << QStringLiteral("import")
                                << QStringLiteral("import needs at least one FILE");
        QTest::newRow("export") << QStringLiteral("export")
                                << QStringLiteral("export needs --list KEY");
        QTest::newRow("diff") << QStringLiteral("diff --list x --from a")
                              << QStringLiteral("diff needs --list KEY --from LABEL --to LABEL");
        QTest::newRow("case") << QStringLiteral("case")
                              << QStringLiteral(
                                     "case needs a subcommand: list, export, bundle, import");
        QTest::newRow("case export") << QStringLiteral("case export --out x.md")
                                     << QStringLiteral("case export needs one case ID or UUID");
        QTest::newRow("case export --out")
            << QStringLiteral("case export 1") << QStringLiteral("case export needs --out FILE");
        QTest::newRow("case bundle") << QStringLiteral("case bundle 1")
                                     << QStringLiteral("case bundle needs case IDs and --out FILE");
        QTest::newRow("case import")
            << QStringLiteral("case import") << QStringLiteral("case import needs one bundle FILE");
        QTest::newRow("search") << QStringLiteral("search")
                                << QStringLiteral("search needs a QUERY");
        QTest::newRow("timeline") << QStringLiteral("timeline")
                                  << QStringLiteral("timeline needs a subcommand: export");
        QTest::newRow("timeline export") << QStringLiteral("timeline export")
                                         << QStringLiteral("timeline export needs --dir DIR");
        QTest::newRow("value of --limit")
            << QStringLiteral("search x --limit")
            << QStringLiteral("missing value after '--limit' for \"search\"");
        QTest::newRow("value of --db")
            << QStringLiteral("stats --db")
            << QStringLiteral("missing value after '--db' for \"stats\"");
        QTest::newRow("extra argument") << QStringLiteral("stats extra")
                                        << QStringLiteral("unexpected argument \"extra\" for "
                                                          "\"stats\"");
        QTest::newRow("second ID") << QStringLiteral("case export 1 2 --out x.md")
                                   << QStringLiteral("unexpected argument \"2\" for \"case "
                                                     "export\"");
        QTest::newRow("value of a flag") << QStringLiteral("stats --json=yes")
                                         << QStringLiteral("unexpected value after '--json'");
        QTest::newRow("unknown subcommand")
            << QStringLiteral("case frob")
            << QStringLiteral("unknown command \"frob\" of \"case\"; see paceline-cli case --help");
    }
    void missingArgumentNamesWhatIsMissing()
    {
        QFETCH(QString, command);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{QStringLiteral("--db"), m_absent} + words(command));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("paceline-cli: ") + message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(m_absent));
    }

    void topLevelUsageErrors()
    {
        const CliRun none = runCli({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains(QStringLiteral("Commands:")));
        const CliRun unknown = runCli({QStringLiteral("--frobnicate"), QStringLiteral("stats")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown option --frobnicate; see "
                                                     "paceline-cli --help")),
                 qPrintable(unknown.err));
        const CliRun noValue = runCli({QStringLiteral("--db")});
        QCOMPARE(noValue.code, 2);
        QVERIFY2(noValue.err.contains(QStringLiteral("missing value after '--db'")),
                 qPrintable(noValue.err));
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("paceline-cli ")));
    }

    // --db before or after the command names the same database; "-word" is a query word.
    void databaseAfterTheCommandAndQueryWordsWithADash()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(
            runCli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db})
                .code,
            0);
        const CliRun before = runCli({QStringLiteral("--db"), db, QStringLiteral("stats")});
        const CliRun after = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QCOMPARE(after.code, 0);
        QCOMPARE(after.out, before.out);
        QVERIFY(after.out.contains(QStringLiteral("Control events: 80")));

        const auto search = [&](const QStringList& query) {
            return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("search")} +
                          query + strings({"--list", "eu-annex-i"}));
        };
        const CliRun with = search(strings({"intrusion", "software"}));
        QVERIFY2(with.out.contains(QStringLiteral("4A005  [entry]")), qPrintable(with.out));
        const CliRun without = search(strings({"intrusion", "software", "-delivery"}));
        QCOMPARE(without.code, 0);
        QVERIFY2(!without.out.contains(QStringLiteral("4A005  [entry]")), qPrintable(without.out));
        QCOMPARE(without.out, search({QStringLiteral("intrusion software -delivery")}).out);
    }

    // help2man makes the manual page from --help-all (cmake/Packaging.cmake): a synopsis,
    // the top-level options, and a subsection per command with its options.
    void manualPageHasEveryCommand()
    {
        const QString help2man = QStandardPaths::findExecutable(QStringLiteral("help2man"));
        if (help2man.isEmpty())
            QSKIP("help2man is not installed (Debian package help2man)");
        const QString page = m_dir.filePath(QStringLiteral("paceline-cli.1"));
        QProcess p;
        p.start(help2man, {QStringLiteral("--no-info"), QStringLiteral("--help-option=--help-all"),
                           QStringLiteral("--version-string=0"), QStringLiteral("--output"), page,
                           QStringLiteral(PACELINE_CLI_PATH)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString man = QString::fromUtf8(readAll(page));
        QVERIFY2(man.contains(QStringLiteral(".SH SYNOPSIS\n.B paceline-cli\n[\\fI\\,--db FILE")),
                 qPrintable(man.left(600)));
        QVERIFY(man.contains(QStringLiteral(".SS \"Commands:\"")));
        QVERIFY(man.contains(QStringLiteral(".SS \"Exit status:\"")));
        for (const char* command :
             {"init", "import", "export", "stats", "check", "diff", "case list", "case export",
              "case bundle", "case import", "search", "pacing", "timeline export"})
            QVERIFY2(man.contains(QStringLiteral(".SS \"%1:\"").arg(QLatin1String(command))),
                     command);
        QVERIFY(man.contains(QStringLiteral("\\fB\\-\\-regime\\-name\\fR")));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
