#pragma once

#include <QUrl>

namespace paceline {

// Links found in data (sources, references) may open only as http(s) addresses with a host
// and without embedded credentials; the UI still asks before opening them.
bool isOpenableExternalUrl(const QUrl& url);

} // namespace paceline
