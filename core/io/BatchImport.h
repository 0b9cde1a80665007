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

// The one rule for a batch of files, on the command line and in the window: each file (each
// unit of importUnits()) is imported in its own transaction, in order; the files before a
// failure stay imported, the failing file changes nothing, and the files after it are not
// attempted. A cancel counts as a failure of the file being imported.
QString batchImportRule();

struct BatchImportOutcome {
    QList<ImportReport> reports; // the units imported and committed, in order
    std::optional<Error> error;  // what stopped the run (a failure or a cancel)
    QStringList notAttempted;    // the files after the failing one
    bool ok() const { return !error.has_value(); }
};

// Imports files by batchImportRule(). onEach hears of each unit once it is committed; progress
// counts the whole batch (done and total in thousandths of a unit) and stops it by returning
// false. While one list file is written, the next one is read and validated on a second
// thread: writing and parsing take about the same time.
BatchImportOutcome importFiles(Database& db, const QStringList& paths, ImportFormat format,
                               const ImportOptions& options = {},
                               const std::function<void(const ImportReport&)>& onEach = {},
                               const ProgressCallback& progress = {});

} // namespace paceline
