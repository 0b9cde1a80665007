#pragma once

#include "SurvivalPlot.h"
#include "pacing/ImplementationFilter.h"
#include "pacing/ImplementationTable.h"
#include "timeline/ChartData.h"
#include "timeline/LagTrend.h"

#include <QString>

namespace paceline {

// What an exported chart shows, for its caption line: the filters and choices the chart was
// drawn with, the same whether it was exported from its tab or by `paceline --export-chart`.
// Parts are joined by " · ".

// "Technologies: all · Regimes: Wassenaar, US · Confidence ≥ medium · Years: 1990–2025 ·
// Eras: 6 shaded"
QString innovationCaption(const ChartFilter& filter, const ChartData& data);
// "Lag to first US control · <the trend sentence>"
QString lagCaption(LagTarget target, const LagTrend& trend);
// "Time to first control, by decade of emergence · <the headline>"
QString survivalCaption(const SurvivalAnalysis& analysis, SurvivalGrouping grouping);
// "Regime list: wa-dul (WA-LIST (12) 1, WA-LIST (23) 1) · Categories: all · … · <summary>"
QString implementationCaption(const ImplementationTable& table, const ImplementationFilter& filter,
                              const QString& summary);

} // namespace paceline
