#pragma once

#include "pacing/ImplementationFilter.h"
#include "timeline/ChartData.h"
#include "timeline/LagAnalysis.h"
#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace paceline {

enum class ChartKind { Innovation, Lag, Survival, Churn, Implementation };
QString chartKindName(ChartKind kind); // "innovation", "lag", ...
std::optional<ChartKind> chartKindFromName(const QString& name);

// How a chart is drawn: Standard for the screen and reports; Presentation for slides, with
// larger type, thicker lines and only the major labels.
enum class ChartLook { Standard, Presentation };

// One chart as its tab's controls choose it, for `paceline --export-chart`: the kind, the
// filters and view options that tab offers, and the look.
struct ChartRequest {
    ChartKind kind = ChartKind::Innovation;
    ChartLook look = ChartLook::Standard;
    // Innovation: regimes, confidence, years, sorting, grouping and the technology text
    // (filter.technologyText; the labels it matches are looked up in the database).
    ChartFilter filter;
    bool eras = true;
    // Lag and survival: whose control ends the lag.
    LagTarget target = LagTarget::FirstControl;
    bool byDecade = false; // survival: a curve per decade of emergence
    // Churn: the list; implementation: the regime list. Empty: the chart's default.
    QString listKey;
    bool ignoreTypography = false; // churn
    ImplementationFilter implementation;
};

// A command-line option of the chart export: its name (without dashes), the value it takes
// (empty for a switch), what it does, and the charts that take it.
struct ChartOptionSpec {
    QString name;
    QString valueName;
    QString help;
    QList<ChartKind> kinds;
};
const QList<ChartOptionSpec>& chartOptionSpecs();

// Options as given, in order: name without dashes, value (empty for a switch).
using ChartOptionList = QList<QPair<QString, QString>>;

// Reads a chart kind and its options. An option the chart does not take, a repeated option
// that takes one value, or a bad value is refused (BadInput) with a message naming the
// option and the chart.
Result<ChartRequest> parseChartRequest(const QString& kind, const ChartOptionList& options);

} // namespace paceline
