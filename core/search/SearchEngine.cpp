#include "SearchEngine.h"

#include "lists/CodeGrammar.h"
#include "search/FtsQuery.h"
#include "search/FtsRank.h"
#include "search/SearchVocabulary.h"
#include "storage/Database.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace paceline {

struct SearchEngine::Scope {
    QHash<qint64, EditionInfo> editions; // every edition the query may return, by id
    QList<qint64> latest;                // with latestOnly: the editions to search, one per list
    QList<qint64> newestFirst;           // every edition in scope, newest first
    bool everything = false;             // every edition in the database is in scope
};

namespace {

// Added to a heading hit's pl_rank score (lower is better): headings sort before the rest.
constexpr double kHeadingTier = 1.0e6;

Error interruptedOr(const Error& e, const SearchEngine::CancelCheck& isCancelled)
{
    return isCancelled && isCancelled() ? cancelled() : e;
}

// Columns 0-4 of a node row: id, edition, code, kind, title.
SearchHit makeHit(SearchHit::Source source, const Statement& q, qint64 editionId)
{
    SearchHit hit;
    hit.source = source;
    hit.id = q.integer(0);
    hit.editionId = editionId;
    hit.code = q.text(2);
    hit.kind = q.text(3);
    hit.title = q.text(4);
    return hit;
}

bool inside(const SearchHit& hit, const SearchHit& entry)
{
    return hit.id == entry.id || (hit.editionId == entry.editionId &&
                                  (hit.code.startsWith(entry.code + QLatin1Char('~')) ||
                                   hit.code.startsWith(entry.code + QLatin1Char('.'))));
}

QString unquoted(const QString& text)
{
    QString t = text;
    t.remove(QLatin1Char('"')).remove(QLatin1Char('*'));
    return t.simplified().toCaseFolded();
}

} // namespace

Result<SearchEngine::Scope> SearchEngine::scopeFor(const SearchQuery& query)
{
    auto all = ListStore(m_db).editions();
    if (!all)
        return all.error();
    Scope scope;
    QHash<QString, EditionInfo> newest; // list key -> newest edition
    for (const EditionInfo& e : all.value()) {
        if (!query.listKey.isEmpty() && e.listKey != query.listKey)
            continue;
        auto it = newest.find(e.listKey);
        if (it == newest.end() || e.date > it->date || (e.date == it->date && e.id > it->id))
            newest.insert(e.listKey, e);
        if (!query.latestOnly)
            scope.editions.insert(e.id, e);
    }
    QList<EditionInfo> inScope = scope.editions.values();
    std::sort(inScope.begin(), inScope.end(), [](const EditionInfo& a, const EditionInfo& b) {
        return a.date != b.date ? a.date > b.date : a.id > b.id;
    });
    for (const EditionInfo& e : inScope)
        scope.newestFirst << e.id;
    scope.everything =
        query.listKey.isEmpty() && (!query.latestOnly || newest.size() == all->size());
    if (query.latestOnly)
        for (const EditionInfo& e : newest) {
            scope.editions.insert(e.id, e);
            scope.latest << e.id;
        }
    return scope;
}

void SearchEngine::describe(SearchHit& hit, const Scope& scope) const
{
    const EditionInfo& e = scope.editions[hit.editionId];
    hit.listKey = e.listKey;
    hit.listName = e.listName;
    hit.editionLabel = e.label;
}

Status SearchEngine::addCodeHits(const SearchQuery& query, const Scope& scope, SearchResults& out)
{
    const QStringList forms = CodeGrammar::candidates(query.text);
    if (forms.isEmpty() || query.kind == QLatin1String("term"))
        return {};
    // Edition by edition through the (edition_id, code) index: there is no index by code
    // alone (schema version 6); in node id order, as that index gave them.
    auto q = m_db.prepare("SELECT n.id, n.edition_id, n.code, n.kind, "
                          "COALESCE(NULLIF(n.title, ''), substr(n.text, 1, 200)), "
                          "substr(n.text, 1, 200) FROM edition e CROSS JOIN node n "
                          "ON n.edition_id = e.id AND n.code = ?1 ORDER BY n.id");
    if (!q)
        return q.error();
    // The exact code first; when no list has it, the nearest ancestor ("5.A.1" for "5.A.1.j").
    for (QStringList level = forms; !level.isEmpty() && out.hits.isEmpty();) {
        QStringList parents;
        for (const QString& code : level) {
            q->reset();
            q->bind(1, code);
            const Status walked = q->forEachRow([&](const Statement& r) {
                const qint64 editionId = r.integer(1);
                if (!scope.editions.contains(editionId) ||
                    (!query.kind.isEmpty() && r.text(3) != query.kind))
                    return;
                SearchHit hit = makeHit(SearchHit::Source::Code, r, editionId);
                hit.snippet = r.text(5);
                describe(hit, scope);
                out.hits.append(hit);
            });
            if (!walked)
                return walked.error();
            if (const QString p = CodeGrammar::parentCode(code); !p.isEmpty())
                parents << p;
        }
        level = parents;
    }
    out.codeMatch = !out.hits.isEmpty();
    return {};
}

