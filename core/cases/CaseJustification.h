#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

struct CaseSource {
    QString title;
    QString url;
    friend bool operator==(const CaseSource&, const CaseSource&) = default;
};

// The structured argument of a case, stored as amendment_case.justification JSON. Keys this
// version does not know are kept, so an older or newer build never drops a colleague's data.
struct CaseJustification {
    QString technology; // technology label from the timeline ("intrusion_software")
    QString whyNow;
    QStringList milestones; // timeline milestone ids ("TM-09")
    QStringList events;     // control event ids ("CE-019")
    QString foreignAvailability;
    QString specifiability;
    QString parameters; // the technical parameters that would define the item
    QString legitimateUse;
    QStringList legitimateUseAreas; // "security_research", "bug_bounties", ...
    QString licensingImpact;
    QString consultations;
    QList<CaseSource> sources;
    QJsonObject unknown;

    static CaseJustification fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};

// The areas of legitimate use an analyst can tick: stored name and title for people.
const QList<std::pair<QString, QString>>& legitimateUseAreaNames();

} // namespace paceline
