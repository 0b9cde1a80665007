#pragma once

#include <QDateTime>
#include <QString>

namespace paceline {

// Timestamps are stored as UTC ISO 8601 with milliseconds, so they sort as text.
inline QString nowUtcIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace paceline
