#pragma once

#include "io/ImportService.h"

#include <QStringList>

#include <optional>

class QWidget;

namespace paceline {

class Database;

// Asks what the chosen files do not say themselves: which list a PDF or its text belongs to,
// and the edition label of an eCFR XML file. nullopt when the user cancels or the selection
// cannot be imported as one run (list documents go one at a time; the reason is shown).
std::optional<ImportOptions> askImportOptions(QWidget* parent, Database& db,
                                              const QStringList& paths);

} // namespace paceline
