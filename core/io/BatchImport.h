#pragma once

#include "io/ImportService.h"

#include <QList>

namespace paceline {

// The files of one import that belong together, in order: Word chapter files given one by one
// (.doc, .docx) make one Wassenaar edition; every other path stands alone. The one rule for
// the CLI and the GUI.
QList<QStringList> importUnits(const QStringList& paths, ImportFormat format);
// Imports one unit of importUnits(): chapter files through importWaChapterFiles, anything else
// through importFile.
Result<ImportReport> importUnit(Database& db, const QStringList& unit, ImportFormat format,
                                const ImportOptions& options,
                                const ProgressCallback& progress = {});

// Imports files in order, each in its own transaction, stopping at the first failure (the
// files before it stay imported). While one list file is written, the next one is read and
// validated on a second thread: writing and parsing take about the same time.
Result<QList<ImportReport>>
importFiles(Database& db, const QStringList& paths, ImportFormat format,
            const ImportOptions& options = {},
            const std::function<void(const ImportReport&)>& onEach = {});

} // namespace paceline
