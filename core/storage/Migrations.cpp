#include "Migrations.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SchemaV2Charts.h"
#include "storage/SchemaV3Search.h"
#include "storage/SchemaV4Wassenaar.h"
#include "storage/SchemaV5Eras.h"
#include "storage/SchemaV6ImportSpeed.h"
#include "storage/SchemaV7CaseTargets.h"
#include "storage/Transaction.h"

namespace paceline {

namespace {

Status createVersion1(Database& db)
{
    return db.exec(schemaVersion1Sql());
}

} // namespace

const std::vector<Migration>& standardMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, "initial schema: lists, timeline, cases, audit log, search indexes", &createVersion1},
        {2, "technology lag judgements (charts)", &migrateToLagJudgements},
        {3, "search vocabulary for prefix search", &migrateToSearchVocabulary},
        {4, "term scope; Sensitive List index", &migrateToTermScopeAndSensitivity},
        {5, "eras: named periods behind the innovation chart", &migrateToEras},
        {6, "imports that keep their speed: no node index by code alone, FTS merges by 8",
         &migrateToImportSpeed},
        {7, "case targets: an entry, an item, a note or a defined term", &migrateToCaseTargets},
    };
    return migrations;
}

int currentSchemaVersion()
{
    return standardMigrations().back().version;
}

Status applyMigrations(Database& db, const std::vector<Migration>& migrations)
{
    for (const Migration& m : migrations) {
        const int from = db.userVersion();
        if (m.version <= from)
            continue;
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (Status s = m.apply(db); !s)
            return makeError(s.error().toString(),
                             QStringLiteral("migration to schema version %1").arg(m.version));
        // PRAGMA takes no bound parameters; the number is the program's own constant.
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(m.version);
        if (Status s = db.exec(pragma.constData()); !s)
            return s;
        if (Status s = db.exec("PRAGMA application_id = 1346587726"); !s) // kApplicationId
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace paceline
