#pragma once

#include "CliCommandLine.h"

#include <vector>

namespace paceline::cli {

// paceline-cli timeline export --dir DIR
std::vector<Command> timelineCommands();

} // namespace paceline::cli
