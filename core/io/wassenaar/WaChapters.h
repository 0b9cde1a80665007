#pragma once

#include "io/wassenaar/WaBlock.h"
#include "util/PartialDate.h"

#include <QStringList>

#include <optional>

namespace paceline {

// Which chapter a Word file of an edition holds, from its name ("… - Cat 5P1.doc", "… -
// VSL.doc", "… - DEF.doc") and, where the name says nothing, from its first lines.
WaChapter classifyWaChapter(const QString& fileName, const QList<WaBlock>& blocks);

// Which chapter a running page header of the PDF names ("DUAL-USE LIST - CATEGORY 5 – PART 1
// – TELECOMMUNICATIONS", "MUNITIONS LIST", "Very Sensitive List"); nullopt when it is not one.
std::optional<WaChapter> waChapterFromHeader(const QString& header);

// "WA-LIST (13) 1" (with " Corr." when the document says so) and the date printed beside it,
// from header and footer lines.
struct WaEditionId {
    QString label;
    std::optional<PartialDate> date;
};
WaEditionId findWaEditionId(const QStringList& lines);

} // namespace paceline
