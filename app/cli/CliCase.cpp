#include "CliCase.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "cases/CaseBundle.h"
#include "cases/CaseStore.h"
#include "cases/CaseTarget.h"
#include "io/FileWriter.h"
#include "report/ProposalDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline::cli {

namespace {

int caseList(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("[--json]"),
                   QStringLiteral("The amendment cases, one a line: id, status, target, title."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("write JSON, with the UUID, author, revision "
                                                 "and last change of each case"));
    cl.addOption(json);
    if (const auto done = cl.parse(out, err))
        return *done;
    auto db = openDatabase(cl.databasePath(), false, false);
    if (!db)
        return report(err, db.error());
    auto cases = CaseStore(**db).list();
    if (!cases)
        return report(err, cases.error());
    if (cl.isSet(json)) {
        QJsonArray arr;
        for (const CaseRecord& c : cases.value())
            arr.append(
                QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("uuid"), c.uuid},
                            {QStringLiteral("title"), c.title},
                            {QStringLiteral("kind"), caseKindName(c.kind)},
                            {QStringLiteral("status"), caseStatusName(c.status)},
                            {QStringLiteral("list"), c.listKey},
                            {QStringLiteral("edition"), c.editionLabel},
                            {QStringLiteral("target"), c.targetCode},
                            {QStringLiteral("target_kind"), caseTargetKindName(c.targetKind)},
                            {QStringLiteral("target_name"), c.targetName},
                            {QStringLiteral("target_title"), caseTargetTitle(c)},
                            {QStringLiteral("author"), c.author},
                            {QStringLiteral("revision"), c.revision},
                            {QStringLiteral("updated_at"), c.updatedAt}});
        out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const CaseRecord& c : cases.value())
        out << c.id << '\t' << caseStatusName(c.status) << '\t'
            << (caseTargetTitle(c).isEmpty() ? QStringLiteral("-") : caseTargetTitle(c)) << '\t'
            << c.title << Qt::endl;
    return Success;
}

// A case named by its row id ("3") or by the UUID its documents carry ("1b4e…", with or
// without braces).
Result<qint64> resolveCaseId(Database& db, const QString& text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric)
        return id;
    QString uuid = text.trimmed().toLower();
    uuid.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    auto cases = CaseStore(db).list();
    if (!cases)
        return cases.error();
    for (const CaseRecord& c : cases.value()) {
        QString own = c.uuid.toLower();
        own.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        if (!uuid.isEmpty() && own == uuid)
            return c.id;
    }
    return badInput(
        QStringLiteral("\"%1\" is neither a case ID nor the UUID of a case (see \"case list\")")
            .arg(text));
}

