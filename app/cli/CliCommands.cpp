#include "CliCommands.h"
#include "CliCase.h"
#include "CliCommandLine.h"
#include "CliDiff.h"
#include "CliPacing.h"
#include "CliSearch.h"
#include "CliSupport.h"
#include "CliTeam.h"
#include "CliTimeline.h"

#include "audit/AuditLog.h"
#include "demo/DemoDataset.h"
#include "io/BatchImport.h"
#include "io/ImportService.h"
#include "io/ListExport.h"
#include "lists/ListJsonWriter.h"
#include "lists/ListStore.h"
#include "stats/DatabaseStats.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QJsonDocument>

#include <memory>

namespace paceline::cli {

namespace {

int cmdInit(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("[--demo]"),
                   QStringLiteral("Create the database, or open an existing one and bring it to "
                                  "the current schema."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("fill the new database with the demo dataset (an empty database only)"));
    cl.addOption(demo);
    if (const auto done = cl.parse(out, err))
        return *done;
    auto db = openDatabase(cl.databasePath(), true, true);
    if (!db)
        return report(err, db.error());
    out << "Database " << (*db)->path() << " at schema version " << (*db)->userVersion()
        << Qt::endl;
    if (!cl.isSet(demo))
        return Success;
    auto has = databaseHasContent(**db);
    if (!has)
        return report(err, has.error());
    if (has.value())
        return report(err,
                      badInput(QStringLiteral("already holds data; the demo dataset goes into an "
                                              "empty database only"),
                               (*db)->path()));
    auto installed = installDemoDataset(**db);
    if (!installed)
        return report(err, installed.error());
    out << "Demo dataset installed: " << installed->editions << " list editions, "
        << installed->timelineRows << " timeline rows, " << installed->cases << " cases"
        << Qt::endl;
    return Success;
}

const char kImportDescription[] =
    R"(Import paceline.list JSON or timeline CSV files, eCFR XML of the Commerce
Control List (15 CFR 774, Supplement 1), list documents as PDF (EUR-Lex Annex I and the like) or as text
from `pdftotext -layout`, and Wassenaar editions: a folder of the
Secretariat's Word chapter files (or the .doc files themselves, which make one
edition together) or its official PDF.

Each FILE is imported in its own transaction, in the order given: the files
before a failure stay imported, the failing file changes nothing, and the
files after it are not attempted (the chapter files of one Wassenaar edition
count as one file).)";

