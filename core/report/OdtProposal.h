#pragma once

#include "report/ProposalDocument.h"
#include "report/ProposalOptions.h"
#include "util/Result.h"

#include <QByteArray>

namespace paceline {

// The proposal as an OpenDocument text with native tracked changes (text:tracked-changes:
// insertions and deletions by the case's author, dated when the text last changed; the same
// readable diff as every other format), the justification, sources and review status as
// ordinary text, and each open comment thread as annotations on its words. The same document
// as the DOCX (DocxProposal.h); options.twoColumn sets the text in force beside the amendment.
Result<QByteArray> proposalOdt(const ProposalData& p, const ProposalOptions& options = {});

} // namespace paceline
