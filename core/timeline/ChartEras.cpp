// ChartData::placeEras: the eras' bands on the chart's time axis.
#include "ChartData.h"

#include <algorithm>

namespace paceline {

QList<ChartEra> ChartData::placeEras(const QList<Era>& eras, const ChartFilter& filter,
                                     const QDate& today)
{
    QList<ChartEra> out;
    for (const Era& e : eras) {
        if (!e.start.isValid())
            continue;
        QDate first = e.start.earliest();
        // The day after the last: a band covers its last day, like a fact's range.
        QDate after = (e.isOpen() ? std::max(today, first) : e.end.latest()).addDays(1);
        if (filter.from)
            first = std::max(first, *filter.from);
        if (filter.to)
            after = std::min(after, filter.to->addDays(1));
        if (after <= first)
            continue;
        out.append({e, decimalYear(first), decimalYear(after)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ChartEra& a, const ChartEra& b) { return a.start < b.start; });
    return out;
}

} // namespace paceline
