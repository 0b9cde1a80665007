#pragma once

#include "pacing/ImplementationTable.h"

#include <QColor>
#include <QList>
#include <QString>

class QCustomPlot;

namespace paceline {

// The lag from each regime decision to each national list: one row per change, one marker per
// list (a line where the lag is an interval; an open marker and a line to the edge where the
// list has not implemented it yet), and per list its median and interquartile range as bands.
class ImplementationPlot {
public:
    // Draws the given rows (indices into table.rows) and returns the caption's summary.
    static QString render(QCustomPlot& plot, const ImplementationTable& table,
                          const QList<int>& rows);
    static QColor listColor(const ImplementationTable& table, int listIndex);
    // "eu-annex-i median 0.9 y (IQR …) over 19 changes; …": each list's lag over the rows.
    static QString summary(const ImplementationTable& table, const QList<int>& rows);
};

} // namespace paceline
