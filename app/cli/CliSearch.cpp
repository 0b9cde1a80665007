#include "CliSearch.h"

#include "CliCommands.h"
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

Result<SearchQuery> queryFrom(const Args& a)
{
    SearchQuery q;
    q.text = a.positional.join(QLatin1Char(' '));
    if (q.text.trimmed().isEmpty())
        return badInput(
            QStringLiteral("search needs a QUERY, e.g. \"intrusion software\" or 4A005"));
    bool ok = true;
    q.limit = a.value("--limit", QStringLiteral("20")).toInt(&ok);
    if (!ok || q.limit < 1 || q.limit > 10000)
        return badInput(QStringLiteral("--limit takes a number from 1 to 10000"),
                        QStringLiteral("--limit"));
    q.listKey = a.value("--list");
    q.kind = a.value("--kind");
    static const QStringList kinds = {QStringLiteral("category"), QStringLiteral("group"),
                                      QStringLiteral("entry"),    QStringLiteral("item"),
                                      QStringLiteral("note"),     QStringLiteral("text"),
                                      QStringLiteral("term")};
    if (!q.kind.isEmpty() && !kinds.contains(q.kind))
        return badInput(QStringLiteral("unknown kind \"%1\"; choose %2")
                            .arg(q.kind, kinds.join(QStringLiteral(", "))),
                        QStringLiteral("--kind"));
    q.latestOnly = !a.has("--all-editions");
    if (a.has("--sensitive") && a.has("--very-sensitive"))
        return badInput(QStringLiteral("choose one of --sensitive and --very-sensitive (the Very "
                                       "Sensitive List is part of the Sensitive List)"),
                        QStringLiteral("--very-sensitive"));
    if (a.has("--sensitive"))
        q.sensitivity = Sensitivity::Sensitive;
    if (a.has("--very-sensitive"))
        q.sensitivity = Sensitivity::VerySensitive;
    return q;
}

} // namespace

int cmdSearch(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--limit"), QStringLiteral("--json"),
                                 QStringLiteral("--list"), QStringLiteral("--kind"),
                                 QStringLiteral("--all-editions"), QStringLiteral("--sensitive"),
                                 QStringLiteral("--very-sensitive")});
        !s)
        return report(err, s.error());
    auto query = queryFrom(a);
    if (!query)
        return report(err, query.error());
    auto db = openDatabase(a, false, false);
    if (!db)
        return report(err, db.error());
    auto results = SearchEngine(**db).search(query.value());
    if (!results)
        return report(err, results.error());
    if (a.has("--json")) {
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
