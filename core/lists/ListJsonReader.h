#pragma once

#include "lists/ListDocument.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace paceline {

// Largest paceline.list file we accept; a bigger one is refused before it is read.
constexpr qint64 kMaxListFileBytes = 512LL * 1024 * 1024;

// Strict reader of paceline.list JSON version 1 (FORMATS.md). Every error names the file and
// either the line and column (syntax) or the JSON path (content): "f.json: /nodes/17/parent".
Result<ListDocument> readListJson(const QByteArray& data, const QString& fileName);
Result<ListDocument> readListJsonFile(const QString& path);

} // namespace paceline
