#pragma once

#include "text/WordDiff.h"

#include <QList>

namespace paceline {

// A paragraph of a tracked-change document: the diff segments between two paragraph breaks
// that both texts share (a blank line in unchanged text). Breaks inside a change stay in it.
struct TrackedBlock {
    QList<DiffSegment> segments;
    int start = 0; // where the block starts in the proposed text
};

QList<TrackedBlock> trackedBlocks(const QList<DiffSegment>& segments);

// The text in force of a block: its unchanged and deleted text.
QString baseTextOf(const TrackedBlock& block);

} // namespace paceline
