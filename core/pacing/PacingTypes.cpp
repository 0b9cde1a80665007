#include "PacingTypes.h"

#include <cmath>

namespace paceline {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString years(double value)
{
    return QString::number(std::round(value * 10.0) / 10.0, 'f', 1) + QStringLiteral(" y");
}

} // namespace

DateSpan DateSpan::of(const PartialDate& date)
{
    if (!date.isValid())
        return {};
    return {date.earliest(), date.latest()};
}

DateSpan DateSpan::by(const PartialDate& date, const std::optional<PartialDate>& before)
{
    DateSpan s;
    if (date.isValid())
        s.latest = date.latest();
    if (before && before->isValid())
        s.earliest = before->latest().addDays(1);
    return s;
}

QString DateSpan::describe() const
{
    if (isExact())
        return iso(*earliest);
    if (earliest && latest)
        return iso(*earliest) + QStringLiteral(" \u2013 ") + iso(*latest);
    if (latest)
        return QStringLiteral("by ") + iso(*latest);
    if (earliest)
        return QStringLiteral("after ") + iso(earliest->addDays(-1));
    return {};
}

double yearsBetween(const QDate& from, const QDate& to)
{
    return double(from.daysTo(to)) / 365.25;
}

LagSpan LagSpan::between(const DateSpan& from, const DateSpan& to)
{
    LagSpan lag;
    if (to.latest && from.earliest)
        lag.high = yearsBetween(*from.earliest, *to.latest);
    if (to.earliest && from.latest)
        lag.low = yearsBetween(*from.latest, *to.earliest);
    // A list acts on a decision after it is made: where the spans overlap, the lag starts at
    // 0, not at a negative figure no one would believe.
    const bool whollyBefore = lag.high && *lag.high < 0;
    if (!whollyBefore && lag.low && *lag.low < 0)
        lag.low = 0.0;
    if (!whollyBefore && !lag.low && lag.high && to.latest && from.earliest)
        lag.low = 0.0;
    return lag;
}

QString LagSpan::describe() const
{
    if (low && high) {
        if (std::abs(*high - *low) < 0.05)
            return years(*high);
        if (std::abs(*low) < 0.05)
            return QStringLiteral("\u2264 ") + years(*high);
        return QString::number(std::round(*low * 10.0) / 10.0, 'f', 1) + QStringLiteral("\u2013") +
               years(*high);
    }
    if (high)
        return QStringLiteral("\u2264 ") + years(*high);
    if (low)
        return QStringLiteral("> ") + years(*low);
    return {};
}

QString regimeChangeKindName(RegimeChangeKind kind)
{
    switch (kind) {
    case RegimeChangeKind::Added:
        return QStringLiteral("added");
    case RegimeChangeKind::Removed:
        return QStringLiteral("removed");
    case RegimeChangeKind::Changed:
        return QStringLiteral("changed");
    case RegimeChangeKind::Renumbered:
        return QStringLiteral("renumbered");
    }
    return {};
}

QString implementationStatusName(ImplementationStatus status)
{
    switch (status) {
    case ImplementationStatus::Implemented:
        return QStringLiteral("implemented");
    case ImplementationStatus::ImplementedDifferently:
        return QStringLiteral("implemented differently");
    case ImplementationStatus::NotYetImplemented:
        return QStringLiteral("not yet implemented");
    case ImplementationStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

const QList<ImplementationStatus>& allImplementationStatuses()
{
    static const QList<ImplementationStatus> all = {
        ImplementationStatus::Implemented, ImplementationStatus::ImplementedDifferently,
        ImplementationStatus::NotYetImplemented, ImplementationStatus::Unknown};
    return all;
}

QString evidenceKindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::None:
        return {};
    case EvidenceKind::Edition:
        return QStringLiteral("edition");
    case EvidenceKind::TimelineEvent:
        return QStringLiteral("timeline event");
    }
    return {};
}

} // namespace paceline
