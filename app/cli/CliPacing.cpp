#include "CliPacing.h"

#include "CliCommands.h"
#include "CliSupport.h"

#include "pacing/ImplementationJson.h"
#include "pacing/ImplementationStats.h"
#include "pacing/ImplementationTracker.h"

#include <QJsonDocument>

namespace paceline::cli {

namespace {

void printText(const ImplementationTable& t, QTextStream& out)
{
    out << t.regimeListKey << " (" << t.regimeListName
        << "): " << t.regimeEditions.join(QStringLiteral(" -> ")) << Qt::endl;
    const QList<LagSummary> summaries = summariseLags(t);
    for (int i = 0; i < t.lists.size(); ++i)
        out << "  " << t.lists[i].key << ": " << summaries[i].describe() << Qt::endl;
    out << t.rows.size() << " changes" << Qt::endl;
    for (const ImplementationRow& r : t.rows) {
        const RegimeChange& c = r.change;
        out << c.code << " " << regimeChangeKindName(c.kind);
        if (!c.previousCode.isEmpty())
            out << " from " << c.previousCode;
        out << ", " << r.regimeDate.describe();
        if (r.regimeEvidence == EvidenceKind::TimelineEvent)
            out << " (" << r.regimeEventExtId << ")";
        else
            out << " (" << c.toLabel << ")";
        out << Qt::endl;
        for (int i = 0; i < r.cells.size(); ++i) {
            const Implementation& cell = r.cells[i];
            out << "  " << t.lists[i].key << ": " << implementationStatusName(cell.status);
            if (cell.status != ImplementationStatus::Unknown)
                out << ", " << cell.date.describe();
            if (!cell.lag.isEmpty())
                out << ", lag " << cell.lag.describe();
            out << " -- " << cell.evidenceSentence() << Qt::endl;
        }
    }
    for (const QString& note : t.notes)
        out << "Note: " << note << Qt::endl;
}

} // namespace

int cmdPacing(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("[--regime-list KEY] [--json]"),
                   QStringLiteral("How each national list took up each change of the regime's "
                                  "list: status, date by edition or timeline event, lag and "
                                  "evidence."));
    const QCommandLineOption regimeList(
        QStringLiteral("regime-list"),
        QStringLiteral("the regime's list (default: the Wassenaar dual-use list)"),
        QStringLiteral("KEY"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("write JSON"));
    cl.addOption(regimeList);
    cl.addOption(json);
    if (const auto done = cl.parse(out, err))
        return *done;
    auto db = openDatabase(cl.databasePath(), false, false);
    if (!db)
        return report(err, db.error());
    PacingOptions options;
    options.regimeListKey = cl.value(regimeList);
    auto table = computeImplementation(**db, options);
    if (!table)
        return report(err, table.error());
    if (cl.isSet(json))
        out << QString::fromUtf8(
            QJsonDocument(implementationToJson(table.value())).toJson(QJsonDocument::Indented));
    else
        printText(table.value(), out);
    return Success;
}

} // namespace paceline::cli
