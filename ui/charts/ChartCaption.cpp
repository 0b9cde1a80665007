#include "ChartCaption.h"

namespace paceline {

namespace {

const QString kDot = QStringLiteral(" \u00b7 ");

QString withoutFullStop(QString text)
{
    text = text.trimmed();
    return text.endsWith(QLatin1Char('.')) ? text.chopped(1) : text;
}

} // namespace

QString innovationCaption(const ChartFilter& filter, const ChartData& data)
{
    QString text = filter.describe();
    if (!data.eras.isEmpty())
        text += kDot + QStringLiteral("Eras: %1 shaded").arg(data.eras.size());
    if (data.lanes.isEmpty())
        text += kDot + QStringLiteral("no timeline data");
    return text;
}

QString lagCaption(LagTarget target, const LagTrend& trend)
{
    return QStringLiteral("Lag to %1").arg(lagTargetName(target)) + kDot +
           withoutFullStop(trend.sentence());
}

QString survivalCaption(const SurvivalAnalysis& analysis, SurvivalGrouping grouping)
{
    return QStringLiteral("Time to %1%2")
               .arg(lagTargetName(analysis.target), grouping == SurvivalGrouping::ByDecade
                                                        ? QStringLiteral(", by decade of emergence")
                                                        : QString()) +
           kDot + withoutFullStop(SurvivalPlot::headline(analysis, grouping));
}

QString implementationCaption(const ImplementationTable& table, const ImplementationFilter& filter,
                              const QString& summary)
{
    return QStringLiteral("Regime list: %1 (%2)")
               .arg(table.regimeListKey, table.regimeEditions.join(QStringLiteral(", "))) +
           kDot + filter.describe() + (summary.isEmpty() ? QString() : kDot + summary);
}

} // namespace paceline
