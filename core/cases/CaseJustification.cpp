#include "CaseJustification.h"

#include <QJsonArray>

namespace paceline {

namespace {

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

const char* const kTextKeys[] = {"technology",       "why_now",      "foreign_availability",
                                 "specifiability",   "parameters",   "legitimate_use",
                                 "licensing_impact", "consultations"};

QString* textField(CaseJustification& j, int i)
{
    QString* fields[] = {&j.technology, &j.whyNow,        &j.foreignAvailability, &j.specifiability,
                         &j.parameters, &j.legitimateUse, &j.licensingImpact,     &j.consultations};
    return fields[i];
}

} // namespace

CaseJustification CaseJustification::fromJson(const QJsonObject& o)
{
    CaseJustification j;
    j.unknown = o;
    for (int i = 0; i < 8; ++i) {
        *textField(j, i) = o.value(QLatin1String(kTextKeys[i])).toString();
        j.unknown.remove(QLatin1String(kTextKeys[i]));
    }
    j.milestones = stringList(o.value(QLatin1String("milestones")));
    j.events = stringList(o.value(QLatin1String("events")));
    j.legitimateUseAreas = stringList(o.value(QLatin1String("legitimate_use_areas")));
    for (const QJsonValue& v : o.value(QLatin1String("sources")).toArray()) {
        const QJsonObject s = v.toObject();
        j.sources.append(
            {s.value(QLatin1String("title")).toString(), s.value(QLatin1String("url")).toString()});
    }
    for (const char* key : {"milestones", "events", "legitimate_use_areas", "sources"})
        j.unknown.remove(QLatin1String(key));
    return j;
}

QJsonObject CaseJustification::toJson() const
{
    QJsonObject o = unknown;
    CaseJustification copy = *this;
    for (int i = 0; i < 8; ++i) {
        const QString& value = *textField(copy, i);
        if (!value.isEmpty())
            o.insert(QLatin1String(kTextKeys[i]), value);
    }
    auto putList = [&o](const char* key, const QStringList& list) {
        if (!list.isEmpty())
            o.insert(QLatin1String(key), QJsonArray::fromStringList(list));
    };
    putList("milestones", milestones);
    putList("events", events);
    putList("legitimate_use_areas", legitimateUseAreas);
    if (!sources.isEmpty()) {
        QJsonArray arr;
        for (const CaseSource& s : sources)
            arr.append(
                QJsonObject{{QStringLiteral("title"), s.title}, {QStringLiteral("url"), s.url}});
        o.insert(QStringLiteral("sources"), arr);
    }
    return o;
}

const QList<std::pair<QString, QString>>& legitimateUseAreaNames()
{
    static const QList<std::pair<QString, QString>> areas = {
        {QStringLiteral("security_research"), QStringLiteral("Security research")},
        {QStringLiteral("bug_bounties"),
         QStringLiteral("Bug bounties and vulnerability disclosure")},
        {QStringLiteral("incident_response"), QStringLiteral("Incident response")},
        {QStringLiteral("penetration_testing"), QStringLiteral("Penetration testing")},
        {QStringLiteral("academic"), QStringLiteral("Academic teaching and publication")},
        {QStringLiteral("open_source"), QStringLiteral("Open-source development")},
    };
    return areas;
}

} // namespace paceline
