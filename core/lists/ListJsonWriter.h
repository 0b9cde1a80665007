#pragma once

#include "lists/ListDocument.h"

#include <QByteArray>

namespace paceline {

// Serialises an edition as paceline.list JSON version 1; readListJson() reads it back equal.
QByteArray writeListJson(const ListDocument& doc);

} // namespace paceline
