#pragma once

#include "text/WordDiff.h"

#include <QList>

namespace paceline {

// A word diff made for people: a short run left unchanged between two changes (punctuation or
// spaces only; at most two words and no more than half of the smaller change beside it; beside
// a rewrite of eight words or more, at most four words and no more than a quarter of the words
// changed around it; or digits between two changes of one number) is folded into them, so that
// a rewritten sentence reads as one deletion and one insertion rather than single words
// interleaved. A small edit inside unchanged text stays as precise as the word diff. Each change
// comes out as its deletion, then its insertion.
QList<DiffSegment> readableDiff(const QList<DiffSegment>& segments);

// Only the passages that changed: an unchanged run keeps `context` words next to each change
// beside it and "…" for the rest, so a long entry with one changed parameter reads in a line.
QList<DiffSegment> changedPassagesOnly(const QList<DiffSegment>& segments, int context = 8);

} // namespace paceline
