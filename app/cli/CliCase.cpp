#include "CliCase.h"

#include "CliCommands.h"
#include "cases/CaseStore.h"
#include "report/ProposalDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline::cli {

namespace {

int caseList(const Args& a, QTextStream& out, QTextStream& err) {
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

int caseExport(const Args& a, QTextStream& out, QTextStream& err) {
    if (Status s = allowOnly(a, {QStringLiteral("--format"), QStringLiteral("--out")}); !s)
        return report(err, s.error());
    bool numeric = false;
    const qint64 id = a.positional.value(1).toLongLong(&numeric);
    if (a.positional.size() != 2 || !numeric)
        return report(
            err, badInput(QStringLiteral("case export needs one case ID (see \"case list\")")));
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
    auto data = loadProposal(**db, id);
    if (!data)
        return report(err, data.error());
    if (Status s = exportProposal(data.value(), *format, target); !s)
        return report(err, s.error());
    out << "Wrote case " << id << " (\"" << data->record.title << "\") to " << target << Qt::endl;
    return Success;
}

} // namespace

int cmdCase(const Args& a, QTextStream& out, QTextStream& err) {
    const QString sub = a.positional.value(0);
    if (sub == QLatin1String("list"))
        return caseList(a, out, err);
    if (sub == QLatin1String("export"))
        return caseExport(a, out, err);
    return report(err, badInput(QStringLiteral("case needs a subcommand: list or export")));
}

bool needsGuiApplication(const QStringList& args) {
    const qsizetype at = args.indexOf(QStringLiteral("case"));
    return at >= 0 && args.mid(at + 1, 1) == QStringList{QStringLiteral("export")};
}

} // namespace paceline::cli
