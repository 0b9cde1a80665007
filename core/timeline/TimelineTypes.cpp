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