int cmdImport(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("FILE... [options]"), QString::fromUtf8(kImportDescription));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("auto, %1; auto (the default) goes by the extension: .json .csv .xml "
                       ".txt, a folder or .doc is wa-doc, and a .pdf is wa-pdf when it carries "
                       "the WA-LIST reference, else pdf")
            .arg(importFormatNames().join(QStringLiteral(", "))),
        QStringLiteral("F"), QStringLiteral("auto"));
    const QCommandLineOption edition(
        QStringLiteral("edition"),
        QStringLiteral("edition label for ecfr-xml, pdf, pdf-text (default: \"eCFR DATE\" or the "
                       "file name); for wa-doc and wa-pdf it replaces the label the document "
                       "gives (\"WA-LIST (13) 1\")"),
        QStringLiteral("LABEL"));
    const QCommandLineOption list(
        QStringLiteral("list"),
        QStringLiteral("the list a pdf or pdf-text document belongs to (default: from the file "
                       "name); a Wassenaar edition always fills the lists wa-dual-use and "
                       "wa-munitions of regime \"wa\""),
        QStringLiteral("KEY"));
    const QCommandLineOption listName(QStringLiteral("list-name"),
                                      QStringLiteral("that list's name (default: from the file "
                                                     "name)"),
                                      QStringLiteral("NAME"));
    const QCommandLineOption regime(QStringLiteral("regime"),
                                    QStringLiteral("the regime of that list (default: other)"),
                                    QStringLiteral("KEY"));
    const QCommandLineOption regimeName(QStringLiteral("regime-name"),
                                        QStringLiteral("that regime's name"),
                                        QStringLiteral("NAME"));
    for (const QCommandLineOption& o : {format, edition, list, listName, regime, regimeName})
        cl.addOption(o);
    cl.addArgument(QStringLiteral("FILE"), QStringLiteral("a file or a folder to import"),
                   QStringLiteral("FILE..."));
    if (const auto done = cl.parse(out, err))
        return *done;
    ImportOptions options;
    options.editionLabel = cl.value(edition);
    options.listKey = cl.value(list);
    options.listName = cl.value(listName);
    options.regimeKey = cl.value(regime);
    options.regimeName = cl.value(regimeName);
    const QStringList files = cl.arguments();
    if (files.isEmpty())
        return report(err,
                      badInput(cl.usageMessage(QStringLiteral("import needs at least one FILE"))));
    const auto chosen = importFormatFromName(cl.value(format));
    if (!chosen)
        return report(err, badInput(QStringLiteral("unknown format \"%1\"; choose %2")
                                        .arg(cl.value(format),
                                             importFormatNames().join(QStringLiteral(", "))),
                                    QStringLiteral("--format")));
    auto db = openDatabase(cl.databasePath(), true, true);
    if (!db)
        return report(err, db.error());
    const BatchImportOutcome done =
        importFiles(**db, files, *chosen, options, [&](const ImportReport& r) {
            for (const QString& w : r.warnings)
                err << "warning: " << w << Qt::endl;
            out << r.summary << Qt::endl;
        });
    if (done.ok())
        return Success;
    // batchImportRule(): the files before the failure stay; say which were not attempted.
    const int code = report(err, *done.error);
    for (const QString& path : done.notAttempted)
        err << "paceline-cli: " << path << ": not attempted" << Qt::endl;
    if (!done.reports.isEmpty())
        err << "paceline-cli: the " << done.reports.size()
            << " file(s) imported before the failure stay imported" << Qt::endl;
    return code;
}

int cmdExport(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("--list KEY [options]"),
                   QStringLiteral("Write a list edition as paceline.list JSON."));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("the list (see \"stats\" for the keys)"),
                                  QStringLiteral("KEY"));
    const QCommandLineOption edition(
        QStringLiteral("edition"), QStringLiteral("the edition; needed when the list has several"),
        QStringLiteral("LABEL"));
    const QCommandLineOption target(QStringLiteral("out"),
                                    QStringLiteral("the file to write (default and -: stdout)"),
                                    QStringLiteral("FILE"));
    for (const QCommandLineOption& o : {list, edition, target})
        cl.addOption(o);
    if (const auto done = cl.parse(out, err))
        return *done;
    if (cl.value(list).isEmpty())
        return report(err, badInput(cl.usageMessage(QStringLiteral(
                               "export needs --list KEY; \"stats\" shows the keys"))));
    auto db = openDatabase(cl.databasePath(), false, false);
    if (!db)
        return report(err, db.error());
    ListStore store(**db);
    auto found = store.findEdition(cl.value(list), cl.value(edition));
    if (!found)
        return report(err, found.error());
    const QString file = cl.value(target);
    if (file.isEmpty() || file == QLatin1String("-")) {
        auto doc = store.loadEdition(found->id);
        if (!doc)
            return report(err, doc.error());
        out << QString::fromUtf8(writeListJson(doc.value()));
        return Success;
    }
    auto written = exportEditionJson(**db, found->id, file);
    if (!written)
        return report(err, written.error());
    out << "Wrote " << written.value() << " nodes of \"" << found->label << "\" to " << file
        << Qt::endl;
    return Success;
}

int cmdStats(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("[--json]"),
                   QStringLiteral("Counts per list, edition and node kind; the timeline and the "
                                  "cases."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("write JSON"));
    cl.addOption(json);
    if (const auto done = cl.parse(out, err))
        return *done;
    auto db = openDatabase(cl.databasePath(), false, false);
    if (!db)
        return report(err, db.error());
    auto stats = collectStats(**db);
    if (!stats)
        return report(err, stats.error());
    if (cl.isSet(json))
        out << QString::fromUtf8(
            QJsonDocument(statsToJson(stats.value())).toJson(QJsonDocument::Indented));
    else
        out << statsToText(stats.value());
    return Success;
}

