#pragma once

#include "CliCommandLine.h"

#include <vector>

namespace paceline::cli {

// paceline-cli team init URL | team add-user URL NAME --role ROLE | team check URL
std::vector<Command> teamCommands();

} // namespace paceline::cli
