#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace paceline::cli {

// A command as typed: `paceline-cli --db FILE case export 3 --out x.md` is the words
// {"case", "export"}, the arguments {"3", "--out", "x.md"} and the database FILE.
struct Invocation {
    QStringList words;
    QStringList args;
    QString database; // --db before the command words; empty for the default
    // For --help-all: print the command's part of the manual (helpSection()) and stop.
    bool manual = false;
};

// The command line of one command, git-style: QCommandLineParser reads its options and
// arguments; --help prints its help; a usage error names the option or the command and exits
// 2. Every command also takes --db, so that it may follow the command too.
class CommandLine {
public:
    // synopsis follows the command words in the usage line ("--list KEY [options]").
    CommandLine(Invocation invocation, const QString& synopsis, const QString& description);

    void addOption(const QCommandLineOption& option);
    // A syntax ending in "..." takes any number of arguments; any other takes one.
    void addArgument(const QString& name, const QString& description, const QString& syntax = {});
    // A command with subcommands: everything after the first argument is the subcommand's,
    // and "--help SUBCOMMAND" is left to the subcommand (see forwardedArguments()).
    void stopAtFirstArgument();
    // Printed after the options and arguments (a list of subcommands, the exit status).
    void setEpilogue(const QString& text) { m_epilogue = text; }

    // Prints the help for --help and the message for a usage error. Returns the exit code
    // when the command is done there, nothing when it should run.
    std::optional<int> parse(QTextStream& out, QTextStream& err);

    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QStringList arguments() const { return m_parser.positionalArguments(); }
    // The subcommand and its arguments, with the --help given before it.
    QStringList forwardedArguments() const;
    const Invocation& invocation() const { return m_invocation; }
    // "case export", for messages.
    QString name() const { return m_invocation.words.join(QLatin1Char(' ')); }
    // The database named by --db after or before the command words (empty if none was).
    QString database() const;
    // database(), else the default.
    QString databasePath() const;
    QString helpText() const;
    // The command in --help-all: a heading, the usage and description indented, then its own
    // options and arguments (--db and --help are the top level's). help2man makes each
    // heading a subsection of the manual page.
    QString helpSection() const;
    // A usage error that names the command and points to its help.
    QString usageMessage(const QString& message) const;

private:
    QString parseErrorMessage() const;

    Invocation m_invocation;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_database;
    QString m_epilogue;
    QString m_description;
    int m_maxArguments = 0; // -1: any number
    bool m_hasSubcommands = false;
};

using Handler = int (*)(const Invocation&, QTextStream&, QTextStream&);

// A command of paceline-cli, or of a command with subcommands (`case export`).
struct Command {
    QString name;
    QString summary; // one line in the list of commands
    Handler run = nullptr;
    std::vector<Command> subcommands = {}; // run == nullptr: a group such as `case`
};

// "  name   summary" lines, the names in one column.
QString commandList(const std::vector<Command>& commands);
// Runs the command the invocation's first argument names; unknown names are usage errors.
int runCommand(const std::vector<Command>& commands, const Invocation& invocation, QTextStream& out,
               QTextStream& err);
// The help of every command and subcommand, each after a heading line, for --help-all.
void printAllHelp(const std::vector<Command>& commands, const QStringList& words, QTextStream& out);

} // namespace paceline::cli
