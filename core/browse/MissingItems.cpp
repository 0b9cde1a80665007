#include "MissingItems.h"

#include <QRegularExpression>

namespace paceline {

namespace {

bool announcesItems(const QString& words)
{
    static const QRegularExpression announce(
        QStringLiteral("as follows|list of items controlled|(?:^|\\n)\\s*items\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    return announce.match(words).hasMatch() || words.trimmed().endsWith(QLatin1Char(':'));
}

bool citesOwnParagraph(const QString& code, const QString& words)
{
    // "5A001.a", "4.A.5.b.2" and the bare ".d, .x, and .y of this entry".
    const QRegularExpression own(QStringLiteral("(?:\\b%1|(?:^|[\\s(,])\\s*)\\.[a-z](?![a-zA-Z])")
                                     .arg(QRegularExpression::escape(code)));
    return own.match(words).hasMatch();
}

} // namespace

bool itemsMissing(const EditionInfo& edition, const QList<EntryNode>& nodes)
{
    if (nodes.size() != 1 || nodes.first().kind != QLatin1String("entry"))
        return false;
    const EntryNode& entry = nodes.first();
    if (edition.listKey == QLatin1String("us-ccl"))
        return true;
    const QString words = entry.title + QLatin1Char('\n') + entry.text;
    if (announcesItems(entry.title) || announcesItems(entry.text))
        return true;
    QString cited = words;
    for (const auto& [key, value] : entry.attributes)
        cited += QLatin1Char('\n') + value;
    return citesOwnParagraph(entry.code, cited);
}

} // namespace paceline
