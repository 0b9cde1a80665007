#pragma once

#include <QString>

namespace paceline {

// Where Paceline keeps its database when none is chosen: the platform's app-data folder
// (~/.local/share/Paceline/paceline.sqlite on Linux). PACELINE_DB overrides it.
QString defaultDatabasePath();

// Before the application object: a session without a login manager (a container, CI, ssh)
// has no XDG_RUNTIME_DIR, and Qt warns on every run. Gives it a private one, as Qt would, but
// quietly.
void ensureRuntimeDirectory();

} // namespace paceline
