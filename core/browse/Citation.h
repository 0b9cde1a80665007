#pragma once

#include <QString>

namespace paceline {

struct EditionInfo;

// How an analyst cites a node: "15 CFR 774 Supp. 1, ECCN 4A005 (eCFR 2025 (first half))"
// for the Commerce Control List, "<list name> <code> (<edition label>)" otherwise. Notes
// and text blocks ("4A005~2") cite the paragraph they belong to.
QString citationFor(const EditionInfo& edition, const QString& code);

} // namespace paceline
