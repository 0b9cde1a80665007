#include "TimelineTypes.h"

#include <QRegularExpression>

namespace paceline {

std::optional<Confidence> confidenceFromString(const QString& text)
{
    if (text == QLatin1String("high"))
        return Confidence::High;
    if (text == QLatin1String("medium"))
        return Confidence::Medium;
    if (text == QLatin1String("low"))
        return Confidence::Low;
    return std::nullopt;
}

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    }
    return {};
}

const QStringList& milestoneClasses()
{
    static const QStringList classes = {
        QStringLiteral("first_demonstration"),
        QStringLiteral("first_commercial_or_public_release"),
        QStringLiteral("later_demonstration"),
        QStringLiteral("later_product"),
        QStringLiteral("deployment"),
        QStringLiteral("mass_diffusion"),
        QStringLiteral("other"),
    };
    return classes;
}

Status checkTimelineDate(const PartialDate& date, const char* field, const QDate& today)
{
    const QString column = QLatin1String(field);
    if (!date.isValid())
        return badInput(QStringLiteral("a date of the form YYYY, YYYY-MM or YYYY-MM-DD is "
                                       "required"),
                        column);
    if (date.year() < kTimelineFirstYear)
        return badInput(QStringLiteral("%1 is before %2; is the year mistyped?")
                            .arg(date.toIsoString())
                            .arg(kTimelineFirstYear),
                        column);
    // A year or month may start up to the bound: "2031" is accepted until the end of 2026.
    const QDate last = today.addYears(kTimelineYearsAhead);
    if (date.earliest() > last)
        return badInput(QStringLiteral("%1 is more than %2 years after today (the latest date "
                                       "accepted is %3); is the year mistyped?")
                            .arg(date.toIsoString())
                            .arg(kTimelineYearsAhead)
                            .arg(last.toString(Qt::ISODate)),
                        column);
    return {};
}

QStringList extractEntryCodes(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.])(\\d\\.[A-E]\\.\\d{1,3}(?:\\.[a-z](?:\\.\\d{1,2})?)?|\\d[A-E]"
                       "\\d{3}(?:\\.[a-z](?:\\.\\d{1,2})?)?)(?![\\w])"));
    QStringList codes;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString code = it.next().captured(1);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

} // namespace paceline
