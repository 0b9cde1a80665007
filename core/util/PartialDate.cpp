#include "PartialDate.h"

#include <QLocale>

namespace paceline {

PartialDate::PartialDate(int year, int month, int day, Precision precision)
    : m_year(year)
    , m_month(precision == Precision::Year ? 0 : month)
    , m_day(precision == Precision::Day ? day : 0)
    , m_precision(precision)
{
}

std::optional<PartialDate> PartialDate::parse(const QString& text)
{
    // Hand-written rather than a regular expression: timeline reads parse every row's date.
    const QString t = text.trimmed();
    const auto digits = [&t](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = t.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
            value = value * 10 + (c.unicode() - '0');
        }
        return value;
    };
    const qsizetype n = t.size();
    if (n != 4 && n != 7 && n != 10)
        return std::nullopt;
    const int year = digits(0, 4);
    if (year < 1000)
        return std::nullopt;
    if (n == 4)
        return PartialDate(year, 0, 0, Precision::Year);
    const int month = t.at(4) == QLatin1Char('-') ? digits(5, 2) : -1;
    if (month < 1 || month > 12)
        return std::nullopt;
    if (n == 7)
        return PartialDate(year, month, 0, Precision::Month);
    const int day = t.at(7) == QLatin1Char('-') ? digits(8, 2) : -1;
    if (day < 1 || !QDate(year, month, day).isValid())
        return std::nullopt;
    return PartialDate(year, month, day, Precision::Day);
}

std::optional<PartialDate::Precision> PartialDate::parsePrecision(const QString& text)
{
    if (text == QLatin1String("year"))
        return Precision::Year;
    if (text == QLatin1String("month"))
        return Precision::Month;
    if (text == QLatin1String("day"))
        return Precision::Day;
    return std::nullopt;
}

QString PartialDate::precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        return QStringLiteral("day");
    }
    return {};
}

QString PartialDate::toIsoString() const
{
    if (!isValid())
        return {};
    QString s = QString::number(m_year);
    if (m_precision != Precision::Year)
        s += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_precision == Precision::Day)
        s += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return s;
}

QString PartialDate::toDisplayString() const
{
    if (!isValid())
        return {};
    const QLocale c = QLocale::c();
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return c.monthName(m_month, QLocale::ShortFormat) + QLatin1Char(' ') +
               QString::number(m_year);
    case Precision::Day:
        return QStringLiteral("%1 %2 %3")
            .arg(m_day)
            .arg(c.monthName(m_month, QLocale::ShortFormat))
            .arg(m_year);
    }
    return {};
}

QDate PartialDate::earliest() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_precision == Precision::Year ? 1 : m_month,
                 m_precision == Precision::Day ? m_day : 1);
}

QDate PartialDate::latest() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::midpoint() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 7, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 15);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

} // namespace paceline
