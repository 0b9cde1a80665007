#pragma once

#include "io/ImportService.h"

#include <QList>

namespace paceline {

// Imports files in order, each in its own transaction, stopping at the first failure (the
// files before it stay imported). While one list file is written, the next one is read and
// validated on a second thread: writing and parsing take about the same time.
Result<QList<ImportReport>>
importFiles(Database& db, const QStringList& paths, ImportFormat format,
            const ImportOptions& options = {},
            const std::function<void(const ImportReport&)>& onEach = {});

} // namespace paceline
