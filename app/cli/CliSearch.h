#pragma once

#include "CliSupport.h"

namespace paceline::cli {

// paceline-cli search QUERY [--limit N] [--list KEY] [--kind KIND] [--all-editions] [--json]
int cmdSearch(const Args& a, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
