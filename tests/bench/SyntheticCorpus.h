#pragma once

#include "lists/ListDocument.h"

#include <QString>
#include <QStringList>

namespace paceline::bench {

// A list edition shaped like the real Commerce Control List: ten categories with groups A-E,
// entries (ECCN-style codes such as 4A005) with items nested up to three levels (a., a.1.,
// a.1.a.), notes and text blocks, reasons for control, attributes, and quoted defined terms.
// Text lengths follow the real list. Edition k of a list differs from edition k-1 by a few
// percent of changed, added and removed nodes, so that comparisons are realistic.
ListDocument makeSyntheticEdition(const QString& listKey, int editionIndex, int nodeCount);

// Writes `editions` editions of one synthetic list as paceline.list files into dir and returns
// their paths in edition order. 100 x 7,000 makes the 700,000-node corpus of the budgets.
QStringList writeSyntheticCorpus(const QString& dir, int editions, int nodesPerEdition);

} // namespace paceline::bench
