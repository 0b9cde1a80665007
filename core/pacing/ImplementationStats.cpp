#include "ImplementationStats.h"

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

QString oneDecimal(double v)
{
    return QString::number(std::round(v * 10.0) / 10.0, 'f', 1);
}

QString range(double low, double high)
{
    if (std::abs(high - low) < 0.05)
        return oneDecimal(high) + QStringLiteral(" y");
    return oneDecimal(low) + QStringLiteral("\u2013") + oneDecimal(high) + QStringLiteral(" y");
}

} // namespace

double quantileOfSorted(const QList<double>& sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const double pos = q * double(sorted.size() - 1);
    const int lo = int(std::floor(pos));
    const int hi = std::min(int(sorted.size()) - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}

QString LagSummary::describe() const
{
    QString out;
    if (count == 0)
        out = QStringLiteral("no lag known");
    else
        out = QStringLiteral("median %1 (IQR %2) over %3 change%4")
                  .arg(range(medianLow, medianHigh), range(q1Low, q3High))
                  .arg(count)
                  .arg(count == 1 ? QString() : QStringLiteral("s"));
    if (pending > 0)
        out += QStringLiteral("; %1 not yet implemented").arg(pending);
    return out;
}

QList<LagSummary> summariseLags(const ImplementationTable& table, const QList<int>& rows)
{
    QList<LagSummary> out;
    for (int li = 0; li < table.lists.size(); ++li) {
        QList<double> lows, highs;
        LagSummary s;
        auto take = [&](const ImplementationRow& row) {
            const Implementation& c = row.cells.value(li);
            if (c.status == ImplementationStatus::NotYetImplemented)
                ++s.pending;
            else if (c.lag.low && c.lag.high) {
                lows << *c.lag.low;
                highs << *c.lag.high;
            }
        };
        if (rows.isEmpty())
            for (const ImplementationRow& row : table.rows)
                take(row);
        else
            for (int r : rows)
                take(table.rows.at(r));
        std::sort(lows.begin(), lows.end());
        std::sort(highs.begin(), highs.end());
        s.count = int(lows.size());
        s.medianLow = quantileOfSorted(lows, 0.5);
        s.medianHigh = quantileOfSorted(highs, 0.5);
        s.q1Low = quantileOfSorted(lows, 0.25);
        s.q1High = quantileOfSorted(highs, 0.25);
        s.q3Low = quantileOfSorted(lows, 0.75);
        s.q3High = quantileOfSorted(highs, 0.75);
        out.append(s);
    }
    return out;
}

} // namespace paceline
