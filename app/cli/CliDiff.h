#pragma once

#include "CliSupport.h"

#include <QTextStream>

namespace paceline::cli {

// paceline-cli diff --list KEY --from LABEL --to LABEL [--ignore-typography] [--json]
int cmdDiff(const Args& a, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
