#pragma once

#include "pacing/ImplementationTable.h"

#include <QJsonObject>

namespace paceline {

// The implementation table as `paceline-cli pacing --json` writes it: the regime list, the
// national lists with their lag summaries, one row per regime change with one cell per list,
// and the notes. Dates are ISO; an open end of a span or lag is left out.
QJsonObject implementationToJson(const ImplementationTable& table);

} // namespace paceline
