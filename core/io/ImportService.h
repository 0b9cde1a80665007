#pragma once

#include "util/Progress.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace paceline {

class Database;

// WaDoc: the Word chapter files of a Wassenaar edition (a folder, or the files); WaPdf: the
// official Wassenaar PDF. Auto sends a folder or .doc files to WaDoc, and a PDF that carries
// the WA-LIST reference to WaPdf, any other PDF to Pdf (list text: EUR-Lex and the like).
enum class ImportFormat { Auto, PacelineJson, TimelineCsv, EcfrXml, PdfText, Pdf, WaDoc, WaPdf };

// "paceline-json", "timeline-csv", "ecfr-xml", "pdf-text", "pdf", "wa-doc", "wa-pdf" (the names
// the CLI's --format takes).
std::optional<ImportFormat> importFormatFromName(const QString& name);
QStringList importFormatNames();
// Auto resolved by the file's extension; nullopt when the extension says nothing.
std::optional<ImportFormat> importFormatForPath(const QString& path);

struct ImportReport {
    QString summary; // one line for people: what was imported
    QStringList warnings;
    bool alreadyPresent = false;
};

struct ListImportOutcome;
struct ListDocument;
ImportReport listImportReport(const QString& path, const ListImportOutcome& outcome);
// The same with what the document held, per category, under the summary line.
ImportReport listImportReport(const QString& path, const ListImportOutcome& outcome,
                              const ListDocument& doc);
// What the user says about a file that does not say it itself (official documents carry no
// list key); empty fields get defaults from the format or the file name.
struct ImportOptions {
    QString regimeKey;
    QString regimeName;
    QString listKey;
    QString listName;
    QString editionLabel;
};

// Imports one file in one transaction; Auto picks the format from the file's extension.
Result<ImportReport> importFile(Database& db, const QString& path, ImportFormat format,
                                const ProgressCallback& progress = {});
Result<ImportReport> importFile(Database& db, const QString& path, ImportFormat format,
                                const ImportOptions& options,
                                const ProgressCallback& progress = {});

// The chapter files of one Wassenaar edition given one by one: one edition, one transaction.
Result<ImportReport> importWaChapterFiles(Database& db, const QStringList& paths,
                                          const ImportOptions& options,
                                          const ProgressCallback& progress = {});

} // namespace paceline
