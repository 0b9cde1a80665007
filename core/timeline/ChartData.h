#pragma once

#include "timeline/Era.h"
#include "timeline/LagAnalysis.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace paceline {

class Database;
struct EditionInfo;

// Regimes as the charts colour them.
enum class RegimeGroup { Wassenaar, US, EU, MTCR, NSG, AustraliaGroup, National };
RegimeGroup regimeGroupOf(const QString& regime);
QString regimeGroupName(RegimeGroup group);
const QList<RegimeGroup>& allRegimeGroups();

// Decimal year of a day (2013-12-04 -> 2013.92); the chart's time axis.
double decimalYear(const QDate& day);

enum class LaneSort { Name, Emergence, Lag };

struct ChartFilter {
    QSet<RegimeGroup> regimes;  // empty: all
    QSet<QString> technologies; // labels; empty: all
    QString technologyText;     // what the labels were chosen by ("intrusion"), for captions
    Confidence minConfidence = Confidence::Low;
    std::optional<QDate> from; // facts whose date range meets [from, to]
    std::optional<QDate> to;
    LaneSort sort = LaneSort::Emergence;
    bool groupByCategory = false;

    bool isDefault() const;
    // For captions: "Technologies: all · Regimes: Wassenaar, US · Confidence ≥ medium ·
    // Years: 1990–2025".
    QString describe() const;
};

// The labels of the technologies whose name or label contains the text (case ignored), as
// the chart's "Technology contains…" box chooses them.
QSet<QString> technologiesMatching(const QList<Technology>& technologies, const QString& text);

// A milestone or control event placed on a lane. A partial date spans start..end (decimal
// years, end exclusive), so "2013" covers the whole year and no day is invented.
struct ChartFact {
    bool isEvent = false;
    QString extId;
    PartialDate date;
    double start = 0;
    double end = 0;
    QString kind; // milestone class or event type
    RegimeGroup regime = RegimeGroup::National;
    QString regimeText;
    QString description;
    QString sourceUrl;
    Confidence confidence = Confidence::High;
    QStringList codes;
    QString entryText;
    int lane = 0;

    double centre() const { return (start + end) / 2.0; }
};

// One step of a technology's chain: emergence to the regime's decision, or the decision to one
// national list's first control, at the dates' midpoints.
struct ChainLink {
    RegimeGroup group = RegimeGroup::Wassenaar; // whose control ends the step
    double from = 0;
    double to = 0;
    QString label;   // "WA 10.4 y", "US +8.3 y", "EU +0.9 y"
    QString eventId; // the control event that ends the step
};

// The chain of a technology: empty without an emergence or a regime decision.
QList<ChainLink> chainOf(const TechnologyLag& lag);

struct ChartLane {
    Technology technology;
    TechnologyLag lag;
    QList<int> facts; // indices into ChartData::facts
    // Emergence -> first control, at the dates' midpoints; absent without both.
    std::optional<double> barStart;
    std::optional<double> barEnd;
    QString barLabel; // "10.4 y"
    // Emergence -> regime decision -> each national list, when the regime's decision is known;
    // then it replaces the bar, so the two lags read together.
    QList<ChainLink> chain;
};

struct ChartEdition {
    QString label; // "Wassenaar Dual-Use List 2023": the list's name and the edition's label
    PartialDate date;
    double x = 0;
    QString edition; // the edition's own label: "WA-LIST (23) 1"
};

// An era as a band on the time axis: start..end in decimal years, end exclusive.
struct ChartEra {
    Era era;
    double start = 0;
    double end = 0;
};

struct ChartData {
    QList<ChartLane> lanes;
    QList<ChartFact> facts;
    QList<ChartEdition> editions;
    QList<ChartEra> eras; // by start; build() leaves it empty, fromDatabase() fills it
    double minX = 0;      // the facts' extent (eras not included)
    double maxX = 0;

    int factCount(bool events) const;
    // Distinct events (or milestones): a fact on several lanes counts once.
    int distinctFactCount(bool events) const;
    static ChartData build(const QList<Technology>& technologies,
                           const QList<Milestone>& milestones, const QList<ControlEvent>& events,
                           const QList<EditionInfo>& editions, const ChartFilter& filter);
    static Result<ChartData> fromDatabase(Database& db, const ChartFilter& filter);
    // Eras as bands (ChartEras.cpp): a partial date spans what it may stand for ("2013" the
    // whole year), an open era runs to the end of `today`; bands are cut to the filter's
    // from..to and dropped when outside it.
    static QList<ChartEra> placeEras(const QList<Era>& eras, const ChartFilter& filter,
                                     const QDate& today);
};

} // namespace paceline