// Phase 1: ids and pl_rank scores of the best matches of one rowid range (code and title weigh
// more than text). No snippets here: SQLite would compute them for every match before sorting.
Status SearchEngine::rankRun(Statement& q, const SearchQuery& query, const QString& fts,
                             const Run& run, QList<SearchHit>& out, const CancelCheck& isCancelled)
{
    q.reset();
    q.bind(1, fts).bind(2, run.from).bind(3, run.to).bindOptional(4, query.kind);
    q.bind(5, run.editionId).bind(6, query.limit).bindOptional(7, query.listKey);
    q.bindOptional(8, sensitivityValue(query.sensitivity));
    for (;;) {
        if (isCancelled && isCancelled())
            return cancelled();
        auto row = q.step();
        if (!row)
            return interruptedOr(row.error(), isCancelled);
        if (!row.value())
            return {};
        SearchHit hit;
        hit.source = SearchHit::Source::Text;
        hit.id = q.integer(0);
        hit.editionId = q.integer(1);
        hit.code = q.text(2);
        hit.kind = q.text(3);
        hit.score = q.real(4);
        out.append(hit);
    }
}

// Phase 2: highlighted title and text snippet for the hits shown only. A node without a
// title (most items) shows its text snippet as the title instead. One pass over each cluster
// of nearby rowids: asking FTS5 for each rowid in turn restarts the query every time.
Status SearchEngine::addHighlights(const QString& fts, QList<SearchHit>& hits,
                                   const CancelCheck& isCancelled)
{
    auto q = m_db.prepare("SELECT node_fts.rowid, COALESCE(n.title, '') != '', "
                          "highlight(node_fts, 1, char(57344), char(57345)), "
                          "snippet(node_fts, 2, char(57344), char(57345), char(8230), 16) "
                          "FROM node_fts JOIN node n ON n.id = node_fts.rowid "
                          "WHERE node_fts MATCH ?1 AND node_fts.rowid BETWEEN ?2 AND ?3 "
                          "AND +node_fts.rowid IN (SELECT value FROM json_each(?4))");
    if (!q)
        return q.error();
    QHash<qint64, SearchHit*> byId;
    for (SearchHit& h : hits)
        byId.insert(h.id, &h);
    QList<qint64> ids = byId.keys();
    std::sort(ids.begin(), ids.end());
    constexpr qint64 kClusterGap = 20000; // about three editions of a large list
    for (qsizetype first = 0, last = 0; first < ids.size(); first = last) {
        QStringList cluster;
        for (last = first; last < ids.size() && ids[last] - ids[first] <= kClusterGap; ++last)
            cluster << QString::number(ids[last]);
        q->reset();
        q->bind(1, fts).bind(2, ids[first]).bind(3, ids[last - 1]);
        q->bind(4, QLatin1Char('[') + cluster.join(QLatin1Char(',')) + QLatin1Char(']'));
        for (;;) {
            auto row = q->step();
            if (!row)
                return interruptedOr(row.error(), isCancelled);
            if (!row.value())
                break;
            SearchHit* hit = byId.value(q->integer(0));
            if (q->integer(1) != 0) {
                hit->title = q->text(2);
                hit->snippet = q->text(3);
            } else {
                hit->title = q->text(3);
            }
        }
    }
    return {};
}

