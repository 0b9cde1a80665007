#pragma once

#include "CliCommandLine.h"

namespace paceline::cli {

// paceline-cli search QUERY... [--limit N] [--list KEY] [--kind KIND] [--all-editions] [--json]
// [--sensitive | --very-sensitive]
int cmdSearch(const Invocation& inv, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
