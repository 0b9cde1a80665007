#pragma once

#include "timeline/TimelineTypes.h"

#include <QColor>
#include <QVariant>

namespace paceline {

// Roles shared by the timeline tables: the proxy sorts by SortRole, the editor finds rows by
// RowIdRole (the database id).
enum TimelineRole {
    TimelineSortRole = Qt::UserRole,
    TimelineRowIdRole,
    TimelineUnresolvedCodesRole, // events: the codes not found in the loaded lists
};

inline int confidenceRank(Confidence c)
{
    return c == Confidence::High ? 0 : c == Confidence::Medium ? 1 : 2;
}

// Low confidence is what an analyst must notice; high needs no colour.
inline QVariant confidenceForeground(Confidence c)
{
    if (c == Confidence::Low)
        return QColor(0xb0, 0x3a, 0x00);
    if (c == Confidence::Medium)
        return QColor(0x6b, 0x5a, 0x00);
    return {};
}

} // namespace paceline
