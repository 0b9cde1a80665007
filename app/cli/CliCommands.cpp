#include "CliCommands.h"
#include "CliSupport.h"
#include "CliDiff.h"
#include "CliPacing.h"
#include "CliCase.h"
#include "CliSearch.h"
#include "CliTimeline.h"

#include "app/AppPaths.h"
#include "audit/AuditLog.h"
#include "demo/DemoDataset.h"
#include "io/ListExport.h"
#include "io/BatchImport.h"
#include "io/ImportService.h"
#include "lists/ListJsonWriter.h"
#include "lists/ListStore.h"
#include "stats/DatabaseStats.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

namespace paceline::cli {

namespace {

const char kUsage[] = R"(Usage: paceline-cli [--db FILE] COMMAND [OPTIONS]

Commands:
  init [--demo]                      create the database; --demo fills it with the demo dataset
  import FILE... [--format F]        import paceline.list JSON or timeline CSV files, eCFR XML
                                     of 15 CFR 774 Supp. No. 1, list documents as PDF (EUR-Lex
                                     Annex I and the like) or as text from `pdftotext -layout`,
                                     and Wassenaar editions: a folder of the Secretariat's Word
                                     chapter files (or the .doc files themselves, which make
                                     one edition together) or its official PDF (F: auto,
                                     paceline-json, timeline-csv, ecfr-xml, pdf, pdf-text,
                                     wa-doc, wa-pdf; auto goes by the extension: .json .csv
                                     .xml .txt, a folder or .doc is wa-doc, and a .pdf is
                                     wa-pdf when it carries the WA-LIST reference, else pdf)
         [--edition LABEL]           edition label for ecfr-xml, pdf, pdf-text (default: "eCFR
                                     DATE" or the file name); for wa-doc and wa-pdf it
                                     replaces the label the document gives ("WA-LIST (13) 1")
         [--list KEY] [--list-name NAME] [--regime KEY] [--regime-name NAME]
                                     the list a pdf or pdf-text document belongs to (default:
                                     list key and name from the file name, regime "other");
                                     a Wassenaar edition always fills the lists wa-dual-use
                                     and wa-munitions of regime "wa"
                                     Each FILE is imported in its own transaction, in the
                                     order given: the files before a failure stay imported,
                                     the failing file changes nothing, and the files after
                                     it are not attempted (the chapter files of one Wassenaar
                                     edition count as one file)
  export --list KEY [--edition LABEL] [--out FILE]
                                     write a list edition as paceline.list JSON (stdout by default)
  stats [--json]                     counts per list, edition and node kind; timeline and cases
  check                              integrity check, schema version, audit-log chain
  diff --list KEY --from LABEL --to LABEL [--ignore-typography] [--json]
                                     nodes added, removed and changed between two editions,
                                     counted per category
  case list [--json]                 the amendment cases: id, status, target, title
  case export ID --format pdf|odt|html|md --out FILE
                                     write the proposal document of a case
  case bundle ID... --out FILE       write cases with their review records for exchange
  case import FILE [--resolve mine|theirs]
                                     merge a bundle; a text changed on both sides is refused
                                     unless --resolve says which side wins
  search QUERY [--limit N] [--json] [--list KEY] [--kind K] [--all-editions]
         [--sensitive | --very-sensitive]
                                     full-text and code search ("intrusion software",
                                     softw*, 4A005, 4a5, 4.A.5, 4a1a2, ml8a); all words
                                     must appear, OR between two words takes either,
                                     -word or NOT word leaves it out; newest
                                     editions only unless --all-editions; only entries on
                                     the Wassenaar Sensitive / Very Sensitive List with
                                     --sensitive / --very-sensitive
  pacing [--regime-list KEY] [--json]
                                     how each national list took up each change of the
                                     regime's list: status, date by edition or timeline
                                     event, lag and evidence (default regime list: the
                                     Wassenaar dual-use list)
  timeline export --dir DIR          write technologies.csv, tech_milestones.csv and
                                     control_events.csv (FORMATS.md columns) and eras.csv
                                     into DIR

Options:
  --db FILE     database file (default: $PACELINE_DB or the app-data folder)
  -h, --help    show this help
  --version     show the version

Exit status: 0 success, 1 failure, 2 bad input (the message names the file and the place;
that file changed nothing).
)";

int cmdInit(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--demo")}); !s)
        return report(err, s.error());
    auto db = openDatabase(a, true, true);
    if (!db)
        return report(err, db.error());
    out << "Database " << (*db)->path() << " at schema version " << (*db)->userVersion()
        << Qt::endl;
    if (!a.options.contains(QStringLiteral("--demo")))
        return Success;
    auto has = databaseHasContent(**db);
    if (!has)
        return report(err, has.error());
    if (has.value())
        return report(err,
                      badInput(QStringLiteral("already holds data; the demo dataset goes into an "
                                              "empty database only"),
                               (*db)->path()));
    auto demo = installDemoDataset(**db);
    if (!demo)
        return report(err, demo.error());
    out << "Demo dataset installed: " << demo->editions << " list editions, " << demo->timelineRows
        << " timeline rows, " << demo->cases << " cases" << Qt::endl;
    return Success;
}

int cmdImport(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--format"), QStringLiteral("--edition"),
                                 QStringLiteral("--list"), QStringLiteral("--list-name"),
                                 QStringLiteral("--regime"), QStringLiteral("--regime-name")});
        !s)
        return report(err, s.error());
    ImportOptions options;
    options.editionLabel = a.value("--edition");
    options.listKey = a.value("--list");
    options.listName = a.value("--list-name");
    options.regimeKey = a.value("--regime");
    options.regimeName = a.value("--regime-name");
    if (a.positional.isEmpty())
        return report(err, badInput(QStringLiteral("import needs at least one FILE")));
    const auto format = importFormatFromName(a.value("--format", QStringLiteral("auto")));
    if (!format)
        return report(err, badInput(QStringLiteral("unknown format \"%1\"; choose %2")
                                        .arg(a.options.value(QStringLiteral("--format")),
                                             importFormatNames().join(QStringLiteral(", ")))));
    auto db = openDatabase(a, true, true);
    if (!db)
        return report(err, db.error());
    const BatchImportOutcome done =
        importFiles(**db, a.positional, *format, options, [&](const ImportReport& r) {
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

int cmdExport(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(
            a, {QStringLiteral("--list"), QStringLiteral("--edition"), QStringLiteral("--out")});
        !s)
        return report(err, s.error());
    const QString listKey = a.options.value(QStringLiteral("--list"));
    if (listKey.isEmpty())
        return report(
            err, badInput(QStringLiteral("export needs --list KEY (see \"stats\" for the keys)")));
    auto db = openDatabase(a, false, false);
    if (!db)
        return report(err, db.error());
    ListStore store(**db);
    auto edition = store.findEdition(listKey, a.options.value(QStringLiteral("--edition")));
    if (!edition)
        return report(err, edition.error());
    const QString target = a.options.value(QStringLiteral("--out"));
    if (target.isEmpty() || target == QLatin1String("-")) {
        auto doc = store.loadEdition(edition->id);
        if (!doc)
            return report(err, doc.error());
        out << QString::fromUtf8(writeListJson(doc.value()));
        return Success;
    }
    auto written = exportEditionJson(**db, edition->id, target);
    if (!written)
        return report(err, written.error());
    out << "Wrote " << written.value() << " nodes of \"" << edition->label << "\" to " << target
        << Qt::endl;
    return Success;
}

int cmdStats(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--json")}); !s)
        return report(err, s.error());
    auto db = openDatabase(a, false, false);
    if (!db)
        return report(err, db.error());
    auto stats = collectStats(**db);
    if (!stats)
        return report(err, stats.error());
    if (a.options.contains(QStringLiteral("--json")))
        out << QString::fromUtf8(
            QJsonDocument(statsToJson(stats.value())).toJson(QJsonDocument::Indented));
    else
        out << statsToText(stats.value());
    return Success;
}

int cmdCheck(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {}); !s)
        return report(err, s.error());
    auto db = openDatabase(a, false, true); // open() runs PRAGMA quick_check
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

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    auto parsed = parseArgs(args);
    if (!parsed)
        return report(err, parsed.error());
    const Args& a = parsed.value();
    if (a.options.contains(QStringLiteral("--help")) || a.options.contains(QStringLiteral("-h")) ||
        a.command == QLatin1String("help")) {
        out << kUsage;
        return Success;
    }
    if (a.options.contains(QStringLiteral("--version"))) {
        out << "paceline-cli " << PACELINE_VERSION << Qt::endl;
        return Success;
    }
    if (a.command.isEmpty()) {
        err << kUsage;
        return BadInput;
    }
    // Each command lives in a function of its own; feature files add theirs here.
    using Handler = int (*)(const Args&, QTextStream&, QTextStream&);
    static const std::pair<const char*, Handler> commands[] = {
        {"init", &cmdInit},     {"import", &cmdImport}, {"export", &cmdExport},
        {"stats", &cmdStats},   {"check", &cmdCheck},   {"diff", &cmdDiff},
        {"case", &cmdCase},     {"search", &cmdSearch}, {"timeline", &cmdTimeline},
        {"pacing", &cmdPacing},
    };
    for (const auto& [name, handler] : commands)
        if (a.command == QLatin1String(name))
            return handler(a, out, err);
    return report(err,
                  badInput(QStringLiteral("unknown command \"%1\"; see --help").arg(a.command)));
}

} // namespace paceline::cli