// Nodes of an edition are inserted together, so an edition is a rowid range that FTS5 can
// skip to; the edition_id test keeps results right regardless. Newest editions: one range per
// list. All editions: newest first, one range each, so that a common word stops at the first
// editions that fill the page instead of ranking 700,000 rows. Ranges are looked up only for
// the editions actually searched.
Status SearchEngine::addTextHits(const SearchQuery& query, const Scope& scope,
                                 const FtsExpression& fts, QList<SearchHit>& out,
                                 const CancelCheck& isCancelled)
{
    // ?8: the Sensitive List filter; marked nodes through the node_sensitivity index, then
    // everything inside them.
    auto rank = m_db.prepare(
        "WITH RECURSIVE marked(id) AS (SELECT id FROM node WHERE ?8 IS NOT NULL AND "
        "json_extract(attributes, '$.sensitivity') IN (?8, 'very-sensitive') AND "
        "(?5 = 0 OR edition_id = ?5) UNION ALL "
        "SELECT c.id FROM node c JOIN marked ON c.parent_id = marked.id) "
        "SELECT n.id, n.edition_id, n.code, n.kind, pl_rank(node_fts, 10.0, 4.0, 1.0) AS score "
        "FROM node_fts JOIN node n ON n.id = node_fts.rowid "
        "WHERE node_fts MATCH ?1 AND node_fts.rowid BETWEEN ?2 AND ?3 "
        "AND (COALESCE(?4, '') = '' OR n.kind = ?4) AND (?5 = 0 OR n.edition_id = ?5) "
        "AND (?8 IS NULL OR n.id IN marked) "
        "AND (COALESCE(?7, '') = '' OR n.edition_id IN (SELECT e.id FROM edition e "
        "JOIN control_list l ON l.id = e.list_id WHERE l.key = ?7)) "
        "ORDER BY score LIMIT ?6");
    if (!rank)
        return rank.error();
    // min(id) over node_edition_kind would read the whole edition; a seek per kind does not.
    auto range = m_db.prepare(
        "SELECT min(lo), max(hi) FROM (SELECT "
        "(SELECT min(id) FROM node WHERE edition_id = ?1 AND kind = k.column1) AS lo, "
        "(SELECT max(id) FROM node WHERE edition_id = ?1 AND kind = k.column1) AS hi "
        "FROM (VALUES ('category'), ('group'), ('entry'), ('item'), ('note'), ('text')) AS k)");
    if (!range)
        return range.error();
    const bool wholeTable = scope.everything && query.latestOnly;
    const QList<qint64> editions = wholeTable         ? QList<qint64>{0}
                                   : query.latestOnly ? scope.latest
                                                      : scope.newestFirst;
    for (qint64 editionId : editions) {
        if (!query.latestOnly && out.size() >= query.limit)
            break; // all editions: the newest ones filled the page
        Run run{0, 0, std::numeric_limits<qint64>::max()};
        if (editionId != 0) {
            range->reset();
            range->bind(1, editionId);
            if (auto row = range->step(); !row)
                return row.error();
            if (range->isNull(0))
                continue;
            run = {editionId, range->integer(0), range->integer(1)};
        }
        // Headings first: nodes whose code or title has every word, then the rest. A common
        // word's headings usually fill the page, and ranking them is a fraction of ranking
        // every node that mentions it.
        const qsizetype before = out.size();
        // Exclusions apply to the whole node, not only to its heading.
        const QString headingWords = QStringLiteral("{code title} : (%1)").arg(fts.positive);
        const QString headings = FtsExpression{headingWords, fts.negative}.full();
        if (Status s = rankRun(rank.value(), query, headings, run, out, isCancelled); !s)
            return s;
        for (qsizetype i = before; i < out.size(); ++i)
            out[i].score -= kHeadingTier;
        if (out.size() - before >= query.limit)
            continue;
        const QString rest =
            FtsExpression{QStringLiteral("(%1) NOT %2").arg(fts.positive, headingWords),
                          fts.negative}
                .full();
        if (Status s = rankRun(rank.value(), query, rest, run, out, isCancelled); !s)
            return s;
    }
    out.erase(
        std::remove_if(out.begin(), out.end(),
                       [&](const SearchHit& h) { return !scope.editions.contains(h.editionId); }),
        out.end());
    if (query.latestOnly) // one range per list: rank them together
        std::stable_sort(out.begin(), out.end(),
                         [](const SearchHit& a, const SearchHit& b) { return a.score < b.score; });
    if (out.size() > query.limit)
        out.resize(query.limit);
    for (SearchHit& h : out)
        describe(h, scope);
    return addHighlights(fts.full(), out, isCancelled);
}

Status SearchEngine::addTermHits(const SearchQuery& query, const Scope& scope, const QString& fts,
                                 QList<SearchHit>& out)
{
    if ((!query.kind.isEmpty() && query.kind != QLatin1String("term")) ||
        query.sensitivity != Sensitivity::None) // terms are on no list
        return {};
    auto q = m_db.prepare("SELECT t.id, t.edition_id, t.term, "
                          "snippet(term_fts, 1, char(57344), char(57345), char(8230), 14), "
                          "bm25(term_fts, 10.0, 1.0) AS score "
                          "FROM term_fts JOIN term t ON t.id = term_fts.rowid "
                          "WHERE term_fts MATCH ?1 ORDER BY score");
    if (!q)
        return q.error();
    q->bind(1, fts);
    while (out.size() < query.limit) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (!scope.editions.contains(q->integer(1)))
            continue;
        SearchHit hit;
        hit.source = SearchHit::Source::Term;
        hit.id = q->integer(0);
        hit.editionId = q->integer(1);
        hit.code = hit.title = q->text(2);
        hit.kind = QStringLiteral("term");
        hit.snippet = q->text(3);
        hit.score = q->real(4);
        describe(hit, scope);
        out.append(hit);
    }
    return {};
}

