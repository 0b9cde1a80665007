#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

// One block-level element of the eCFR "DIV" XML, flattened to text: a heading, a paragraph
// (P, FP, FP-1, FP-2) or a table. The XML reader produces these; EcfrCclBuilder turns them
// into list nodes.
struct EcfrBlock {
    enum class Type { Heading, Paragraph, Table };

    Type type = Type::Paragraph;
    QString element;          // "P", "FP-1", "FP-2", "HD1", "TABLE", ...
    QString text;             // whitespace collapsed; character references already decoded
    QString lead;             // the emphasised (B, E, I) text the paragraph starts with, if any
    bool allEmphasis = false; // the whole paragraph is emphasised (a run-in heading)
    QList<QStringList> headerRows; // tables: header cells (TH, CHED)
    QList<QStringList> rows;       // tables: body cells (TD, ENT)
    QString place;                 // "file:line:col" of the element's start

    // The text after the leading emphasis.
    QString rest() const { return text.startsWith(lead) ? text.mid(lead.size()).trimmed() : text; }
};

} // namespace paceline
