#pragma once

#include "CliSupport.h"

namespace paceline::cli {

// paceline-cli timeline export --dir DIR
int cmdTimeline(const Args& a, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
