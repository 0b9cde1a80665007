#pragma once

#include "browse/BrowseTypes.h"
#include "cases/CaseTypes.h"
#include "timeline/ChartData.h"

#include <QHash>
#include <QUrl>

#include <optional>

namespace paceline {

// Text about one fact of the innovation chart. All imported text is HTML-escaped.
class FactDetails {
public:
    // Short tooltip: date with precision, what, source, confidence.
    static QString tooltip(const ChartFact& fact, const ChartLane& lane);
    // Detail panel: the fact, its entry codes, the lane's lag and related cases. Codes found
    // in `resolved` (the loaded lists) link to entryUrl(), the others are marked "not in
    // loaded lists"; related cases link to caseUrl().
    static QString html(const ChartFact& fact, const ChartLane& lane,
                        const QList<CaseRecord>& cases,
                        const QHash<QString, NodeLocation>& resolved = {});
    // Links of the detail panel: "paceline-entry:<index into the fact's codes>" and
    // "paceline-case:<case id>"; the panel's owner turns them into requests.
    static QUrl entryUrl(int codeIndex);
    static QUrl caseUrl(qint64 caseId);
    static std::optional<int> entryIndexOf(const QUrl& url);
    static std::optional<qint64> caseIdOf(const QUrl& url);
    // Cases whose justification names the technology.
    static QList<CaseRecord> relatedCases(const QList<CaseRecord>& cases,
                                          const QString& technologyLabel);
    static QString precisionText(const PartialDate& date);
};

} // namespace paceline
