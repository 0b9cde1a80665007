#pragma once

#include "io/wassenaar/WaBlock.h"

#include <QByteArray>
#include <QStringList>

namespace paceline {

// The paragraphs of a Word 97 document as wvWare's HTML rendering (wvHtml.xml) gives them.
struct WordParagraphs {
    QList<WaBlock> blocks;    // body paragraphs in order, empty ones left out
    QStringList headerFooter; // text of the page headers and footers ("WA-LIST (13) 1", dates)
};

// Reads the HTML that `wvWare -x wvHtml.xml` writes: one <div> per paragraph, named after its
// style, with its left margin; character runs in <font>, superscripts in <sup>. A run of one
// to three digits right after "x 10" is a raised exponent that wvWare does not mark, so both
// forms come out as "10^3". `source` names the file in each block's place.
WordParagraphs parseWordHtml(const QByteArray& html, const QString& source);

} // namespace paceline
