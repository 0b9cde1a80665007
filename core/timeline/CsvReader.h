#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

// Largest CSV file we accept; a bigger one is refused before it is parsed.
constexpr qint64 kMaxCsvFileBytes = 64LL * 1024 * 1024;

struct CsvRecord {
    int line = 0; // 1-based line where the record starts
    QStringList fields;
    QList<int> lines;   // per field: line where it starts
    QList<int> columns; // per field: 1-based character column where it starts
};

// RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF,
// an optional UTF-8 byte order mark. Syntax errors name FILE:LINE:COL.
Result<QList<CsvRecord>> parseCsv(const QByteArray& data, const QString& fileName);

} // namespace paceline
