#pragma once

#include "report/ProposalDocument.h"

#include <QList>
#include <QString>
#include <utility>

namespace paceline {

// The justification as (heading, plain text) pairs in document order; empty fields omitted.
QList<std::pair<QString, QString>> justificationSections(const ProposalData& p);
// "Approved by A (Org), changes requested by B" and similar one-line review summary.
QString reviewSummary(const ProposalData& p);
// "2024-05-01: Draft → In review by ana — reason" for one status change.
QString statusChangeLine(const CaseStatusChange& h);

// What follows the amendment in the Word and OpenDocument proposals: justification, sources,
// review status and history, written through the format's own body writer (heading(level,
// text), paragraph(text), paragraphs(text)), so both documents keep one order and wording.
template <typename Body> void writeSectionsAfterAmendment(Body& body, const ProposalData& p)
{
    body.heading(1, QStringLiteral("2. Justification"));
    for (const auto& [title, text] : justificationSections(p)) {
        body.heading(2, title);
        body.paragraphs(text);
    }
    body.heading(1, QStringLiteral("3. Sources"));
    if (p.justification.sources.isEmpty())
        body.paragraph(QStringLiteral("None given."));
    int n = 0;
    for (const CaseSource& s : p.justification.sources)
        body.paragraph(QStringLiteral("%1. %2\n%3").arg(++n).arg(s.title, s.url));
    body.heading(1, QStringLiteral("4. Review status"));
    body.paragraph(reviewSummary(p));
    if (!p.history.isEmpty()) {
        body.heading(2, QStringLiteral("Status history"));
        for (const CaseStatusChange& h : p.history)
            body.paragraph(statusChangeLine(h));
    }
}

} // namespace paceline
