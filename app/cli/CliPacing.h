#pragma once

#include "CliSupport.h"

#include <QTextStream>

namespace paceline::cli {

// paceline-cli pacing [--regime-list KEY] [--json]
int cmdPacing(const Args& a, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
