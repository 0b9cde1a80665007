#pragma once

#include "cases/CaseTypes.h"
#include "timeline/ChartData.h"

namespace paceline {

// Text about one fact of the innovation chart. All imported text is HTML-escaped.
class FactDetails {
public:
    // Short tooltip: date with precision, what, source, confidence.
    static QString tooltip(const ChartFact& fact, const ChartLane& lane);
    // Detail panel: the fact, its entry codes, the lane's lag and related cases.
    static QString html(const ChartFact& fact, const ChartLane& lane,
                        const QList<CaseRecord>& cases);
    // Cases whose justification names the technology.
    static QList<CaseRecord> relatedCases(const QList<CaseRecord>& cases,
                                          const QString& technologyLabel);
    static QString precisionText(const PartialDate& date);
};

} // namespace paceline
