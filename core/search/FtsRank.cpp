#include "FtsRank.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <cmath>

namespace paceline {

namespace {

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

void plRank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* out, int nArgs,
            sqlite3_value** args)
{
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(out, "pl_rank: cannot count matches", -1);
        return;
    }
    double score = 0;
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK)
            continue;
        score += column < nArgs ? sqlite3_value_double(args[column]) : 1.0;
    }
    int tokens = 0;
    api->xColumnSize(fts, -1, &tokens);
    sqlite3_result_double(out, -score / std::sqrt(1.0 + tokens));
}

} // namespace

Status registerFtsRank(Database& db)
{
    fts5_api* api = fts5Api(db.handle());
    if (!api || api->iVersion < 2)
        return makeError(QStringLiteral("this SQLite has no usable FTS5 extension API"));
    if (api->xCreateFunction(api, "pl_rank", nullptr, &plRank, nullptr) != SQLITE_OK)
        return makeError(QStringLiteral("cannot register the pl_rank search function"));
    return {};
}

} // namespace paceline
