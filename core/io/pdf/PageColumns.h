#pragma once

#include <QList>
#include <QString>

namespace paceline {

// A line of one page before cleaning, as the page cleaner sees it.
struct PageLine {
    int number = 0;
    int page = 0;
    int indent = 0;
    int secondColumn = -1;
    QString text; // simplified
};

// Poppler's physical layout puts the text column of a page where the widest code before it
// ends, so one page has "4A001 Electronic …" with items at column 9 and the next
// "4A001            (continued)" with the same items at column 21. Shifts every line right of
// the code column on such a page so that its text column (where the words after the codes
// start) is the document's usual one; indentation then compares across pages.
void alignTextColumns(QList<PageLine>& lines);

} // namespace paceline
