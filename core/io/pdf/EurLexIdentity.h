#pragma once

#include "io/pdf/ListTextParser.h"

#include <QString>

#include <optional>

namespace paceline {

// What a EUR-Lex document says about itself on its first pages: the act ("Commission
// Delegated Regulation (EU) 2015/2420") and the date of the text (a consolidated version's
// date from its running head "2015R2420 — EN — 24.12.2015 — ...", else the Official
// Journal's publication date).
struct EurLexAct {
    QString kind;              // "Regulation"
    QString number;            // "(EU) 2015/2420", "(EC) No 428/2009"
    QString date;              // ISO "2015-12-24"; empty when the text gives none
    bool dualUseAnnex = false; // the act carries Annex I, the EU dual-use list
};

std::optional<EurLexAct> identifyEurLexAct(const QString& text);

// Fills the fields the user left empty from the act: an Annex I dual-use list joins list
// "eu-annex-i" of regime "eu", one edition per act, dated by the text.
ListTextOptions withEurLexIdentity(ListTextOptions options, const QString& text);

} // namespace paceline
