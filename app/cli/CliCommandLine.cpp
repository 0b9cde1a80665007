#include "CliCommandLine.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "app/AppPaths.h"

namespace paceline::cli {

namespace {

// The option as the user wrote it ("--lst", "-lst"), for messages; the parser keeps only the
// name.
QString spelled(const QString& name, const QStringList& args)
{
    for (const QString& a : args) {
        const QString option = a.section(QLatin1Char('='), 0, 0);
        if (option == QLatin1Char('-') + name || option == QLatin1String("--") + name)
            return option;
    }
    return QLatin1String("--") + name;
}

// Paragraphs (separated by an empty line) filled to 77 columns, so that --help-all can indent
// them by two and stay within 80.
QString filled(const QString& text)
{
    QStringList paragraphs;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"))) {
        QString lines;
        qsizetype width = 0;
        for (const QString& word : paragraph.simplified().split(QLatin1Char(' '))) {
            if (width > 0 && width + 1 + word.size() > 77) {
                lines += QLatin1Char('\n');
                width = 0;
            } else if (width > 0) {
                lines += QLatin1Char(' ');
                ++width;
            }
            lines += word;
            width += word.size();
        }
        paragraphs << lines;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

CommandLine::CommandLine(Invocation invocation, const QString& synopsis, const QString& description)
    : m_invocation(std::move(invocation))
    , m_synopsis(synopsis)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show this help"))
    , m_database(QStringLiteral("db"),
                 QStringLiteral("database file (default: $PACELINE_DB or the app-data folder)"),
                 QStringLiteral("FILE"))
{
    m_description = filled(description);
    m_parser.setApplicationDescription(m_description);
    if (m_invocation.manual) {
        m_help.setFlags(QCommandLineOption::HiddenFromHelp);
        m_database.setFlags(QCommandLineOption::HiddenFromHelp);
    }
    // "-word" is a long option as much as "--word": there are no clusters of one-letter options.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_database);
    m_parser.addOption(m_help);
}

void CommandLine::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

void CommandLine::addArgument(const QString& name, const QString& description,
                              const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    if (syntax.endsWith(QLatin1String("...")))
        m_maxArguments = -1;
    else if (m_maxArguments >= 0)
        ++m_maxArguments;
}

void CommandLine::stopAtFirstArgument()
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    m_maxArguments = -1;
    m_hasSubcommands = true;
}

QStringList CommandLine::forwardedArguments() const
{
    QStringList args = arguments();
    if (m_parser.isSet(m_help))
        args << QStringLiteral("--help");
    return args;
}

std::optional<int> CommandLine::parse(QTextStream& out, QTextStream& err)
{
    if (m_invocation.manual) {
        out << helpSection();
        return Success;
    }
    // parse() skips its first element, the program name.
    const bool parsed = m_parser.parse(QStringList{name()} + m_invocation.args);
    // "case --help export" is the help of "case export" (forwardedArguments()).
    const bool forSubcommand = m_hasSubcommands && !arguments().isEmpty();
    if (parsed && m_parser.isSet(m_help) && !forSubcommand) {
        out << helpText();
        return Success;
    }
    QString problem;
    if (!parsed)
        problem = parseErrorMessage();
    else if (m_maxArguments >= 0 && arguments().size() > m_maxArguments)
        problem = QStringLiteral("unexpected argument \"%1\"").arg(arguments().at(m_maxArguments));
    if (problem.isEmpty())
        return std::nullopt;
    if (!name().isEmpty())
        problem += QStringLiteral(" for \"%1\"").arg(name());
    return report(err, badInput(usageMessage(problem)));
}

QString CommandLine::parseErrorMessage() const
{
    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return QStringLiteral("unknown option %1").arg(spelled(unknown.first(), m_invocation.args));
    // Qt's own words ("Missing value after '--limit'."), in the style of our messages.
    QString text = m_parser.errorText().trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

QString CommandLine::usageMessage(const QString& message) const
{
    const QString help =
        name().isEmpty() ? QStringLiteral("--help") : name() + QStringLiteral(" --help");
    return QStringLiteral("%1; see paceline-cli %2").arg(message, help);
}

QString CommandLine::database() const
{
    return m_parser.isSet(m_database) ? m_parser.value(m_database) : m_invocation.database;
}

QString CommandLine::databasePath() const
{
    const QString named = database();
    return named.isEmpty() ? defaultDatabasePath() : named;
}

QString CommandLine::helpText() const
{
    QStringList usage{QStringLiteral("Usage: paceline-cli [--db FILE]")};
    if (!name().isEmpty())
        usage << name();
    if (!m_synopsis.isEmpty())
        usage << m_synopsis;
    // Qt's first line names the program by the path it was started with; ours by its name.
    const QString qtHelp = m_parser.helpText();
    QString text = usage.join(QLatin1Char(' ')) + qtHelp.mid(qtHelp.indexOf(QLatin1Char('\n')));
    if (!m_epilogue.isEmpty())
        text += QLatin1Char('\n') + m_epilogue;
    return text;
}

QString CommandLine::helpSection() const
{
    const QString indent(2, QLatin1Char(' '));
    QString text = name() + QStringLiteral(":\n") + indent + QStringLiteral("paceline-cli ") +
                   name() + (m_synopsis.isEmpty() ? QString() : QLatin1Char(' ') + m_synopsis) +
                   QStringLiteral("\n\n");
    for (const QString& line : m_description.split(QLatin1Char('\n')))
        text += (line.isEmpty() ? QString() : indent + line) + QLatin1Char('\n');
    // Qt's options and arguments without their headings: what follows the usage line and the
    // description.
    const QString qtHelp = m_parser.helpText();
    const qsizetype start = qtHelp.indexOf(QLatin1Char('\n')) + m_description.size() + 2;
    for (const QString& line : qtHelp.mid(start).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(' ')))
            text += QLatin1Char('\n') + line;
    }
    return text + QLatin1Char('\n');
}

QString commandList(const std::vector<Command>& commands)
{
    qsizetype width = 0;
    for (const Command& c : commands)
        width = std::max(width, c.name.size());
    QString text;
    for (const Command& c : commands)
        text +=
            QStringLiteral("  ") + c.name.leftJustified(width + 2) + c.summary + QLatin1Char('\n');
    return text;
}

namespace {

int runGroup(const Command& group, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    QString description = group.summary + QLatin1Char('.');
    description[0] = description.at(0).toUpper();
    CommandLine cl(invocation, QStringLiteral("COMMAND [options]"), description);
    cl.stopAtFirstArgument();
    cl.setEpilogue(QStringLiteral("Commands:\n") + commandList(group.subcommands));
    if (const auto done = cl.parse(out, err))
        return *done;
    if (cl.arguments().isEmpty()) {
        QStringList names;
        for (const Command& c : group.subcommands)
            names << c.name;
        return report(
            err, badInput(cl.usageMessage(QStringLiteral("%1 needs a subcommand: %2")
                                              .arg(cl.name(), names.join(QStringLiteral(", "))))));
    }
    return runCommand(group.subcommands, {invocation.words, cl.forwardedArguments(), cl.database()},
                      out, err);
}

} // namespace

int runCommand(const std::vector<Command>& commands, const Invocation& invocation, QTextStream& out,
               QTextStream& err)
{
    const QString name = invocation.args.value(0);
    for (const Command& c : commands) {
        if (c.name != name)
            continue;
        const Invocation own{invocation.words + QStringList{name}, invocation.args.mid(1),
                             invocation.database};
        return c.run ? c.run(own, out, err) : runGroup(c, own, out, err);
    }
    const QString parent = invocation.words.join(QLatin1Char(' '));
    const QString where = parent.isEmpty() ? QString() : QStringLiteral(" of \"%1\"").arg(parent);
    const QString help =
        parent.isEmpty() ? QStringLiteral("--help") : parent + QStringLiteral(" --help");
    return report(err, badInput(QStringLiteral("unknown command \"%1\"%2; see paceline-cli %3")
                                    .arg(name, where, help)));
}

void printAllHelp(const std::vector<Command>& commands, const QStringList& words, QTextStream& out)
{
    QTextStream errors(stderr); // a manual section prints no error
    for (const Command& c : commands) {
        const QStringList own = words + QStringList{c.name};
        if (!c.run) {
            printAllHelp(c.subcommands, own, out);
            continue;
        }
        out << Qt::endl;
        c.run({own, {}, {}, true}, out, errors);
    }
}

} // namespace paceline::cli
