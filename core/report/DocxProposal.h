#pragma once

#include "report/ProposalDocument.h"
#include "report/ProposalOptions.h"
#include "util/Result.h"

#include <QByteArray>

namespace paceline {

// The proposal as a Word document: title block, target and base edition, the proposed text as
// native tracked changes against the text in force (w:ins / w:del by the case's author, dated
// when the text last changed; the same readable diff as every other format), the justification
// and sources as ordinary text, the review status, and each open comment thread as Word
// comments on its words. options.twoColumn sets the text in force beside the amendment.
Result<QByteArray> proposalDocx(const ProposalData& p, const ProposalOptions& options = {});

} // namespace paceline
