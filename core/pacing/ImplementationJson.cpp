#include "ImplementationJson.h"

#include "pacing/ImplementationStats.h"

#include <QJsonArray>

#include <cmath>

namespace paceline {

namespace {

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonObject spanJson(const DateSpan& s)
{
    QJsonObject o;
    if (s.earliest)
        o.insert(QLatin1String("earliest"), s.earliest->toString(Qt::ISODate));
    if (s.latest)
        o.insert(QLatin1String("latest"), s.latest->toString(Qt::ISODate));
    o.insert(QLatin1String("text"), s.describe());
    return o;
}

QJsonObject lagJson(const LagSpan& l)
{
    QJsonObject o;
    if (l.low)
        o.insert(QLatin1String("low_years"), rounded(*l.low));
    if (l.high)
        o.insert(QLatin1String("high_years"), rounded(*l.high));
    o.insert(QLatin1String("text"), l.describe());
    return o;
}

void insertIf(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QJsonObject cellJson(const Implementation& c, const NationalListInfo& list)
{
    QJsonObject o;
    o.insert(QLatin1String("list"), list.key);
    o.insert(QLatin1String("status"), implementationStatusName(c.status));
    insertIf(o, "code", c.code);
    if (c.status != ImplementationStatus::Unknown)
        o.insert(QLatin1String("date"), spanJson(c.date));
    insertIf(o, "evidence", evidenceKindName(c.evidence));
    insertIf(o, "edition", c.editionLabel);
    insertIf(o, "edition_date", c.editionDate);
    insertIf(o, "previous_edition", c.previousEditionLabel);
    insertIf(o, "previous_edition_date", c.previousEditionDate);
    insertIf(o, "event", c.eventExtId);
    insertIf(o, "event_date", c.eventDate);
    if (c.similarity >= 0)
        o.insert(QLatin1String("similarity"), rounded(c.similarity));
    if (c.status == ImplementationStatus::ImplementedDifferently)
        o.insert(QLatin1String("national_text"), c.text);
    if (!c.lag.isEmpty())
        o.insert(QLatin1String("lag"), lagJson(c.lag));
    o.insert(QLatin1String("explanation"), c.evidenceSentence());
    return o;
}

} // namespace

QJsonObject implementationToJson(const ImplementationTable& table)
{
    QJsonObject root;
    QJsonObject regime;
    regime.insert(QLatin1String("list"), table.regimeListKey);
    regime.insert(QLatin1String("name"), table.regimeListName);
    regime.insert(QLatin1String("editions"), QJsonArray::fromStringList(table.regimeEditions));
    root.insert(QLatin1String("regime"), regime);

    const QList<LagSummary> summaries = summariseLags(table);
    QJsonArray lists;
    for (int i = 0; i < table.lists.size(); ++i) {
        const NationalListInfo& l = table.lists[i];
        QJsonObject o;
        o.insert(QLatin1String("list"), l.key);
        o.insert(QLatin1String("name"), l.name);
        o.insert(QLatin1String("regime"), l.regimeKey);
        o.insert(QLatin1String("editions"), l.editionCount);
        QJsonObject counts;
        for (ImplementationStatus s : allImplementationStatuses())
            counts.insert(implementationStatusName(s), table.count(i, s));
        o.insert(QLatin1String("status_counts"), counts);
        const LagSummary& sum = summaries[i];
        QJsonObject lag;
        lag.insert(QLatin1String("count"), sum.count);
        lag.insert(QLatin1String("not_yet_implemented"), sum.pending);
        if (sum.count > 0) {
            lag.insert(QLatin1String("median_low_years"), rounded(sum.medianLow));
            lag.insert(QLatin1String("median_high_years"), rounded(sum.medianHigh));
            lag.insert(QLatin1String("q1_low_years"), rounded(sum.q1Low));
            lag.insert(QLatin1String("q3_high_years"), rounded(sum.q3High));
        }
        lag.insert(QLatin1String("text"), sum.describe());
        o.insert(QLatin1String("lag"), lag);
        lists.append(o);
    }
    root.insert(QLatin1String("lists"), lists);

    QJsonArray rows;
    for (const ImplementationRow& r : table.rows) {
        const RegimeChange& c = r.change;
        QJsonObject o;
        o.insert(QLatin1String("code"), c.code);
        o.insert(QLatin1String("change"), regimeChangeKindName(c.kind));
        insertIf(o, "previous_code", c.previousCode);
        o.insert(QLatin1String("category"), c.category);
        o.insert(QLatin1String("kind"), c.nodeKind);
        o.insert(QLatin1String("heading"), c.heading);
        if (c.foldedNodes > 0)
            o.insert(QLatin1String("with_nodes"), c.foldedNodes);
        o.insert(QLatin1String("from_edition"), c.fromLabel);
        o.insert(QLatin1String("to_edition"), c.toLabel);
        o.insert(QLatin1String("regime_date"), spanJson(r.regimeDate));
        o.insert(QLatin1String("regime_evidence"), evidenceKindName(r.regimeEvidence));
        insertIf(o, "regime_event", r.regimeEventExtId);
        QJsonArray cells;
        for (int i = 0; i < r.cells.size(); ++i)
            cells.append(cellJson(r.cells[i], table.lists[i]));
        o.insert(QLatin1String("lists"), cells);
        rows.append(o);
    }
    root.insert(QLatin1String("changes"), rows);
    root.insert(QLatin1String("notes"), QJsonArray::fromStringList(table.notes));
    return root;
}

} // namespace paceline
