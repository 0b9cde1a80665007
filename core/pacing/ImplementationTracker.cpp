#include "ImplementationTracker.h"

#include "editions/Concordance.h"
#include "editions/EditionDiff.h"
#include "pacing/ImplementationRules.h"
#include "storage/Database.h"
#include "timeline/LagAnalysis.h"
#include "timeline/TimelineStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace paceline {

namespace {

constexpr const char kListEditionsSql[] =
    "SELECT l.id, l.key, l.name, r.key, e.id, e.label, e.date FROM control_list l "
    "JOIN regime r ON r.id = l.regime_id JOIN edition e ON e.list_id = l.id";
constexpr const char kNodeSql[] =
    "SELECT code, title, text FROM node WHERE edition_id = ?1 AND code = ?2";
constexpr const char kEntryCodesSql[] =
    "SELECT code FROM node WHERE edition_id = ?1 AND kind = 'entry'";
constexpr const char kLinksSql[] =
    "SELECT from_list_id, from_code, to_code, origin, removed FROM concordance "
    "WHERE (from_list_id = ?1 AND to_list_id = ?2) OR (from_list_id = ?2 AND to_list_id = ?1)";

const QString kDefaultRegimeList = QStringLiteral("wa-dual-use");
// Share of the regime's entries a list must carry to count as implementing it.
constexpr double kImplementingShare = 0.1;

struct ListEditions {
    NationalListInfo info;
    QList<DatedEdition> editions; // dated, oldest first
    int undated = 0;
};

Result<QList<ListEditions>> loadLists(Database& db)
{
    auto q = db.prepare(kListEditionsSql);
    if (!q)
        return q.error();
    QList<ListEditions> lists;
    QHash<qint64, int> at;
    const Status walked = q->forEachRow([&](const Statement& r) {
        const qint64 id = r.integer(0);
        if (!at.contains(id)) {
            at.insert(id, lists.size());
            ListEditions l;
            l.info = {id, r.text(1), r.text(2), r.text(3), 0};
            lists.append(l);
        }
        ListEditions& l = lists[at.value(id)];
        const auto date = PartialDate::parse(r.text(6));
        if (!date) {
            ++l.undated;
            return;
        }
        l.editions.append({r.integer(4), r.text(5), *date});
    });
    if (!walked)
        return walked.error();
    for (ListEditions& l : lists) {
        std::sort(l.editions.begin(), l.editions.end(),
                  [](const DatedEdition& a, const DatedEdition& b) {
                      const QDate da = a.date.latest(), dbb = b.date.latest();
                      return da != dbb ? da < dbb : a.id < b.id;
                  });
        l.info.editionCount = int(l.editions.size());
    }
    return lists;
}

const ListEditions* chooseRegimeList(const QList<ListEditions>& lists, const QString& key)
{
    auto find = [&](auto pred) -> const ListEditions* {
        for (const ListEditions& l : lists)
            if (pred(l))
                return &l;
        return nullptr;
    };
    if (!key.isEmpty())
        return find([&](const ListEditions& l) { return l.info.key == key; });
    if (auto* wa = find([](const ListEditions& l) {
            return l.info.key == kDefaultRegimeList && l.editions.size() >= 2;
        }))
        return wa;
    return find([](const ListEditions& l) {
        return l.info.regimeKey == QLatin1String("wa") && l.editions.size() >= 2;
    });
}

// A node of a national edition by any of its spellings, remembered per edition.
class NodeLookup {
public:
    explicit NodeLookup(Statement q)
        : m_q(std::move(q))
    {
    }

    Result<std::optional<NationalNode>> find(qint64 editionId, const QStringList& codes)
    {
        for (const QString& code : codes) {
            const auto cacheKey = qMakePair(editionId, code);
            if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd()) {
                if (*it)
                    return *it;
                continue;
            }
            m_q.reset();
            m_q.bind(1, editionId).bind(2, code);
            auto row = m_q.step();
            if (!row)
                return row.error();
            std::optional<NationalNode> node;
            if (row.value()) {
                const QString title = m_q.text(1), text = m_q.text(2);
                node =
                    NationalNode{m_q.text(0), title.isEmpty()  ? text
                                              : text.isEmpty() ? title
                                                               : title + QLatin1Char(' ') + text};
            }
            m_cache.insert(cacheKey, node);
            if (node)
                return node;
        }
        return std::optional<NationalNode>();
    }

private:
    Statement m_q;
    QHash<QPair<qint64, QString>, std::optional<NationalNode>> m_cache;
};

// The user's corrections of the code rule between the regime list and one national list.
struct LinkCorrections {
    QHash<QString, QStringList> manual; // regime code -> national codes
    QSet<QPair<QString, QString>> hidden;

    QStringList codesFor(const QString& regimeCode, const QString& key) const
    {
        QStringList out;
        for (const QString& form : concordanceCodeForms(key))
            if (!hidden.contains({regimeCode, form}))
                out << form;
        return manual.value(regimeCode) + out;
    }
};

