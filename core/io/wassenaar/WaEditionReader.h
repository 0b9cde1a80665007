#pragma once

#include "io/wassenaar/WaBlock.h"
#include "lists/ListDocument.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QStringList>

namespace paceline {

// One edition of the Wassenaar lists as the Secretariat publishes it: the Dual-Use List
// (with the general notes, definitions, Sensitive and Very Sensitive List membership and
// the statements of understanding) and the Munitions List, each a list document of regime
// "wa". Label and date come from the documents' own headers and footers.
struct WaEdition {
    ListDocument dualUse;
    ListDocument munitions;
    QStringList summary; // per category: entries, items, notes; then terms and SL/VSL codes
};

inline constexpr const char* kWaRegimeKey = "wa";
inline constexpr const char* kWaDualUseKey = "wa-dual-use";
inline constexpr const char* kWaMunitionsKey = "wa-munitions";

// The chapter files of one edition (.doc; a .docx Table of Contents is skipped), or a folder
// holding them. Progress counts files.
Result<WaEdition> readWaEditionFiles(const QStringList& paths,
                                     const ProgressCallback& progress = {});
// The official PDF of one edition.
Result<WaEdition> readWaEditionPdf(const QString& path, const ProgressCallback& progress = {});
// The laid-out text of that PDF, already extracted; `path` names it in messages.
Result<WaEdition> readWaEditionPdfText(const QString& text, const QString& path);
// The parsing step alone, for tests and fuzzing: chapters already split into blocks.
Result<WaEdition> assembleWaEdition(const QList<WaChapter>& chapters,
                                    const QStringList& headerLines, const QString& source);

// True for PDF text that carries the WA-LIST document reference.
bool isWaPdfText(const QString& text);
// Reads the first pages only; false for anything that cannot be read.
bool isWaPdfFile(const QString& path);
// The .doc/.docx files of a folder, sorted by name.
QStringList waChapterFiles(const QString& folder);

} // namespace paceline