Result<SearchResults> SearchEngine::search(const SearchQuery& query, const CancelCheck& isCancelled)
{
    if (Status s = registerFtsRank(m_db); !s)
        return s.error();
    SearchResults results;
    results.query = query.text;
    const SearchTerms typed = parseSearchTerms(query.text, query.prefixLastWord);
    // Defined terms are few: FTS5 expands their prefixes itself. Nodes: see SearchVocabulary.
    const QString termFts = buildFtsQuery(query.text, query.prefixLastWord);
    auto vocabulary = SearchVocabulary::open(m_db);
    if (!vocabulary)
        return vocabulary.error();
    auto nodeFts = vocabulary->expand(typed);
    if (!nodeFts)
        return nodeFts.error();
    results.ftsQuery = nodeFts->full();
    auto scope = scopeFor(query);
    if (!scope)
        return scope.error();
    if (Status s = addCodeHits(query, scope.value(), results); !s)
        return s.error();
    if (Status s = markSensitivity(m_db, results.hits, query.sensitivity); !s)
        return s.error();
    results.codeMatch = !results.hits.isEmpty();
    if (termFts.isEmpty())
        return results;
    QList<SearchHit> text;
    QList<SearchHit> terms;
    // Code hits that fill the page (one per edition of a long history) leave no room for text.
    if (query.kind != QLatin1String("term") && !nodeFts->isEmpty() &&
        results.hits.size() < query.limit)
        if (Status s = addTextHits(query, scope.value(), nodeFts.value(), text, isCancelled); !s)
            return s.error();
    if (Status s = addTermHits(query, scope.value(), termFts, terms); !s)
        return interruptedOr(s.error(), isCancelled);
    if (Status s = markSensitivity(m_db, text, query.sensitivity); !s)
        return interruptedOr(s.error(), isCancelled);
    // Drop text hits that repeat a code hit or sit inside its entry ("4D004~2" for 4D004):
    // the entry shows them; what is left are the places that mention the code.
    text.erase(std::remove_if(text.begin(), text.end(),
                              [&](const SearchHit& h) {
                                  return std::any_of(
                                      results.hits.cbegin(), results.hits.cend(),
                                      [&](const SearchHit& c) { return inside(h, c); });
                              }),
               text.end());
    // A term whose name is exactly what was typed comes before the text hits.
    const QString wanted = unquoted(query.text);
    for (const SearchHit& t : terms)
        if (t.code.toCaseFolded() == wanted)
            results.hits.append(t);
    results.hits.append(text);
    for (const SearchHit& t : terms)
        if (t.code.toCaseFolded() != wanted)
            results.hits.append(t);
    if (results.hits.size() > query.limit)
        results.hits.resize(query.limit);
    if (results.hits.isEmpty()) {
        auto suggestion = spellingSuggestion(query.text, typed, vocabulary.value());
        if (!suggestion)
            return suggestion.error();
        results.suggestion = suggestion.value();
    }
    return results;
}

Result<QString> SearchEngine::spellingSuggestion(const QString& userText, const SearchTerms& terms,
                                                 SearchVocabulary& vocabulary)
{
    QString text = userText;
    bool changed = false;
    for (const QList<FtsPart>& clause : terms.clauses)
        for (const FtsPart& part : clause)
            for (const QString& token : vocabulary.tokens(part.words)) {
                auto known = vocabulary.contains(token);
                if (!known)
                    return known.error();
                if (known.value())
                    continue;
                if (part.prefix) { // while typing: a prefix some word has is no slip
                    auto completions = vocabulary.completions(token, 1);
                    if (!completions)
                        return completions.error();
                    if (!completions->isEmpty())
                        continue;
                }
                auto nearest = vocabulary.nearestWord(token);
                if (!nearest)
                    return nearest.error();
                if (nearest->isEmpty())
                    continue;
                const QRegularExpression typed(
                    QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(token)),
                    QRegularExpression::CaseInsensitiveOption |
                        QRegularExpression::UseUnicodePropertiesOption);
                if (typed.match(text).hasMatch()) {
                    text.replace(typed, nearest.value());
                    changed = true;
                }
            }
    return changed ? text.simplified() : QString();
}

} // namespace paceline
