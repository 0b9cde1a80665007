#pragma once

#include <QList>
#include <QString>

namespace paceline {

// One line of laid-out text that survived page cleaning.
struct LayoutLine {
    int number = 0; // 1-based line number in the input
    int indent = 0; // leading spaces (tabs count as 8)
    QString text;   // trimmed; empty for a blank line
};

// Splits pdftotext-style text into lines and drops what belongs to the page, not the list:
// form feeds, page-number lines ("12", "Page 3 of 40", "- 7 -"), running headers and footers
// (a line at the top or bottom of two or more pages that is the same apart from its digits),
// and "4A005 continued" lines.
QList<LayoutLine> cleanPages(const QString& text);

} // namespace paceline
