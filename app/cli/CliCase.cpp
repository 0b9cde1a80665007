#include "CliCase.h"

#include "CliCommands.h"
#include "cases/CaseBundle.h"
#include "cases/CaseStore.h"
#include "io/FileWriter.h"
#include "report/ProposalDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline::cli {

namespace {

int caseList(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--json")}); !s)
        return report(err, s.error());
    auto db = openDatabase(a, false, false);
    if (!db)
        return report(err, db.error());
    auto cases = CaseStore(**db).list();
    if (!cases)
        return report(err, cases.error());
    if (a.has("--json")) {
        QJsonArray arr;
        for (const CaseRecord& c : cases.value())
            arr.append(QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("uuid"), c.uuid},
                                   {QStringLiteral("title"), c.title},
                                   {QStringLiteral("kind"), caseKindName(c.kind)},
                                   {QStringLiteral("status"), caseStatusName(c.status)},
                                   {QStringLiteral("list"), c.listKey},
                                   {QStringLiteral("edition"), c.editionLabel},
                                   {QStringLiteral("target"), c.targetCode},
                                   {QStringLiteral("author"), c.author},
                                   {QStringLiteral("revision"), c.revision},
                                   {QStringLiteral("updated_at"), c.updatedAt}});
        out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const CaseRecord& c : cases.value())
        out << c.id << '\t' << caseStatusName(c.status) << '\t'
            << (c.targetCode.isEmpty() ? QStringLiteral("-") : c.targetCode) << '\t' << c.title
            << Qt::endl;
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

int caseExport(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--format"), QStringLiteral("--out")}); !s)
        return report(err, s.error());
    if (a.positional.size() != 2)
        return report(err, badInput(QStringLiteral(
                               "case export needs one case ID or UUID (see \"case list\")")));
    const QString target = a.value("--out");
    if (target.isEmpty())
        return report(err, badInput(QStringLiteral("case export needs --out FILE")));
    const auto format = proposalFormatFromName(a.value("--format", QStringLiteral("pdf")));
    if (!format)
        return report(err,
                      badInput(QStringLiteral("unknown format \"%1\"; choose pdf, odt, html or md")
                                   .arg(a.value("--format")),
                               QStringLiteral("--format")));
    auto db = openDatabase(a, false, false);
    if (!db)
        return report(err, db.error());
    auto resolved = resolveCaseId(**db, a.positional.value(1));
    if (!resolved)
        return report(err, resolved.error());
    const qint64 id = resolved.value();
    auto data = loadProposal(**db, id);
    if (!data)
        return report(err, data.error());
    if (Status s = exportProposal(data.value(), *format, target); !s)
        return report(err, s.error());
    out << "Wrote case " << id << " (\"" << data->record.title << "\") to " << target << Qt::endl;
    return Success;
}

QString actorName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("paceline-cli") : user;
}

int caseBundle(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--out")}); !s)
        return report(err, s.error());
    QList<qint64> ids;
    for (const QString& p : a.positional.mid(1)) {
        bool ok = false;
        ids << p.toLongLong(&ok);
        if (!ok)
            return report(err, badInput(QStringLiteral("\"%1\" is not a case ID").arg(p)));
    }
    if (ids.isEmpty() || a.value("--out").isEmpty())
        return report(err, badInput(QStringLiteral("case bundle needs case IDs and --out FILE")));
    auto db = openDatabase(a, false, false);
    if (!db)
        return report(err, db.error());
    auto bytes = exportCaseBundle(**db, ids, actorName());
    if (!bytes)
        return report(err, bytes.error());
    if (Status s = writeFileAtomically(a.value("--out"), bytes.value()); !s)
        return report(err, s.error());
    out << "Wrote " << ids.size() << " case(s) to " << a.value("--out") << Qt::endl;
    return Success;
}

int caseImport(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--resolve")}); !s)
        return report(err, s.error());
    const QString path = a.positional.value(1);
    const QString resolve = a.value("--resolve");
    if (a.positional.size() != 2)
        return report(err, badInput(QStringLiteral("case import needs one bundle FILE")));
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
    auto db = openDatabase(a, false, true);
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

int cmdCase(const Args& a, QTextStream& out, QTextStream& err)
{
    const QString sub = a.positional.value(0);
    if (sub == QLatin1String("list"))
        return caseList(a, out, err);
    if (sub == QLatin1String("export"))
        return caseExport(a, out, err);
    if (sub == QLatin1String("bundle"))
        return caseBundle(a, out, err);
    if (sub == QLatin1String("import"))
        return caseImport(a, out, err);
    return report(
        err, badInput(QStringLiteral("case needs a subcommand: list, export, bundle or import")));
}

bool needsGuiApplication(const QStringList& args)
{
    const qsizetype at = args.indexOf(QStringLiteral("case"));
    return at >= 0 && args.mid(at + 1, 1) == QStringList{QStringLiteral("export")};
}

} // namespace paceline::cli
