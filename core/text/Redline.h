#pragma once

#include "text/WordDiff.h"

#include <QList>
#include <QString>

namespace paceline {

// Renders a word diff as HTML that reads without colour too: deletions struck through inside
// [- -], insertions underlined inside {+ +}. All text is escaped; nothing in it is markup.
QString redlineHtml(const QList<DiffSegment>& segments);
// The same marks as plain text, for Markdown and terminals.
QString redlinePlain(const QList<DiffSegment>& segments);

} // namespace paceline
