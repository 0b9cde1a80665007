#include "CliSearch.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "search/SearchEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline::cli {

namespace {

// Matches are shown between guillemets, which the lists themselves do not use.
QString marked(QString snippet)
{
    snippet.replace(kMatchStart, QChar(0x00AB)).replace(kMatchEnd, QChar(0x00BB));
    return snippet.simplified();
}

QString sourceName(SearchHit::Source s)
{
    switch (s) {
    case SearchHit::Source::Code:
        return QStringLiteral("code");
    case SearchHit::Source::Term:
        return QStringLiteral("term");
    case SearchHit::Source::Text:
        break;
    }
    return QStringLiteral("text");
}

// "sensitivity" only on hits on the Sensitive List, so other hits read as before.
QJsonObject toJson(const SearchHit& h)
{
    QJsonObject o{{QStringLiteral("code"), h.code},
                  {QStringLiteral("kind"), h.kind},
                  {QStringLiteral("title"), marked(h.title)},
                  {QStringLiteral("snippet"), marked(h.snippet)},
                  {QStringLiteral("match"), sourceName(h.source)},
                  {QStringLiteral("list"), h.listKey},
                  {QStringLiteral("list_name"), h.listName},
                  {QStringLiteral("edition"), h.editionLabel}};
    if (h.sensitivity != Sensitivity::None)
        o.insert(QLatin1String("sensitivity"), sensitivityValue(h.sensitivity));
    return o;
}

QString badge(Sensitivity s)
{
    switch (s) {
    case Sensitivity::Sensitive:
        return QStringLiteral("  [SL]");
    case Sensitivity::VerySensitive:
        return QStringLiteral("  [VSL]");
    case Sensitivity::None:
        break;
    }
    return {};
}

// "-word" leaves a word out of the results: a query word, not an option. It passes the parser
// behind this mark, which comes off again before the query is read.
constexpr QChar kQueryWordMark(0xE000);

QStringList markQueryWords(QStringList args)
{
    for (QString& a : args)
        if (a.size() > 1 && a.at(0) == QLatin1Char('-') && a.at(1) != QLatin1Char('-') &&
            a != QLatin1String("-h"))
            a.prepend(kQueryWordMark);
    return args;
}

QString unmarked(QString text)
{
    return text.remove(kQueryWordMark);
}

struct SearchOptions {
    QCommandLineOption limit{QStringLiteral("limit"),
                             QStringLiteral("at most N results, 1 to 10000 (default: 20)"),
                             QStringLiteral("N"), QStringLiteral("20")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("write JSON")};
    QCommandLineOption list{QStringLiteral("list"), QStringLiteral("only this list"),
                            QStringLiteral("KEY")};
    QCommandLineOption kind{QStringLiteral("kind"),
                            QStringLiteral("only nodes of this kind: category, group, entry, "
                                           "item, note, text or term"),
                            QStringLiteral("K")};
    QCommandLineOption allEditions{QStringLiteral("all-editions"),
                                   QStringLiteral("every edition, not only the newest of each "
                                                  "list")};
    QCommandLineOption sensitive{QStringLiteral("sensitive"),
                                 QStringLiteral("only entries on the Wassenaar Sensitive List")};
    QCommandLineOption verySensitive{QStringLiteral("very-sensitive"),
                                     QStringLiteral("only entries on the Wassenaar Very "
                                                    "Sensitive List")};
};

const char kSearchDescription[] =
    R"(Full-text and code search ("intrusion software", softw*, 4A005, 4a5, 4.A.5,
4a1a2, ml8a): every word must appear, OR between two words takes either, and
a -word or NOT word leaves that word out. Newest editions only unless
--all-editions.)";

