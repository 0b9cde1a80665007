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

} // namespace paceline
