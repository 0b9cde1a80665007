#pragma once

#include <QList>
#include <QString>

namespace paceline {

// One line of laid-out text that survived page cleaning.
struct LayoutLine {
    int number = 0; // 1-based line number in the input
    int page = 0;   // 0-based; pages end at form feeds
    int indent = 0; // leading spaces (tabs count as 8)
    QString text;   // trimmed and simplified; empty for a blank line
    // Column of the second word, -1 for a single word: in "4E001      a. Technology" the item
    // "a." stands at the text column, not one space after the code.
    int secondColumn = -1;
    // The "4A001 c. 1. (continued)" line dropped just before this one, if any.
    QString resumes;
};

// Splits pdftotext-style text into lines and drops what belongs to the page, not the list:
// form feeds, page-number lines ("12", "Page 3 of 40", "- 7 -"), running headers and footers
// (a line at the top or bottom of a tenth or more of the pages, at least two, that is the same
// apart from its digits; category headings are left to the parser, which knows the current
// category), EUR-Lex page heads and amendment markers ("▼B", "►C1 … ◄"), and
// "4A005 continued" lines (also "5A001 b. 3. (continued)", "4A003 Note 2: b. (continued)"),
// which the next line keeps in `resumes`.
QList<LayoutLine> cleanPages(const QString& text);

} // namespace paceline
