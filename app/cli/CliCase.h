#pragma once

#include "CliCommandLine.h"

#include <QStringList>

#include <vector>

namespace paceline::cli {

// paceline-cli case list [--json] | case export ID --format pdf|odt|html|md --out FILE |
// case bundle ID... --out FILE | case import FILE [--resolve mine|theirs]
std::vector<Command> caseCommands();

// Whether these arguments need a QGuiApplication (the PDF export lays out text with
// fonts); main() then creates one on the offscreen platform instead of a QCoreApplication.
bool needsGuiApplication(const QStringList& args);

} // namespace paceline::cli