Result<LinkCorrections> loadCorrections(Database& db, qint64 regimeListId, qint64 nationalListId)
{
    auto q = db.prepare(kLinksSql);
    if (!q)
        return q.error();
    q->bind(1, regimeListId).bind(2, nationalListId);
    LinkCorrections c;
    const Status walked = q->forEachRow([&](const Statement& r) {
        const bool fromRegime = r.integer(0) == regimeListId;
        const QString regimeCode = fromRegime ? r.text(1) : r.text(2);
        const QString nationalCode = fromRegime ? r.text(2) : r.text(1);
        if (r.integer(4) != 0)
            c.hidden.insert({regimeCode, nationalCode});
        else if (r.text(3) == QLatin1String("manual"))
            c.manual[regimeCode].append(nationalCode);
    });
    if (!walked)
        return walked.error();
    return c;
}

Result<QSet<QString>> entryKeys(Database& db, qint64 editionId)
{
    auto q = db.prepare(kEntryCodesSql);
    if (!q)
        return q.error();
    q->bind(1, editionId);
    QSet<QString> keys;
    const Status walked = q->forEachRow([&](const Statement& r) {
        const QString key = concordanceKey(r.text(0));
        if (!key.isEmpty())
            keys.insert(key);
    });
    if (!walked)
        return walked.error();
    return keys;
}

// Timeline controls by the codes they name.
QHash<QString, QList<const ControlEvent*>> eventsByKey(const QList<ControlEvent>& events)
{
    QHash<QString, QList<const ControlEvent*>> out;
    for (const ControlEvent& e : events)
        for (const QString& code : e.codes)
            if (const QString key = concordanceKey(code); !key.isEmpty())
                if (!out.value(key).contains(&e))
                    out[key].append(&e);
    return out;
}

QList<const ControlEvent*> eventsFor(const QHash<QString, QList<const ControlEvent*>>& byKey,
                                     const QString& key, const QString& regimeKey)
{
    QList<const ControlEvent*> out;
    QString up = key;
    for (;;) {
        for (const ControlEvent* e : byKey.value(up))
            if (eventConcernsRegime(e->regime, regimeKey) && eventNamesKey(*e, key) &&
                !out.contains(e))
                out.append(e);
        const int dot = up.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0)
            return out;
        up.truncate(dot);
    }
}

// Narrows the regime's edition bracket to the day of a regime event inside it.
void dateRegimeDecision(ImplementationRow& row, const QList<const ControlEvent*>& events)
{
    const ControlEvent* best = nullptr;
    for (const ControlEvent* e : events) {
        if (!e->date.isValid() || e->date.latest() < *row.regimeDate.earliest ||
            e->date.earliest() > *row.regimeDate.latest)
            continue;
        if (!best || e->date.earliest() < best->date.earliest())
            best = e;
    }
    if (!best)
        return;
    row.regimeDate = DateSpan::of(best->date);
    row.regimeEvidence = EvidenceKind::TimelineEvent;
    row.regimeEventId = best->id;
    row.regimeEventExtId = best->extId;
}

ChangeWordings wordingsOf(const RegimeChange& c, const QList<EditionSnapshot>& snapshots,
                          int toIndex)
{
    ChangeWordings w;
    w.before = FoldedWords(c.oldText);
    if (c.kind == RegimeChangeKind::Removed)
        return w;
    QSet<QString> seen;
    for (int i = toIndex; i < snapshots.size(); ++i) {
        const EditionNode* n = snapshots[i].find(c.code);
        if (!n)
            break;
        const QString text = pacingText(*n);
        if (!seen.contains(text)) {
            seen.insert(text);
            w.after.append(FoldedWords(text));
        }
    }
    return w;
}

} // namespace

Result<QStringList> regimeListCandidates(Database& db)
{
    auto lists = loadLists(db);
    if (!lists)
        return lists.error();
    QStringList out;
    for (const ListEditions& l : lists.value())
        if (l.editions.size() >= 2)
            out << l.info.key;
    return out;
}

