#include "ChartExportCommand.h"

#include "ChartCaption.h"
#include "ChurnPlot.h"
#include "ImplementationPlot.h"
#include "InnovationPlot.h"
#include "LagPlot.h"
#include "SurvivalPlot.h"
#include "editions/ListChurn.h"
#include "pacing/ImplementationFilter.h"
#include "pacing/ImplementationTracker.h"
#include "session/DatabaseSession.h"
#include "timeline/ChartInputs.h"

#include <QDate>
#include <QFileInfo>
#include <QTextStream>

namespace paceline {

namespace {

Result<PreparedChart> prepareInnovation(Database& db, const ChartRequest& request)
{
    auto in = loadChartInputs(db);
    if (!in)
        return in.error();
    ChartFilter filter = request.filter;
    if (!filter.technologyText.isEmpty()) {
        filter.technologies = technologiesMatching(in->technologies, filter.technologyText);
        if (filter.technologies.isEmpty())
            return badInput(QStringLiteral("--technology: no technology's name or label contains "
                                           "\"%1\"")
                                .arg(filter.technologyText));
    }
    ChartData data =
        ChartData::build(in->technologies, in->milestones, in->events, in->editions, filter);
    if (request.eras)
        data.eras = ChartData::placeEras(in->eras, filter, QDate::currentDate());
    QStringList editions;
    for (const ChartEdition& e : data.editions)
        editions << e.label;
    return PreparedChart{[data](QCustomPlot& plot) { InnovationPlot::render(plot, data); },
                         snapshotCaption(innovationCaption(filter, data), editions)};
}

Result<PreparedChart> prepareLag(Database& db, const ChartRequest& request)
{
    auto lags = LagAnalysis::fromDatabase(db);
    if (!lags)
        return lags.error();
    const LagTarget target = request.target;
    if (request.kind == ChartKind::Survival) {
        const auto grouping = request.byDecade ? SurvivalGrouping::ByDecade : SurvivalGrouping::All;
        const SurvivalAnalysis analysis =
            SurvivalAnalysis::compute(*lags, target, QDate::currentDate());
        return PreparedChart{[analysis, grouping](QCustomPlot& plot) {
                                 SurvivalPlot::render(plot, analysis, grouping);
                             },
                             snapshotCaption(survivalCaption(analysis, grouping), {})};
    }
    const LagTrend trend = LagTrend::fit(LagPlot::points(*lags, target));
    return PreparedChart{
        [lags = *lags, target](QCustomPlot& plot) { LagPlot::render(plot, lags, target); },
        snapshotCaption(lagCaption(target, trend), {})};
}

// The churn of the list (default: the first with two editions).
Result<PreparedChart> prepareChurn(Database& db, const ChartRequest& request)
{
    QString key = request.listKey;
    if (key.isEmpty()) {
        auto found = defaultChurnList(db);
        if (!found)
            return found.error();
        key = found.value();
        if (key.isEmpty())
            return badInput(QStringLiteral("no list in the database has two editions, so there is "
                                           "no churn to chart; import another edition of a list "
                                           "first"));
    }
    EditionDiffOptions options;
    options.ignoreTypography = request.ignoreTypography;
    auto churn = computeListChurn(db, key, options);
    if (!churn)
        return churn.error();
    if (churn->steps.isEmpty())
        return badInput(
            QStringLiteral("--list: list \"%1\" has only one edition; churn needs two").arg(key));
    return PreparedChart{[churn = *churn](QCustomPlot& plot) { ChurnPlot::render(plot, churn); },
                         snapshotCaption(ChurnPlot::snapshot(*churn), {})};
}

// How each national list took up the regime list's changes (default regime list: the
// Wassenaar dual-use list), filtered as the tab filters them.
Result<PreparedChart> prepareImplementation(Database& db, const ChartRequest& request)
{
    auto table = computeImplementation(db, PacingOptions{request.listKey});
    if (!table)
        return table.error();
    const ImplementationFilter& filter = request.implementation;
    const QStringList categories = tableCategories(*table);
    if (!filter.category.isEmpty() && !categories.contains(filter.category))
        return badInput(
            QStringLiteral("--category: %1 has no changes in category \"%2\"; its "
                           "changes are in %3")
                .arg(table->regimeListKey, filter.category, categories.join(QStringLiteral(", "))));
    const QList<int> years = tableYears(*table);
    if (filter.year != 0 && !years.contains(filter.year)) {
        QStringList known;
        for (int y : years)
            known << QString::number(y);
        return badInput(QStringLiteral("--year: %1 has no change decided in %2; the years are %3")
                            .arg(table->regimeListKey)
                            .arg(filter.year)
                            .arg(known.join(QStringLiteral(", "))));
    }
    const QList<int> rows = filterRows(*table, filter);
    const QString caption =
        implementationCaption(*table, filter, ImplementationPlot::summary(*table, rows));
    return PreparedChart{[table = *table, rows](QCustomPlot& plot) {
                             ImplementationPlot::render(plot, table, rows);
                         },
                         snapshotCaption(caption, {})};
}

int exitCodeOf(const Error& error)
{
    QTextStream(stderr) << "paceline: " << error.toString() << Qt::endl;
    return error.kind == Error::Kind::BadInput ? 2 : 1;
}

} // namespace

Result<PreparedChart> prepareChart(Database& db, const ChartRequest& request)
{
    switch (request.kind) {
    case ChartKind::Innovation:
        return prepareInnovation(db, request);
    case ChartKind::Lag:
    case ChartKind::Survival:
        return prepareLag(db, request);
    case ChartKind::Churn:
        return prepareChurn(db, request);
    case ChartKind::Implementation:
        return prepareImplementation(db, request);
    }
    return makeError(QStringLiteral("unknown chart kind"));
}

int runChartExportCommand(const ChartRequest& request, const QString& out, const QString& width,
                          const QString& height, Database& db)
{
    bool wOk = true, hOk = true;
    const int w = width.isEmpty() ? 1600 : width.toInt(&wOk);
    const int h = height.isEmpty() ? 1000 : height.toInt(&hOk);
    if (out.isEmpty() || !wOk || !hOk)
        return exitCodeOf(badInput(
            QStringLiteral("--export-chart needs --out FILE and whole-number --width/--height")));
    const auto prepared = prepareChart(db, request);
    if (!prepared)
        return exitCodeOf(prepared.error());
    const Status s = exportChart(prepared->render, request.look, out, w, h, prepared->caption);
    return s ? 0 : exitCodeOf(s.error());
}

int runChartExportCommand(const ChartRequest& request, const QString& out, const QString& width,
                          const QString& height, const QString& dbPath)
{
    if (dbPath.isEmpty() || !QFileInfo::exists(dbPath))
        return exitCodeOf(badInput(QStringLiteral("--export-chart needs an existing database "
                                                  "(--db FILE); \"%1\" does not exist")
                                       .arg(dbPath)));
    DatabaseSession session;
    if (Status s = session.open(dbPath, false); !s)
        return exitCodeOf(Error{s.error().message, s.error().place, Error::Kind::Failure});
    return runChartExportCommand(request, out, width, height, *session.database());
}

int runChartExportCommand(const QString& kind, const QString& out, const QString& width,
                          const QString& height, Database& db, const QString& listKey)
{
    ChartOptionList options;
    if (!listKey.isEmpty())
        options.append({QStringLiteral("list"), listKey});
    const auto request = parseChartRequest(kind, options);
    if (!request)
        return exitCodeOf(request.error());
    return runChartExportCommand(*request, out, width, height, db);
}

} // namespace paceline
