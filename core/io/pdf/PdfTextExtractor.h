#pragma once

#include "util/Result.h"

#include <QString>

namespace paceline {

// The text of a PDF laid out as on the page (Poppler's physical layout, like
// `pdftotext -layout`), pages separated by form feeds. The only class that knows Poppler.
class PdfTextExtractor {
public:
    static bool isAvailable(); // false when Paceline was built without poppler-qt6
    static Result<QString> extract(const QString& path);
    // The first `maxPages` pages only: enough to tell what kind of document it is.
    static Result<QString> extractFirstPages(const QString& path, int maxPages);
};

} // namespace paceline
