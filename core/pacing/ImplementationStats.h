#pragma once

#include "pacing/ImplementationTable.h"

#include <QList>
#include <QString>

namespace paceline {

// The lags of one national list, where they are known. Each lag is an interval, so each
// figure is too: the median of the lower ends and the median of the upper ends.
struct LagSummary {
    int count = 0;   // changes with a lag (implemented, the same or differently)
    int pending = 0; // not yet implemented: their lag is still growing, so they are left out
    double medianLow = 0, medianHigh = 0;
    double q1Low = 0, q1High = 0;
    double q3Low = 0, q3High = 0;

    // "median 0.9–2.1 y (IQR 0.5–3.0 y) over 24 changes; 3 not yet implemented".
    QString describe() const;
};

// Quantile q (0..1) of sorted values, interpolated between neighbours.
double quantileOfSorted(const QList<double>& sorted, double q);

// Over the rows given (indices into table.rows; all rows when empty).
QList<LagSummary> summariseLags(const ImplementationTable& table, const QList<int>& rows = {});

} // namespace paceline
