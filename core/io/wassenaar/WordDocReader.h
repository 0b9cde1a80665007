#pragma once

#include "io/wassenaar/WordHtmlParagraphs.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QStringList>

namespace paceline {

// Reads Word 97 (.doc) files through wvWare (Debian package `wv`), the only class that runs
// it. Files are converted two at a time; results come back in the order of `paths`.
class WordDocReader {
public:
    // An error naming the missing program or configuration when wv is not installed.
    static Result<void> checkAvailable();
    static Result<QList<WordParagraphs>> read(const QStringList& paths,
                                              const ProgressCallback& progress = {});
};

} // namespace paceline
