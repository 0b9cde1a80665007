#pragma once

#include "report/ProposalDocument.h"

#include <QByteArray>
#include <QDateTime>

namespace paceline {

// The proposal as an Akoma Ntoso 3.0 (OASIS LegalDocML) `amendment` document: FRBR
// identification (work: the case, expression: its revision in English, manifestation: this
// file), the heading, a `mod` quoting the base text and the proposed text, the reference to the
// target entry and its base edition, and the justification with its sources. Valid against
// akomantoso30.xsd. `now` dates the manifestation (tests pass a fixed time).
QByteArray akomaNtosoAmendment(const ProposalData& p,
                               const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace paceline
