#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace paceline {

// Builds a zip archive in memory through libzip (OOXML and ODF packages). Entries keep the
// order they were added in; the ODF "mimetype" entry has to be first and stored.
class ZipWriter {
public:
    enum class Compression { Deflate, Store };

    void add(const QString& name, QByteArray data, Compression compression = Compression::Deflate);
    Result<QByteArray> finish() const;

private:
    struct Entry {
        QString name;
        QByteArray data;
        Compression compression;
    };
    QList<Entry> m_entries;
};

} // namespace paceline
