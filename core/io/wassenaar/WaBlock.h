#pragma once

#include <QList>
#include <QString>

namespace paceline {

// One paragraph of a Word chapter file, or one line of a PDF's laid-out text, as the
// Wassenaar parsers see it: cleaned text and how far it is indented. Indents compare only
// within one source (tenths of a millimetre for Word, columns for PDF).
struct WaBlock {
    int indent = 0;
    QString text;         // whitespace collapsed; superscripts written "10^3"
    QString place;        // "Cat 4.doc: paragraph 37", "WA-LIST.pdf: page 78, line 12"
    bool wrapped = false; // PDF: a line of laid-out text that may continue the one before
};

// What kind of chapter a file or a stretch of the PDF is.
enum class WaChapterKind {
    Contents,
    GeneralNotes,
    Category,
    Sensitive,
    VerySensitive,
    Munitions,
    Definitions,
    Acronyms,
    Understandings,
    Unknown,
};

struct WaChapter {
    WaChapterKind kind = WaChapterKind::Unknown;
    int category = 0; // Category chapters: 1..9
    int part = 0;     // Category 5: 1 or 2; 0 elsewhere
    QString title;    // from the document where it says it ("COMPUTERS"), else empty
    QString source;   // file name, for messages
    QList<WaBlock> blocks;
};

} // namespace paceline
