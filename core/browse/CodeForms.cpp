#include "CodeForms.h"

#include <QRegularExpression>

namespace paceline::CodeForms {

namespace {

// Item suffixes are lower case in every list we know ("5A001.j", "4A005.z.1").
QString itemSuffix(const QString& captured)
{
    return captured.toLower();
}

QString eccn(const QString& category, const QString& group, int number, const QString& suffix)
{
    return category + group.toUpper() + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0')) +
           suffix;
}

QString wassenaar(const QString& category, const QString& group, int number, const QString& suffix)
{
    return category + QLatin1Char('.') + group.toUpper() + QLatin1Char('.') +
           QString::number(number) + suffix;
}

QString cleaned(const QString& text)
{
    static const QRegularExpression prefix(QStringLiteral("^(?:ECCN|ECCNs)\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString t = text.trimmed();
    t.remove(prefix);
    while (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    return t;
}

} // namespace

QStringList candidates(const QString& text)
{
    static const QRegularExpression eccnStyle(
        QStringLiteral("^(\\d)([A-Ea-e])(\\d{1,3})((?:\\.[A-Za-z0-9]+)*)$"));
    static const QRegularExpression waStyle(
        QStringLiteral("^(\\d{1,2})\\.([A-Ea-e])\\.(\\d{1,3})((?:\\.[A-Za-z0-9]+)*)$"));
    const QString t = cleaned(text);
    if (const auto m = eccnStyle.match(t); m.hasMatch()) {
        const int number = m.captured(3).toInt();
        const QString suffix = itemSuffix(m.captured(4));
        return {eccn(m.captured(1), m.captured(2), number, suffix),
                wassenaar(m.captured(1), m.captured(2), number, suffix)};
    }
    if (const auto m = waStyle.match(t); m.hasMatch()) {
        const int number = m.captured(3).toInt();
        const QString suffix = itemSuffix(m.captured(4));
        QStringList out{wassenaar(m.captured(1), m.captured(2), number, suffix)};
        if (m.captured(1).size() == 1)
            out << eccn(m.captured(1), m.captured(2), number, suffix);
        return out;
    }
    return {};
}

QString parentCode(const QString& code)
{
    if (const qsizetype tilde = code.indexOf(QLatin1Char('~')); tilde > 0)
        return code.left(tilde);
    static const QRegularExpression base(
        QStringLiteral("^(?:\\d[A-E]\\d{3}|\\d{1,2}\\.[A-E]\\.\\d{1,3})"));
    const auto m = base.match(code);
    if (!m.hasMatch() || m.capturedLength() >= code.size())
        return {};
    const qsizetype dot = code.lastIndexOf(QLatin1Char('.'));
    return dot >= m.capturedLength() ? code.left(dot) : QString();
}

} // namespace paceline::CodeForms
