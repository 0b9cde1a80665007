#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace paceline {

// The one way Paceline writes a whole file (exports, charts, bundles): through QSaveFile, so
// the target is either the complete new content or left as it was.
Status writeFileAtomically(const QString& path, const QByteArray& content);

} // namespace paceline
