#pragma once

#include "io/wassenaar/WaBlock.h"

#include <QStringList>

namespace paceline {

// Splits the laid-out text of an official Wassenaar PDF (pages separated by form feeds) into
// chapters by the running header each page carries between two rules ("DUAL-USE LIST -
// CATEGORY 4 - COMPUTERS"), and drops the header and footer lines (the document reference,
// date and page number). `headerLines` receives those lines, for the edition's label and date.
QList<WaChapter> splitWaPdfText(const QString& text, const QString& source,
                                QStringList& headerLines);

} // namespace paceline
