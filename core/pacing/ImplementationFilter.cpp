#include "ImplementationFilter.h"

#include <QSet>

#include <algorithm>

namespace paceline {

int decisionYear(const ImplementationRow& row)
{
    return row.regimeDate.latest ? row.regimeDate.latest->year() : 0;
}

bool ImplementationFilter::matches(const ImplementationRow& row) const
{
    if (!category.isEmpty() && row.change.category != category)
        return false;
    if (year != 0 && decisionYear(row) != year)
        return false;
    if (status && std::none_of(row.cells.begin(), row.cells.end(),
                               [this](const Implementation& c) { return c.status == *status; }))
        return false;
    if (evidence &&
        std::none_of(row.cells.begin(), row.cells.end(),
                     [this](const Implementation& c) { return c.evidence == *evidence; }))
        return false;
    return true;
}

QString ImplementationFilter::describe() const
{
    QStringList parts;
    parts << (category.isEmpty() ? QStringLiteral("Categories: all")
                                 : QStringLiteral("Category ") + category);
    parts << (year == 0 ? QStringLiteral("Years: all") : QStringLiteral("Decided in %1").arg(year));
    if (status)
        parts << QStringLiteral("Status %1 in a list").arg(implementationStatusName(*status));
    if (evidence)
        parts << QStringLiteral("Dated by %1 in a list").arg(evidenceKindName(*evidence));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QList<int> filterRows(const ImplementationTable& table, const ImplementationFilter& filter)
{
    QList<int> out;
    for (int i = 0; i < table.rows.size(); ++i)
        if (filter.matches(table.rows[i]))
            out << i;
    return out;
}

QStringList tableCategories(const ImplementationTable& table)
{
    QStringList out;
    for (const ImplementationRow& r : table.rows)
        if (!out.contains(r.change.category))
            out << r.change.category;
    return out;
}

QList<int> tableYears(const ImplementationTable& table)
{
    QSet<int> years;
    for (const ImplementationRow& r : table.rows)
        if (const int y = decisionYear(r); y != 0)
            years.insert(y);
    QList<int> out(years.begin(), years.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace paceline
