#pragma once

#include "timeline/Survival.h"

class QCustomPlot;

namespace paceline {

enum class SurvivalGrouping { All, ByDecade };

// Kaplan-Meier view of the lag: the share of technologies not yet controlled against the years
// since emergence, a step curve per group with its shaded 95 % band and a "+" where a
// technology is still uncontrolled today (censored).
class SurvivalPlot {
public:
    static void render(QCustomPlot& plot, const SurvivalAnalysis& analysis,
                       SurvivalGrouping grouping);
    // "Median time to first control 9.5 y (95% CI 6.1 – not reached): 20 of 29 technologies
    // controlled, 9 not yet (counted until 2026-03-21); ..." for the tab and the caption.
    static QString headline(const SurvivalAnalysis& analysis, SurvivalGrouping grouping);
    static QList<const SurvivalCurve*> curves(const SurvivalAnalysis& analysis,
                                              SurvivalGrouping grouping);
};

} // namespace paceline
