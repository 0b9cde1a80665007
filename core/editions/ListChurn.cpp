#include "ListChurn.h"

#include "editions/EditionSnapshot.h"

#include <algorithm>

namespace paceline {

Result<QList<ChurnListChoice>> churnListChoices(Database& db)
{
    auto all = ListStore(db).editions();
    if (!all)
        return all.error();
    QList<ChurnListChoice> out;
    for (const EditionInfo& e : all.value()) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&e](const ChurnListChoice& c) { return c.listKey == e.listKey; });
        if (it == out.end())
            out.append({e.listKey, e.listName, 1});
        else
            ++it->editionCount;
    }
    return out;
}

Result<QString> defaultChurnList(Database& db)
{
    auto choices = churnListChoices(db);
    if (!choices)
        return choices.error();
    for (const ChurnListChoice& c : choices.value())
        if (c.editionCount >= 2)
            return c.listKey;
    return QString();
}

Result<ListChurn> computeListChurn(Database& db, const QString& listKey,
                                   const EditionDiffOptions& options,
                                   const ProgressCallback& progress)
{
    auto all = ListStore(db).editions();
    if (!all)
        return all.error();
    ListChurn churn;
    churn.listKey = listKey;
    churn.options = options;
    for (const EditionInfo& e : all.value())
        if (e.listKey == listKey)
            churn.editions.append(e);
    if (churn.editions.isEmpty())
        return badInput(QStringLiteral("no list \"%1\" in the database").arg(listKey));
    churn.listName = churn.editions.first().listName;
    const qint64 steps = churn.editions.size() - 1;
    if (!reportProgress(progress, 0, steps))
        return cancelled();
    EditionSnapshot previous;
    for (qsizetype i = 0; i < churn.editions.size(); ++i) {
        auto current = loadEditionSnapshot(db, churn.editions.at(i).id);
        if (!current)
            return current.error();
        if (i > 0) {
            // Snapshots share their node lists, so handing copies to the comparison is cheap.
            const EditionComparison cmp = compareSnapshots(previous, current.value(), options);
            churn.steps.append({churn.editions.at(i - 1), churn.editions.at(i),
                                cmp.count(ChangeKind::Added), cmp.count(ChangeKind::Changed),
                                cmp.count(ChangeKind::Removed), cmp.categories});
            if (!reportProgress(progress, i, steps))
                return cancelled();
        }
        previous = std::move(current.value());
    }
    return churn;
}

} // namespace paceline
