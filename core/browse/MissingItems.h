#pragma once

#include "browse/BrowseTypes.h"

namespace paceline {

// Whether an entry's items are missing from the edition's source: the entry has no child
// nodes, yet its list or its own words say it has items. That is the case when
// - it is an entry of the Commerce Control List (list "us-ccl"): every ECCN has a List of
//   Items Controlled, so an empty one was lost on the way (5A001 in the eCFR-derived file);
// - its title or text announces items ("as follows", "(see List of Items Controlled)", an
//   "Items:" heading, a closing colon);
// - its text or attributes cite one of its own paragraphs ("5A001.a", "4.A.5.b", ".d, .x").
// Items written into the entry's text itself ("a. …" lines) are there to read: not missing.
// nodes is the entry's subtree as ListBrowser::entry() gives it, the entry first.
bool itemsMissing(const EditionInfo& edition, const QList<EntryNode>& nodes);

} // namespace paceline
