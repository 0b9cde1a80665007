#pragma once

#include "lists/ListDocument.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace paceline {

class Database;

struct EditionInfo {
    qint64 id = 0;
    QString regimeKey;
    QString regimeName;
    QString listKey;
    QString listName;
    QString label;
    QString date; // ISO partial date as stored
    QString contentHash;
    QString importedAt;
};

struct SubtreeNode {
    QString code;
    QString kind;
    QString label; // "a.", "1." for items
    QString title;
    QString text;
    int depth = 0;
};

struct ListImportOutcome {
    bool alreadyPresent = false; // the same list, label and content were already in the database
    EditionInfo edition;
    qint64 nodeCount = 0;
    qint64 termCount = 0;
    QStringList warnings;
};

// Reads and writes list editions. Imports are one transaction each: all nodes or nothing.
class ListStore {
public:
    explicit ListStore(Database& db)
        : m_db(db)
    {
    }

    Result<ListImportOutcome> importDocument(const ListDocument& doc,
                                             const ProgressCallback& progress = {});
    // The same with doc.contentHash() computed by the caller, e.g. beside the previous import.
    Result<ListImportOutcome> importDocument(const ListDocument& doc, const QString& contentHash,
                                             const ProgressCallback& progress = {});
    Result<QList<EditionInfo>> editions();
    // Finds an edition by list key and label; a label may be omitted when the list has one edition.
    Result<EditionInfo> findEdition(const QString& listKey, const QString& label);
    Result<ListDocument> loadEdition(qint64 editionId);
    // The node and everything under it as plain text, items indented by depth with their
    // labels, the node's code on the first line: for comparing entries side by side.
    Result<QString> subtreeText(qint64 editionId, const QString& code);
    // The node and everything under it in document order; depth 0 is the node itself.
    Result<QList<SubtreeNode>> subtree(qint64 editionId, const QString& code);

private:
    Result<qint64> upsertRegimeAndList(const ListDocument& doc);
    Database& m_db;
};

} // namespace paceline