Result<SearchQuery> queryFrom(const CommandLine& cl, const SearchOptions& o)
{
    SearchQuery q;
    QStringList words;
    for (const QString& w : cl.arguments())
        words << unmarked(w);
    q.text = words.join(QLatin1Char(' '));
    if (q.text.trimmed().isEmpty())
        return badInput(cl.usageMessage(
            QStringLiteral("search needs a QUERY, e.g. \"intrusion software\" or 4A005")));
    bool ok = true;
    q.limit = unmarked(cl.value(o.limit)).toInt(&ok);
    if (!ok || q.limit < 1 || q.limit > 10000)
        return badInput(QStringLiteral("--limit takes a number from 1 to 10000"),
                        QStringLiteral("--limit"));
    q.listKey = unmarked(cl.value(o.list));
    q.kind = unmarked(cl.value(o.kind));
    static const QStringList kinds = {QStringLiteral("category"), QStringLiteral("group"),
                                      QStringLiteral("entry"),    QStringLiteral("item"),
                                      QStringLiteral("note"),     QStringLiteral("text"),
                                      QStringLiteral("term")};
    if (!q.kind.isEmpty() && !kinds.contains(q.kind))
        return badInput(QStringLiteral("unknown kind \"%1\"; choose %2")
                            .arg(q.kind, kinds.join(QStringLiteral(", "))),
                        QStringLiteral("--kind"));
    q.latestOnly = !cl.isSet(o.allEditions);
    if (cl.isSet(o.sensitive) && cl.isSet(o.verySensitive))
        return badInput(QStringLiteral("choose one of --sensitive and --very-sensitive (the Very "
                                       "Sensitive List is part of the Sensitive List)"),
                        QStringLiteral("--very-sensitive"));
    if (cl.isSet(o.sensitive))
        q.sensitivity = Sensitivity::Sensitive;
    if (cl.isSet(o.verySensitive))
        q.sensitivity = Sensitivity::VerySensitive;
    return q;
}

} // namespace

int cmdSearch(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    Invocation withQueryWords = inv;
    withQueryWords.args = markQueryWords(inv.args);
    CommandLine cl(withQueryWords, QStringLiteral("QUERY... [options]"),
                   QString::fromUtf8(kSearchDescription));
    const SearchOptions o;
    for (const QCommandLineOption* option :
         {&o.limit, &o.json, &o.list, &o.kind, &o.allEditions, &o.sensitive, &o.verySensitive})
        cl.addOption(*option);
    cl.addArgument(QStringLiteral("QUERY"),
                   QStringLiteral("the words, codes and \"phrases\" to find; -word needs no "
                                  "quotes"),
                   QStringLiteral("QUERY..."));
    if (const auto done = cl.parse(out, err))
        return *done;
    auto query = queryFrom(cl, o);
    if (!query)
        return report(err, query.error());
    auto db = openDatabase(cl.databasePath(), false, false);
    if (!db)
        return report(err, db.error());
    auto results = SearchEngine(**db).search(query.value());
    if (!results)
        return report(err, results.error());
    if (cl.isSet(o.json)) {
        QJsonArray hits;
        for (const SearchHit& h : results->hits)
            hits.append(toJson(h));
        out << QString::fromUtf8(QJsonDocument(hits).toJson(QJsonDocument::Indented));
        if (!results->suggestion.isEmpty()) // stdout stays the array scripts read
            err << "paceline-cli: no results; did you mean \"" << results->suggestion << "\"?"
                << Qt::endl;
        return Success;
    }
    for (const SearchHit& h : results->hits) {
        out << h.code << "  [" << h.kind << "]" << badge(h.sensitivity) << "  " << h.listName
            << " — " << h.editionLabel << Qt::endl;
        if (!h.title.isEmpty() && h.title != h.code)
            out << "    " << marked(h.title) << Qt::endl;
        if (!h.snippet.isEmpty() && h.source != SearchHit::Source::Code)
            out << "    " << marked(h.snippet) << Qt::endl;
    }
    out << results->hits.size() << (results->hits.size() == 1 ? " result" : " results") << Qt::endl;
    if (!results->suggestion.isEmpty())
        out << "Did you mean \"" << results->suggestion << "\"?" << Qt::endl;
    return Success;
}

} // namespace paceline::cli
