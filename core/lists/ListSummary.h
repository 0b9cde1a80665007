#pragma once

#include "lists/ListDocument.h"

#include <QStringList>

namespace paceline {

// What an import found, for people: one line per category ("Category 4: 10 entries, 26 items,
// 27 notes") or top-level entry (a munitions list's "ML8: …"), in document order. General
// notes and other top-level text are not counted.
QStringList countsPerCategory(const ListDocument& doc);

} // namespace paceline
