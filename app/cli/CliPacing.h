#pragma once

#include "CliCommandLine.h"

#include <QTextStream>

namespace paceline::cli {

// paceline-cli pacing [--regime-list KEY] [--json]
int cmdPacing(const Invocation& inv, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
