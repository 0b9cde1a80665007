#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace paceline {

// docProps/core.xml: what a file manager and Word's "Properties" show.
struct DocxCoreProperties {
    QString title;
    QString creator;
    QString identifier; // the case UUID, so that a returned copy can be matched to its case
    QString version;    // the case revision
    QString created;    // xsd:dateTime (UTC) or empty
    QString modified;
};

// Wraps a WordprocessingML body and its comments into a complete .docx package: content types,
// relationships, styles (Title, Heading 1-3, comment styles), settings (changes made by the
// reader are tracked) and core properties.
Result<QByteArray> docxPackage(const QByteArray& documentXml, const QByteArray& commentsXml,
                               const DocxCoreProperties& properties);

// "2025-02-03T09:00:00Z" from any ISO 8601 date or date-time Paceline stores; empty if the
// text is not one.
QString docxDateTime(const QString& iso);

} // namespace paceline