int caseExport(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("ID --out FILE [options]"),
                   QStringLiteral("Write the proposal document of a case."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("pdf, odt, html, md, docx or akn (default: pdf)"),
        QStringLiteral("F"), QStringLiteral("pdf"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("the file to write"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption twoColumnOption(
        QStringLiteral("two-column"),
        QStringLiteral("docx and odt: the amendment as a table, text in force | amendment"));
    cl.addOption(formatOption);
    cl.addOption(outOption);
    cl.addOption(twoColumnOption);
    cl.addArgument(QStringLiteral("ID"),
                   QStringLiteral("the case: its ID or the UUID its documents carry (see \"case "
                                  "list\")"));
    if (const auto done = cl.parse(out, err))
        return *done;
    if (cl.arguments().isEmpty())
        return report(err, badInput(cl.usageMessage(QStringLiteral(
                               "case export needs one case ID or UUID (see \"case list\")"))));
    const QString target = cl.value(outOption);
    if (target.isEmpty())
        return report(err,
                      badInput(cl.usageMessage(QStringLiteral("case export needs --out FILE"))));
    const auto format = proposalFormatFromName(cl.value(formatOption));
    if (!format)
        return report(
            err,
            badInput(QStringLiteral("unknown format \"%1\"; choose pdf, odt, html, md, docx or akn")
                         .arg(cl.value(formatOption)),
                     QStringLiteral("--format")));
    auto db = openDatabase(cl.databasePath(), false, false);
    if (!db)
        return report(err, db.error());
    auto resolved = resolveCaseId(**db, cl.arguments().first());
    if (!resolved)
        return report(err, resolved.error());
    const qint64 id = resolved.value();
    auto data = loadProposal(**db, id);
    if (!data)
        return report(err, data.error());
    ProposalOptions options;
    options.twoColumn = cl.isSet(twoColumnOption);
    if (Status s = exportProposal(data.value(), *format, target, options); !s)
        return report(err, s.error());
    out << "Wrote case " << id << " (\"" << data->record.title << "\") to " << target << Qt::endl;
    return Success;
}

QString actorName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("paceline-cli") : user;
}

int caseBundle(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("ID... --out FILE"),
                   QStringLiteral("Write cases with their review records (revisions, comments, "
                                  "sign-offs) to a bundle for exchange."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("the bundle file to write"), QStringLiteral("FILE"));
    cl.addOption(outOption);
    cl.addArgument(QStringLiteral("ID"), QStringLiteral("a case ID (see \"case list\")"),
                   QStringLiteral("ID..."));
    if (const auto done = cl.parse(out, err))
        return *done;
    QList<qint64> ids;
    for (const QString& p : cl.arguments()) {
        bool ok = false;
        ids << p.toLongLong(&ok);
        if (!ok)
            return report(err, badInput(QStringLiteral("\"%1\" is not a case ID").arg(p)));
    }
    const QString target = cl.value(outOption);
    if (ids.isEmpty() || target.isEmpty())
        return report(err, badInput(cl.usageMessage(
                               QStringLiteral("case bundle needs case IDs and --out FILE"))));
    auto db = openDatabase(cl.databasePath(), false, false);
    if (!db)
        return report(err, db.error());
    auto bytes = exportCaseBundle(**db, ids, actorName());
    if (!bytes)
        return report(err, bytes.error());
    if (Status s = writeFileAtomically(target, bytes.value()); !s)
        return report(err, s.error());
    out << "Wrote " << ids.size() << " case(s) to " << target << Qt::endl;
    return Success;
}

int caseImport(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("FILE [--resolve mine|theirs]"),
                   QStringLiteral("Merge a bundle of cases into the database: new cases, "
                                  "comments and sign-offs are added; a text changed on both "
                                  "sides is refused unless --resolve says which side wins."));
    const QCommandLineOption resolveOption(
        QStringLiteral("resolve"),
        QStringLiteral("mine keeps the database's text, theirs takes the bundle's"),
        QStringLiteral("SIDE"));
    cl.addOption(resolveOption);
    cl.addArgument(QStringLiteral("FILE"), QStringLiteral("the bundle (from \"case bundle\")"));
    if (const auto done = cl.parse(out, err))
        return *done;
    const QString path = cl.arguments().value(0);
    const QString resolve = cl.value(resolveOption);
    if (path.isEmpty())
        return report(
            err, badInput(cl.usageMessage(QStringLiteral("case import needs one bundle FILE"))));
    if (!resolve.isEmpty() && resolve != QLatin1String("mine") &&
        resolve != QLatin1String("theirs"))
        return report(err, badInput(QStringLiteral("--resolve takes mine or theirs"),
                                    QStringLiteral("--resolve")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report(err, badInput(file.errorString(), path));
    auto bundle = readCaseBundle(file.readAll(), path);
    if (!bundle)
        return report(err, bundle.error());
    auto db = openDatabase(cl.databasePath(), false, true);
    if (!db)
        return report(err, db.error());
    auto plan = planCaseImport(**db, bundle.value());
    if (!plan)
        return report(err, plan.error());
    QHash<QString, QString> resolutions;
    for (const CaseImportItem& item : plan.value())
        if (item.text == CaseImportItem::Text::Conflict && !resolve.isEmpty())
            resolutions.insert(item.uuid,
                               resolve == QLatin1String("mine") ? item.mineText : item.theirsText);
    auto done = importCaseBundle(**db, bundle.value(), resolutions, actorName());
    if (!done)
        return report(err, done.error());
    static const char* const kText[] = {"new case", "text unchanged", "took their text",
                                        "kept my text", "conflict resolved"};
    for (const CaseImportItem& item : done.value())
        out << item.title << ": " << kText[static_cast<int>(item.text)] << "; " << item.newComments
            << " new comment(s), " << item.newSignoffs << " new sign-off(s)" << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> caseCommands()
{
    return {
        {QStringLiteral("list"), QStringLiteral("the amendment cases: id, status, target, title"),
         &caseList},
        {QStringLiteral("export"),
         QStringLiteral("write the proposal document of a case (pdf, odt, html, md, docx)"),
         &caseExport},
        {QStringLiteral("bundle"),
         QStringLiteral("write cases with their review records for exchange"), &caseBundle},
        {QStringLiteral("import"),
         QStringLiteral("merge a bundle; --resolve decides a text changed on both sides"),
         &caseImport},
    };
}

bool needsGuiApplication(const QStringList& args)
{
    // Before any parser can run: too many is harmless (offscreen), too few would abort.
    const qsizetype at = args.indexOf(QStringLiteral("case"));
    return at >= 0 && args.indexOf(QStringLiteral("export"), at + 1) > at;
}

} // namespace paceline::cli