Result<ImplementationTable> computeImplementation(Database& db, const PacingOptions& options,
                                                  const ProgressCallback& progress)
{
    auto lists = loadLists(db);
    if (!lists)
        return lists.error();
    const ListEditions* regime = chooseRegimeList(lists.value(), options.regimeListKey);
    if (!regime) {
        if (!options.regimeListKey.isEmpty())
            return badInput(
                QStringLiteral("no list \"%1\" in the database").arg(options.regimeListKey));
        return badInput(QStringLiteral("no Wassenaar list with two dated editions; import two "
                                       "editions of the regime's list to follow its changes"));
    }
    if (regime->editions.size() < 2)
        return badInput(QStringLiteral("list \"%1\" has %2 dated edition(s); its changes need two")
                            .arg(regime->info.key)
                            .arg(regime->editions.size()));

    ImplementationTable table;
    table.regimeListId = regime->info.id;
    table.regimeListKey = regime->info.key;
    table.regimeListName = regime->info.name;
    const qint64 steps = regime->editions.size() * 2;
    qint64 done = 0;

    QList<EditionSnapshot> snapshots;
    for (const DatedEdition& e : regime->editions) {
        auto snap = loadEditionSnapshot(db, e.id);
        if (!snap)
            return snap.error();
        snapshots.append(std::move(snap.value()));
        table.regimeEditions << e.label;
        if (!reportProgress(progress, ++done, steps))
            return cancelled();
    }

    auto events = TimelineStore(db).events();
    if (!events)
        return events.error();
    const QList<ControlEvent> controls = LagAnalysis::controllingEvents(events.value());
    const auto byKey = eventsByKey(controls);

    // The regime's changes, edition to edition.
    QList<int> rowEdition; // index of the row's newer edition in `snapshots`
    for (int i = 1; i < snapshots.size(); ++i) {
        const EditionComparison cmp =
            compareSnapshots(snapshots[i - 1], snapshots[i], EditionDiffOptions{true});
        for (RegimeChange& c : regimeChanges(cmp)) {
            ImplementationRow row;
            row.change = std::move(c);
            row.regimeDate = DateSpan::by(regime->editions[i].date, regime->editions[i - 1].date);
            dateRegimeDecision(row, eventsFor(byKey, row.change.key, regime->info.regimeKey));
            table.rows.append(std::move(row));
            rowEdition.append(i);
        }
        if (!reportProgress(progress, ++done, steps))
            return cancelled();
    }

    // The lists that implement it.
    auto regimeKeys = entryKeys(db, regime->editions.last().id);
    if (!regimeKeys)
        return regimeKeys.error();
    QList<const ListEditions*> national;
    for (const ListEditions& l : lists.value()) {
        if (l.info.regimeKey == regime->info.regimeKey)
            continue;
        if (l.editions.isEmpty()) {
            table.notes << QStringLiteral("List %1 has no dated edition and is not followed; "
                                          "give its editions a date to include it.")
                               .arg(l.info.key);
            continue;
        }
        auto keys = entryKeys(db, l.editions.last().id);
        if (!keys)
            return keys.error();
        const qsizetype shared = QSet<QString>(regimeKeys.value()).intersect(keys.value()).size();
        if (shared == 0 || shared < kImplementingShare * regimeKeys->size())
            continue;
        national.append(&l);
        table.lists.append(l.info);
        if (l.undated > 0)
            table.notes << QStringLiteral("%1 edition(s) of %2 have no date and are not used.")
                               .arg(l.undated)
                               .arg(l.info.key);
        const bool ecfrStart =
            std::any_of(l.editions.begin(), l.editions.end(), [](const DatedEdition& e) {
                return e.date == PartialDate(2017, 1, 1, PartialDate::Precision::Day);
            });
        if (ecfrStart && l.info.regimeKey.startsWith(QLatin1String("us")))
            table.notes << QStringLiteral(
                "The eCFR keeps point-in-time text only from 2017-01-01: an edition of that date "
                "shows what was in force by then, not a change made that day.");
    }
    table.notes << QStringLiteral("An edition's date is an upper bound: a change shown \"by\" a "
                                  "date was made on or before it; lags are intervals where "
                                  "their ends are bounds.");

    auto lookupQ = db.prepare(kNodeSql);
    if (!lookupQ)
        return lookupQ.error();
    NodeLookup lookup(std::move(lookupQ.value()));
    QList<LinkCorrections> corrections;
    for (const ListEditions* l : national) {
        auto c = loadCorrections(db, regime->info.id, l->info.id);
        if (!c)
            return c.error();
        corrections.append(std::move(c.value()));
    }

    const qint64 rowSteps = std::max<qint64>(1, table.rows.size() / 20);
    for (int r = 0; r < table.rows.size(); ++r) {
        ImplementationRow& row = table.rows[r];
        const RegimeChange& c = row.change;
        const ChangeWordings wordings = wordingsOf(c, snapshots, rowEdition[r]);
        for (int li = 0; li < national.size(); ++li) {
            const ListEditions& l = *national[li];
            const QStringList codes = corrections[li].codesFor(c.code, c.key);
            const QStringList oldCodes =
                c.kind == RegimeChangeKind::Renumbered
                    ? corrections[li].codesFor(c.previousCode, c.previousKey)
                    : QStringList();
            QList<NodeReading> readings;
            for (const DatedEdition& e : l.editions) {
                auto node = lookup.find(e.id, codes);
                if (!node)
                    return node.error();
                bool keepsOld = false;
                if (!node.value() && !oldCodes.isEmpty()) {
                    auto old = lookup.find(e.id, oldCodes);
                    if (!old)
                        return old.error();
                    keepsOld = old->has_value();
                }
                readings.append(readNode(c.kind, wordings, node.value(), keepsOld));
            }
            const auto listEvents = c.kind == RegimeChangeKind::Removed
                                        ? QList<const ControlEvent*>()
                                        : eventsFor(byKey, c.key, l.info.regimeKey);
            row.cells.append(
                decideImplementation(c.kind, row.regimeDate, l.editions, readings, listEvents));
        }
        if (r % rowSteps == 0 &&
            !reportProgress(progress,
                            done + (r * regime->editions.size()) /
                                       std::max<qsizetype>(1, table.rows.size()),
                            steps))
            return cancelled();
    }
    reportProgress(progress, steps, steps);
    return table;
}

} // namespace paceline
