#pragma once

#include "CliCommandLine.h"

#include <QTextStream>

namespace paceline::cli {

// paceline-cli diff --list KEY --from LABEL --to LABEL [--ignore-typography] [--json]
int cmdDiff(const Invocation& inv, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
