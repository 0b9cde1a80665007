#pragma once

#include <QString>
#include <QStringList>

namespace paceline::bench {

struct FloorTimes {
    double sqliteSeconds = 0; // inside the transactions: inserts, FTS5 index, commit
    double sqliteCpuSeconds = 0;
    double parseSeconds = 0; // reading the files, outside the measured part
};

// The least an import of these paceline.list files can cost in SQLite: each file in one
// transaction into a bare node table (id, edition, code, title, text) and an FTS5 index over
// it with node_fts's tokenizer, on a connection set up as Paceline's (WAL, synchronous NORMAL,
// the same page cache). No other table, index, constraint, term or vocabulary. Paceline's own
// import of the same files is measured against this figure (bench_foundation).
FloorTimes measureImportFloor(const QStringList& files, const QString& dbPath);

} // namespace paceline::bench
