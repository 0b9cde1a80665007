#include "Citation.h"

#include "lists/ListStore.h"

#include <QRegularExpression>

namespace paceline {

QString citationFor(const EditionInfo& edition, const QString& code)
{
    QString cited = code;
    if (const qsizetype tilde = cited.indexOf(QLatin1Char('~')); tilde > 0)
        cited = cited.left(tilde);
    if (edition.listKey == QLatin1String("us-ccl")) {
        static const QRegularExpression eccn(QStringLiteral("^\\d[A-E]\\d{3}"));
        const QString what = eccn.match(cited).hasMatch()
                                 ? QStringLiteral("ECCN ")
                                 : (cited.size() == 1 ? QStringLiteral("Category ") : QString());
        return QStringLiteral("15 CFR 774 Supp. 1, %1%2 (%3)").arg(what, cited, edition.label);
    }
    return QStringLiteral("%1 %2 (%3)").arg(edition.listName, cited, edition.label);
}

} // namespace paceline
