#include "Citation.h"

#include "lists/CodeGrammar.h"
#include "lists/ListStore.h"

namespace paceline {

QString citationFor(const EditionInfo& edition, const QString& code)
{
    QString cited = code;
    if (const qsizetype tilde = cited.indexOf(QLatin1Char('~')); tilde > 0)
        cited = cited.left(tilde);
    if (edition.listKey == QLatin1String("us-ccl")) {
        // "ECCN 4A005", "ECCN 4A005.a"; categories and part headings are named otherwise.
        const auto parsed = CodeGrammar::parse(cited);
        const bool eccn = parsed && parsed->entry >= 0 &&
                          (parsed->family == CodeGrammar::Family::Eccn ||
                           parsed->family == CodeGrammar::Family::Us600);
        const QString what = eccn ? QStringLiteral("ECCN ")
                                  : (cited.size() == 1 ? QStringLiteral("Category ") : QString());
        return QStringLiteral("15 CFR 774 Supp. 1, %1%2 (%3)").arg(what, cited, edition.label);
    }
    return QStringLiteral("%1 %2 (%3)").arg(edition.listName, cited, edition.label);
}

} // namespace paceline
