#pragma once

namespace paceline {

// Choices a user makes when exporting a proposal; formats that cannot honour one ignore it.
struct ProposalOptions {
    // DOCX: the amendment as the two-column table parliaments use, "text in force |
    // amendment", one row per paragraph, instead of the tracked text alone.
    bool twoColumn = false;
};

} // namespace paceline
