#include "TechnologyEvidence.h"

#include "lists/CodeGrammar.h"

#include <algorithm>

namespace paceline {

namespace {

QString displayName(const Technology& t)
{
    return t.name.isEmpty() ? t.label : t.name;
}

// Two concordance keys name the same node, or one is inside the other ("5A001" holds
// "5A001.j").
bool related(const QString& a, const QString& b)
{
    const auto inside = [](const QString& inner, const QString& outer) {
        return inner.size() > outer.size() && inner.startsWith(outer) &&
               inner.at(outer.size()) == QLatin1Char('.');
    };
    return a == b || inside(a, b) || inside(b, a);
}

} // namespace

QList<Technology> sortedForChoice(QList<Technology> technologies)
{
    std::stable_sort(technologies.begin(), technologies.end(),
                     [](const Technology& a, const Technology& b) {
                         return displayName(a).compare(displayName(b), Qt::CaseInsensitive) < 0;
                     });
    return technologies;
}

bool isEvidenceShown(const QStringList& itemTechnologies, bool linked, const QString& technology,
                     bool showAll)
{
    return showAll || linked || technology.isEmpty() || itemTechnologies.contains(technology);
}

bool citesCode(const ControlEvent& event, const QString& code)
{
    const QString key = CodeGrammar::concordanceKey(code);
    if (key.isEmpty())
        return false;
    for (const QString& cited : event.codes) {
        const QString citedKey = CodeGrammar::concordanceKey(cited);
        if (!citedKey.isEmpty() && related(key, citedKey))
            return true;
    }
    return false;
}

QString technologyCitingCode(const QList<ControlEvent>& events, const QString& code)
{
    QStringList technologies;
    for (const ControlEvent& e : events)
        if (citesCode(e, code))
            for (const QString& label : e.technologyLabels)
                if (!technologies.contains(label))
                    technologies << label;
    return technologies.size() == 1 ? technologies.first() : QString();
}

} // namespace paceline
