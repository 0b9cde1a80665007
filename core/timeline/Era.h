#pragma once

#include "util/PartialDate.h"
#include "util/Result.h"

#include <QString>

namespace paceline {

// A named period drawn as a band behind the innovation chart: a Wassenaar plenary round, the
// years of a law. Dates are partial like every timeline date; no end date means "still going".
struct Era {
    qint64 id = 0;
    QString extId; // ERA-01
    QString label;
    PartialDate start;
    PartialDate end; // invalid: open-ended
    QString kind;    // plenary, legislation, rulemaking, regime, ...: picks the band's colour
    QString note;
    QString sourceUrl;

    bool isOpen() const { return !end.isValid(); }
};

// Years a date may take in an era; outside them a date is taken for a typing error.
constexpr int kEraFirstYear = 1900;
constexpr int kEraLastYear = 2100;

// The one owner of the era rules, used by the CSV import and the editor alike. A refused era's
// error place is the CSV column ("era_id", "label", "start_date", "end_date", "source_url").
Status checkEra(const Era& era);

// Text fields trimmed: what would be stored.
Era normalisedEra(Era era);

} // namespace paceline
