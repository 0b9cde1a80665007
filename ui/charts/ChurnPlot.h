#pragma once

#include "editions/ListChurn.h"

#include <QColor>
#include <QPoint>

class QCustomPlot;

namespace paceline {

// Stacked bars of nodes added, changed and removed, one bar per edition of a list (against
// the edition before it), labelled with the edition and its date and topped by the total.
class ChurnPlot {
public:
    static void render(QCustomPlot& plot, const ListChurn& churn);
    // The step whose bar is under a widget position of the plot, or -1.
    static int stepAt(const QCustomPlot& plot, const ListChurn& churn, const QPoint& pos);
    // Tooltip with the exact counts; plain text.
    static QString tooltip(const ChurnStep& step);
    // "WA-LIST (23) 1 (Dec 2023)", shortened for an axis.
    // What the chart shows, for export captions: list, typography option, editions.
    static QString snapshot(const ListChurn& churn);
    static QString editionTitle(const EditionInfo& edition, int maxLength = 40);
    static QColor addedColor() { return QColor(0, 158, 115); }   // bluish green
    static QColor changedColor() { return QColor(0, 114, 178); } // blue
    static QColor removedColor() { return QColor(213, 94, 0); }  // vermillion
};

} // namespace paceline
