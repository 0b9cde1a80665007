#pragma once

#include <QString>

namespace paceline {

// Where Paceline keeps its database when none is chosen: the platform's app-data folder
// (~/.local/share/Paceline/paceline.sqlite on Linux). PACELINE_DB overrides it.
QString defaultDatabasePath();

} // namespace paceline
