#pragma once

#include "lists/ListDocument.h"
#include "util/Result.h"

#include <QString>

#include <optional>

class QIODevice;

namespace paceline {

// Where an eCFR edition came from; empty fields get defaults (see readEcfrXmlFile).
struct EcfrEditionInfo {
    QString label; // "eCFR 2025-09-12"
    std::optional<PartialDate> date;
    QString source; // URL or file name
};

// Below this many ECCN entries an import warns that the file looks incomplete: the full
// Commerce Control List has about 600–640 entries.
constexpr int kEcfrExpectedMinimumEntries = 500;

// Reads 15 CFR 774 Supplement No. 1 (the Commerce Control List) from the eCFR "DIV" XML that
// the versioner API serves, streaming with QXmlStreamReader. Errors name the file and the
// line:column of the XML; a truncated or malformed file is an error and yields nothing.
Result<ListDocument> readEcfrXml(QIODevice& device, const QString& fileName,
                                 const EcfrEditionInfo& edition);
Result<ListDocument> readEcfrXml(const QByteArray& data, const QString& fileName,
                                 const EcfrEditionInfo& edition);
// "eCFR YYYY-MM-DD" when the file name holds a date, else "eCFR <file name>".
QString ecfrDefaultLabel(const QString& path);
// An empty label becomes ecfrDefaultLabel(path); a label holding a date dates the edition.
Result<ListDocument> readEcfrXmlFile(const QString& path, EcfrEditionInfo edition = {});

} // namespace paceline
