#pragma once

#include "lists/ListStore.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace paceline {

class Database;

// The text a case starts from when it amends an entry: the heading as the first paragraph, then
// the entry's own text and each item as a paragraph of its own (indented by depth, with its
// label). The code stays out of the text: the case keeps it as its target, so that editing
// words cannot damage "4.A.5", and documents set it apart.
QString caseTextOf(const QList<SubtreeNode>& nodes);
Result<QString> caseTextOfEntry(Database& db, qint64 editionId, const QString& code);

} // namespace paceline
