#pragma once

#include <QStringList>
#include <QTextStream>

namespace paceline::cli {

enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// Runs `paceline-cli [--db FILE] COMMAND ...` with the arguments after the program name.
// Results go to out, messages naming the file and place to err.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
