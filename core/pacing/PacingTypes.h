#pragma once

#include "util/PartialDate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace paceline {

// When something happened, as far as the evidence tells. An edition's date is an upper bound
// (its changes were made by then); the edition before it, a lower bound. A day-precise
// timeline event makes both ends the same day.
struct DateSpan {
    std::optional<QDate> earliest; // absent: nothing tells how early
    std::optional<QDate> latest;   // absent: nothing tells how late

    static DateSpan of(const PartialDate& date);
    // Made by `date`, after `before` (absent: no earlier evidence).
    static DateSpan by(const PartialDate& date, const std::optional<PartialDate>& before);

    bool isExact() const { return earliest && latest && *earliest == *latest; }
    // "2013-12-04", "by 2015-12-24", "2012-12-13 – 2013-12-04", "after 2025-12-31".
    QString describe() const;
};

// A lag in years, as an interval when its ends are bounds. Negative when the national list
// came first.
struct LagSpan {
    std::optional<double> low;
    std::optional<double> high;

    bool isEmpty() const { return !low && !high; }
    // "8.3 y", "≤ 2.1 y", "0.9–2.1 y", "> 12.1 y".
    QString describe() const;
    // The years from `from` to `to`, as far as both spans allow; never below 0 unless `to`
    // lies wholly before `from`.
    static LagSpan between(const DateSpan& from, const DateSpan& to);
};

double yearsBetween(const QDate& from, const QDate& to);

enum class RegimeChangeKind { Added, Removed, Changed, Renumbered };
QString regimeChangeKindName(RegimeChangeKind kind); // "added", "removed", ...

enum class ImplementationStatus { Implemented, ImplementedDifferently, NotYetImplemented, Unknown };
QString implementationStatusName(ImplementationStatus status);
const QList<ImplementationStatus>& allImplementationStatuses();

// What a date rests on.
enum class EvidenceKind { None, Edition, TimelineEvent };
QString evidenceKindName(EvidenceKind kind); // "", "edition", "timeline event"

} // namespace paceline
