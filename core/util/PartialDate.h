#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace paceline {

// A date known to the year, the month or the day. The field records "December 2016"
// as often as a precise day; we keep the precision and never invent the missing parts.
class PartialDate {
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    PartialDate(int year, int month, int day, Precision precision);

    // Parses YYYY, YYYY-MM or YYYY-MM-DD; the precision follows the form.
    static std::optional<PartialDate> parse(const QString& text);
    static std::optional<Precision> parsePrecision(const QString& text);
    static QString precisionName(Precision precision);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    Precision precision() const { return m_precision; }

    // ISO text at the stored precision: "2016", "2016-12", "2016-12-07".
    QString toIsoString() const;
    // For people: "2016", "Dec 2016", "7 Dec 2016".
    QString toDisplayString() const;
    // First and last day the date may stand for (a year-only date spans its year).
    QDate earliest() const;
    QDate latest() const;
    // Representative day used for lag arithmetic: year -> 1 July, month -> the 15th.
    QDate midpoint() const;

    friend bool operator==(const PartialDate&, const PartialDate&) = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::Year;
};

} // namespace paceline
