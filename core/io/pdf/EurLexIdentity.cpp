#include "EurLexIdentity.h"

#include <QDate>
#include <QRegularExpression>

namespace paceline {

namespace {

// The identity is on the cover page; the list's own text starts well after.
constexpr int kHeadChars = 12000;

QString isoFromDotted(const QString& day, const QString& month, const QString& year)
{
    const QDate d(year.toInt(), month.toInt(), day.toInt());
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

std::optional<EurLexAct> identifyEurLexAct(const QString& text)
{
    const QString head = text.left(kHeadChars);
    static const QRegularExpression title(
        QStringLiteral("\\bREGULATION\\s+\\((EU|EC)\\)\\s+(No\\s+)?(\\d{1,4}/\\d{1,4})"),
        QRegularExpression::CaseInsensitiveOption);
    const auto t = title.match(head);
    if (!t.hasMatch())
        return std::nullopt;
    EurLexAct act;
    act.kind = QStringLiteral("Regulation");
    act.number =
        QStringLiteral("(%1) %2%3")
            .arg(t.captured(1).toUpper(),
                 t.captured(2).isEmpty() ? QString() : QStringLiteral("No "), t.captured(3));
    // A consolidated text's running head: CELEX number, language, version date.
    static const QRegularExpression consolidated(QStringLiteral(
        "\\b\\d{4}[RL]\\d{4}\\s+\u2014\\s+[A-Z]{2}\\s+\u2014\\s+(\\d{2})\\.(\\d{2})\\.(\\d{4})"));
    static const QRegularExpression journal(
        QStringLiteral("\\(OJ L \\d+[A-Z]?, (\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"));
    if (const auto c = consolidated.match(head); c.hasMatch())
        act.date = isoFromDotted(c.captured(1), c.captured(2), c.captured(3));
    else if (const auto j = journal.match(head); j.hasMatch())
        act.date = isoFromDotted(j.captured(1), j.captured(2), j.captured(3));
    static const QRegularExpression dualUse(QStringLiteral("dual[- ]use"),
                                            QRegularExpression::CaseInsensitiveOption);
    act.dualUseAnnex = text.contains(QLatin1String("ANNEX I")) && dualUse.match(head).hasMatch();
    return act;
}

ListTextOptions withEurLexIdentity(ListTextOptions options, const QString& text)
{
    const auto act = identifyEurLexAct(text);
    if (!act || !act->dualUseAnnex)
        return options;
    if (options.listKey.isEmpty()) {
        options.listKey = QStringLiteral("eu-annex-i");
        if (options.listName.isEmpty())
            options.listName = QStringLiteral("EU dual-use list (Annex I)");
        if (options.regimeKey.isEmpty()) {
            options.regimeKey = QStringLiteral("eu");
            options.regimeName = QStringLiteral("European Union");
        }
    }
    if (options.editionLabel.isEmpty())
        options.editionLabel = act->kind + QLatin1Char(' ') + act->number;
    if (options.editionDate.isEmpty())
        options.editionDate = act->date;
    return options;
}

} // namespace paceline
