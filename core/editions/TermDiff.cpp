#include "TermDiff.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "text/WordDiff.h"

#include <QCollator>
#include <QHash>

namespace paceline {

namespace {

constexpr const char kTermsSql[] = "SELECT term, definition FROM term WHERE edition_id = ?1";

Result<QHash<QString, QString>> termsOf(Database& db, qint64 editionId)
{
    auto q = db.prepare(kTermsSql);
    if (!q)
        return q.error();
    q->bind(1, editionId);
    QHash<QString, QString> out;
    if (Status s =
            q->forEachRow([&](const Statement& row) { out.insert(row.text(0), row.text(1)); });
        !s)
        return s.error();
    return out;
}

void sortNames(QStringList& names)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
}

} // namespace

Result<TermComparison> compareTerms(Database& db, qint64 fromEditionId, qint64 toEditionId,
                                    bool ignoreTypography)
{
    auto from = termsOf(db, fromEditionId);
    if (!from)
        return from.error();
    auto to = termsOf(db, toEditionId);
    if (!to)
        return to.error();
    TermComparison out;
    for (auto it = to->cbegin(); it != to->cend(); ++it) {
        const auto old = from->constFind(it.key());
        if (old == from->cend())
            out.added << it.key();
        else if (ignoreTypography ? !sameSubstance(old.value(), it.value())
                                  : old.value() != it.value())
            out.changed << it.key();
    }
    for (auto it = from->cbegin(); it != from->cend(); ++it)
        if (!to->contains(it.key()))
            out.removed << it.key();
    sortNames(out.added);
    sortNames(out.removed);
    sortNames(out.changed);
    return out;
}

} // namespace paceline
