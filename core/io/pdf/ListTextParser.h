#pragma once

#include "lists/ListDocument.h"
#include "util/Result.h"

#include <QString>

namespace paceline {

// Who the document belongs to: official PDFs do not say it in a form we can read, so the
// user tells us (CLI options, the import dialog). Empty fields get defaults from the file name.
struct ListTextOptions {
    QString regimeKey;
    QString regimeName;
    QString listKey;
    QString listName;
    QString editionLabel;
    QString source;
    QString editionDate; // ISO partial date; empty: none
};

// Fills empty fields: list key from the file name ("eu-annex-i-2023.txt" -> "eu-annex-i-2023"),
// list name and edition label from the file name, regime "other".
ListTextOptions withListTextDefaults(ListTextOptions options, const QString& fileName);

// Parses a control list laid out as text, the way `pdftotext -layout` (or Poppler's physical
// layout) renders a PDF: entry codes in the code column (EU "4A005", Wassenaar "4.A.5."; EUR-Lex
// indents it, a few stray lines further left do not move it), category headings (titled as
// printed, wrapped or not) and group headings, sub-paragraphs ("a.", "1.") nested by indentation
// and by their sequence, notes ("Note:", "N.B.", "Technical Note:") with their own
// sub-paragraphs, and continuation lines. Page furniture is dropped (PageCleaner.h); a table of
// contents is skipped; the next "ANNEX II" ends the list. Lines that cannot be placed become
// warnings naming the file and line (a run of them one warning); no entry at all is an error.
Result<ListDocument> parseListText(const QString& text, const QString& fileName,
                                   const ListTextOptions& options);
Result<ListDocument> readListTextFile(const QString& path, const ListTextOptions& options);

} // namespace paceline