int cmdCheck(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, {},
                   QStringLiteral("Check the database: integrity, schema version and the hash "
                                  "chain of the audit log."));
    if (const auto done = cl.parse(out, err))
        return *done;
    auto db = openDatabase(cl.databasePath(), false, true); // open() runs PRAGMA quick_check
    if (!db)
        return report(err, db.error());
    out << (*db)->path() << ": integrity ok; schema version " << (*db)->userVersion()
        << " (current " << currentSchemaVersion() << ")" << Qt::endl;
    auto chain = AuditLog(**db).verify();
    if (!chain)
        return report(err, chain.error());
    if (chain->firstBrokenRow) {
        err << "paceline-cli: " << (*db)->path() << ": audit log: " << chain->problem << Qt::endl;
        return Failure;
    }
    out << "audit log: " << chain->rows << " rows, hash chain intact" << Qt::endl;
    return Success;
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        {QStringLiteral("init"),
         QStringLiteral("create the database; --demo fills it with the demo dataset"), &cmdInit},
        {QStringLiteral("import"),
         QStringLiteral("import list editions and timelines: JSON, CSV, eCFR XML, PDF, Word"),
         &cmdImport},
        {QStringLiteral("export"), QStringLiteral("write a list edition as paceline.list JSON"),
         &cmdExport},
        {QStringLiteral("stats"),
         QStringLiteral("counts per list, edition and node kind; timeline and cases"), &cmdStats},
        {QStringLiteral("check"),
         QStringLiteral("integrity check, schema version, audit-log chain"), &cmdCheck},
        {QStringLiteral("diff"),
         QStringLiteral("nodes and terms added, removed and changed between two editions"),
         &cmdDiff},
        {QStringLiteral("case"),
         QStringLiteral("amendment cases: list, export a proposal, bundle, import a bundle"),
         nullptr, caseCommands()},
        {QStringLiteral("search"), QStringLiteral("full-text and code search in the lists"),
         &cmdSearch},
        {QStringLiteral("pacing"),
         QStringLiteral("how each national list took up each change of the regime's list"),
         &cmdPacing},
        {QStringLiteral("timeline"), QStringLiteral("the timeline: export its CSV files"), nullptr,
         timelineCommands()},
        {QStringLiteral("team"),
         QStringLiteral("the PostgreSQL team database: init, add-user, check"), nullptr,
         teamCommands()},
    };
    return all;
}

const char kDescription[] =
    R"(Work on a Paceline database from the shell: import list editions and
timelines, search, compare editions, measure the pacing gap, export lists,
timelines and amendment cases. "paceline-cli COMMAND --help" shows the
options and arguments of a command.)";

const char kExitStatus[] = R"(Exit status:
  0  success
  1  failure
  2  bad input or a usage error: the message names the file and the place, or
     the option; that file changed nothing
)";

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    CommandLine cl({{}, args, {}}, QStringLiteral("COMMAND [options]"),
                   QString::fromUtf8(kDescription));
    const QCommandLineOption helpAll(QStringLiteral("help-all"),
                                     QStringLiteral("show this help and that of every command"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("show the version"));
    cl.addOption(helpAll);
    cl.addOption(version);
    cl.stopAtFirstArgument();
    cl.setEpilogue(QStringLiteral("Commands:\n") + commandList(commands()) + QLatin1Char('\n') +
                   QString::fromUtf8(kExitStatus));
    if (const auto done = cl.parse(out, err))
        return *done;
    if (cl.isSet(helpAll)) {
        out << cl.helpText();
        printAllHelp(commands(), {}, out);
        return Success;
    }
    if (cl.isSet(version)) {
        out << "paceline-cli " << PACELINE_VERSION << Qt::endl;
        return Success;
    }
    QStringList rest = cl.forwardedArguments();
    if (rest.isEmpty()) {
        err << cl.helpText();
        return BadInput;
    }
    // "help COMMAND..." is "COMMAND... --help".
    if (rest.first() == QLatin1String("help")) {
        if (rest.size() == 1) {
            out << cl.helpText();
            return Success;
        }
        rest = rest.mid(1) << QStringLiteral("--help");
    }
    return runCommand(commands(), {{}, rest, cl.database()}, out, err);
}

} // namespace paceline::cli
