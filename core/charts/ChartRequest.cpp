#include "ChartRequest.h"

#include <QHash>

#include <algorithm>

namespace paceline {

namespace {

using K = ChartKind;

const QList<ChartKind> kAllKinds = {K::Innovation, K::Lag, K::Survival, K::Churn,
                                    K::Implementation};

QString dashed(const QString& name)
{
    return QStringLiteral("--") + name;
}

QString chartPlace(ChartKind kind)
{
    return QStringLiteral("the %1 chart").arg(chartKindName(kind));
}

Error bad(const QString& option, const QString& message)
{
    return badInput(QStringLiteral("%1: %2").arg(dashed(option), message));
}

// One of the named choices, case and spacing ignored.
template <typename T>
std::optional<T> choose(const QString& value, const QList<QPair<QString, T>>& choices)
{
    const QString v = value.simplified().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const auto& [name, choice] : choices)
        if (v == name)
            return choice;
    return std::nullopt;
}

template <typename T> QString choiceNames(const QList<QPair<QString, T>>& choices)
{
    QStringList names;
    for (const auto& c : choices)
        if (!names.contains(c.first) && !c.first.contains(QLatin1Char(' ')))
            names << c.first;
    return names.join(QStringLiteral(", "));
}

std::optional<int> yearOf(const QString& value)
{
    bool ok = false;
    const int year = value.trimmed().toInt(&ok);
    if (!ok || year < 1900 || year > 2100)
        return std::nullopt;
    return year;
}

const QList<QPair<QString, RegimeGroup>>& regimeChoices()
{
    static const QList<QPair<QString, RegimeGroup>> choices = {
        {QStringLiteral("wassenaar"), RegimeGroup::Wassenaar},
        {QStringLiteral("wa"), RegimeGroup::Wassenaar},
        {QStringLiteral("us"), RegimeGroup::US},
        {QStringLiteral("eu"), RegimeGroup::EU},
        {QStringLiteral("mtcr"), RegimeGroup::MTCR},
        {QStringLiteral("nsg"), RegimeGroup::NSG},
        {QStringLiteral("australia-group"), RegimeGroup::AustraliaGroup},
        {QStringLiteral("australia group"), RegimeGroup::AustraliaGroup},
        {QStringLiteral("ag"), RegimeGroup::AustraliaGroup},
        {QStringLiteral("national"), RegimeGroup::National},
    };
    return choices;
}

// Applies one option to the request; the option is known to belong to the request's kind.
Status apply(ChartRequest& r, const QString& name, const QString& value)
{
    if (name == QLatin1String("style")) {
        const auto look =
            choose<ChartLook>(value, {{QStringLiteral("standard"), ChartLook::Standard},
                                      {QStringLiteral("presentation"), ChartLook::Presentation}});
        if (!look)
            return bad(name,
                       QStringLiteral("takes standard or presentation, not \"%1\"").arg(value));
        r.look = *look;
    } else if (name == QLatin1String("technology")) {
        if (value.trimmed().isEmpty())
            return bad(name, QStringLiteral("needs a text that technology names contain"));
        r.filter.technologyText = value.trimmed();
    } else if (name == QLatin1String("regime")) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto group = choose(part, regimeChoices());
            if (!group)
                return bad(name, QStringLiteral("unknown regime \"%1\"; use %2")
                                     .arg(part.trimmed(), choiceNames(regimeChoices())));
            r.filter.regimes.insert(*group);
        }
        if (r.filter.regimes.isEmpty())
            return bad(name, QStringLiteral("needs a regime, e.g. wassenaar,us"));
    } else if (name == QLatin1String("confidence")) {
        const QList<QPair<QString, Confidence>> choices = {
            {QStringLiteral("any"), Confidence::Low},
            {QStringLiteral("low"), Confidence::Low},
            {QStringLiteral("medium"), Confidence::Medium},
            {QStringLiteral("high"), Confidence::High}};
        const auto c = choose(value, choices);
        if (!c)
            return bad(name, QStringLiteral("takes the lowest confidence shown: %1, not \"%2\"")
                                 .arg(choiceNames(choices), value));
        r.filter.minConfidence = *c;
    } else if (name == QLatin1String("from") || name == QLatin1String("to")) {
        const auto year = yearOf(value);
        if (!year)
            return bad(name,
                       QStringLiteral("takes a year from 1900 to 2100, not \"%1\"").arg(value));
        if (name == QLatin1String("from"))
            r.filter.from = QDate(*year, 1, 1);
        else
            r.filter.to = QDate(*year, 12, 31);
    } else if (name == QLatin1String("sort")) {
        const QList<QPair<QString, LaneSort>> choices = {
            {QStringLiteral("emergence"), LaneSort::Emergence},
            {QStringLiteral("name"), LaneSort::Name},
            {QStringLiteral("lag"), LaneSort::Lag}};
        const auto s = choose(value, choices);
        if (!s)
            return bad(name,
                       QStringLiteral("takes %1, not \"%2\"").arg(choiceNames(choices), value));
        r.filter.sort = *s;
    } else if (name == QLatin1String("group-by-category")) {
        r.filter.groupByCategory = true;
    } else if (name == QLatin1String("no-eras")) {
        r.eras = false;
    } else if (name == QLatin1String("lag-to")) {
        const QList<QPair<QString, LagTarget>> choices = {
            {QStringLiteral("any"), LagTarget::FirstControl},
            {QStringLiteral("us"), LagTarget::FirstUsControl},
            {QStringLiteral("eu"), LagTarget::FirstEuControl}};
        const auto t = choose(value, choices);
        if (!t)
            return bad(name, QStringLiteral("takes %1 (the first control by any regime, the "
                                            "first US or the first EU control), not \"%2\"")
                                 .arg(choiceNames(choices), value));
        r.target = *t;
    } else if (name == QLatin1String("by-decade")) {
        r.byDecade = true;
    } else if (name == QLatin1String("list")) {
        if (value.trimmed().isEmpty())
            return bad(name, QStringLiteral("needs a list key"));
        r.listKey = value.trimmed();
    } else if (name == QLatin1String("ignore-typography")) {
        r.ignoreTypography = true;
    } else if (name == QLatin1String("category")) {
        if (value.trimmed().isEmpty())
            return bad(name, QStringLiteral("needs a category code, e.g. 5"));
        r.implementation.category = value.trimmed();
    } else if (name == QLatin1String("year")) {
        const auto year = yearOf(value);
        if (!year)
            return bad(name,
                       QStringLiteral("takes a year from 1900 to 2100, not \"%1\"").arg(value));
        r.implementation.year = *year;
    } else if (name == QLatin1String("status")) {
        const QList<QPair<QString, ImplementationStatus>> choices = {
            {QStringLiteral("implemented"), ImplementationStatus::Implemented},
            {QStringLiteral("differently"), ImplementationStatus::ImplementedDifferently},
            {QStringLiteral("implemented differently"),
             ImplementationStatus::ImplementedDifferently},
            {QStringLiteral("not-yet"), ImplementationStatus::NotYetImplemented},
            {QStringLiteral("not yet implemented"), ImplementationStatus::NotYetImplemented},
            {QStringLiteral("unknown"), ImplementationStatus::Unknown}};
        const auto s = choose(value, choices);
        if (!s)
            return bad(name,
                       QStringLiteral("takes %1, not \"%2\"").arg(choiceNames(choices), value));
        r.implementation.status = *s;
    } else if (name == QLatin1String("evidence")) {
        const QList<QPair<QString, EvidenceKind>> choices = {
            {QStringLiteral("event"), EvidenceKind::TimelineEvent},
            {QStringLiteral("timeline event"), EvidenceKind::TimelineEvent},
            {QStringLiteral("edition"), EvidenceKind::Edition}};
        const auto e = choose(value, choices);
        if (!e)
            return bad(name,
                       QStringLiteral("takes %1, not \"%2\"").arg(choiceNames(choices), value));
        r.implementation.evidence = *e;
    }
    return {};
}

// Options that may be given more than once (their values add up).
bool repeatable(const QString& name)
{
    return name == QLatin1String("regime");
}

} // namespace

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Innovation:
        return QStringLiteral("innovation");
    case ChartKind::Lag:
        return QStringLiteral("lag");
    case ChartKind::Survival:
        return QStringLiteral("survival");
    case ChartKind::Churn:
        return QStringLiteral("churn");
    case ChartKind::Implementation:
        return QStringLiteral("implementation");
    }
    return {};
}

std::optional<ChartKind> chartKindFromName(const QString& name)
{
    for (ChartKind k : kAllKinds)
        if (chartKindName(k) == name)
            return k;
    return std::nullopt;
}

const QList<ChartOptionSpec>& chartOptionSpecs()
{
    static const QList<ChartOptionSpec> specs = {
        {QStringLiteral("style"), QStringLiteral("STYLE"),
         QStringLiteral("The chart's style: standard, or presentation for slides (larger type, "
                        "thicker lines, only the major labels)."),
         kAllKinds},
        {QStringLiteral("technology"),
         QStringLiteral("TEXT"),
         QStringLiteral("innovation: only the technologies whose name or label contains TEXT."),
         {K::Innovation}},
        {QStringLiteral("regime"),
         QStringLiteral("REGIMES"),
         QStringLiteral("innovation: only the control events of these regimes (wassenaar, us, "
                        "eu, mtcr, nsg, australia-group, national; comma-separated or repeated)."),
         {K::Innovation}},
        {QStringLiteral("confidence"),
         QStringLiteral("LEVEL"),
         QStringLiteral("innovation: the lowest confidence shown (any, medium, high)."),
         {K::Innovation}},
        {QStringLiteral("from"),
         QStringLiteral("YEAR"),
         QStringLiteral("innovation: facts from the start of YEAR on."),
         {K::Innovation}},
        {QStringLiteral("to"),
         QStringLiteral("YEAR"),
         QStringLiteral("innovation: facts up to the end of YEAR."),
         {K::Innovation}},
        {QStringLiteral("sort"),
         QStringLiteral("ORDER"),
         QStringLiteral("innovation: lanes by emergence, name or lag."),
         {K::Innovation}},
        {QStringLiteral("group-by-category"),
         QString(),
         QStringLiteral("innovation: lanes grouped by category."),
         {K::Innovation}},
        {QStringLiteral("no-eras"),
         QString(),
         QStringLiteral("innovation: without the era bands."),
         {K::Innovation}},
        {QStringLiteral("lag-to"),
         QStringLiteral("WHOM"),
         QStringLiteral("lag, survival: the lag to the first control by any regime, the first "
                        "US or the first EU control: any (default), us or eu."),
         {K::Lag, K::Survival}},
        {QStringLiteral("by-decade"),
         QString(),
         QStringLiteral("survival: one curve per decade of emergence."),
         {K::Survival}},
        {QStringLiteral("list"),
         QStringLiteral("KEY"),
         QStringLiteral("churn: the list (default: the first with two editions); "
                        "implementation: the regime list (default: the Wassenaar dual-use "
                        "list)."),
         {K::Churn, K::Implementation}},
        {QStringLiteral("ignore-typography"),
         QString(),
         QStringLiteral("churn: quotes, dashes and spacing do not count as changes."),
         {K::Churn}},
        {QStringLiteral("category"),
         QStringLiteral("CODE"),
         QStringLiteral("implementation: the changes of one category."),
         {K::Implementation}},
        {QStringLiteral("year"),
         QStringLiteral("YEAR"),
         QStringLiteral("implementation: the changes the regime decided in YEAR."),
         {K::Implementation}},
        {QStringLiteral("status"),
         QStringLiteral("STATUS"),
         QStringLiteral("implementation: changes with this status in a list (implemented, "
                        "differently, not-yet, unknown)."),
         {K::Implementation}},
        {QStringLiteral("evidence"),
         QStringLiteral("KIND"),
         QStringLiteral("implementation: changes dated by an edition or a timeline event in a "
                        "list (edition, event)."),
         {K::Implementation}},
    };
    return specs;
}

Result<ChartRequest> parseChartRequest(const QString& kindName, const ChartOptionList& options)
{
    const auto kind = chartKindFromName(kindName.trimmed().toLower());
    if (!kind)
        return badInput(QStringLiteral("--export-chart takes innovation, lag, churn, survival or "
                                       "implementation, not \"%1\"")
                            .arg(kindName));
    ChartRequest request;
    request.kind = *kind;
    QHash<QString, const ChartOptionSpec*> specOf;
    for (const ChartOptionSpec& s : chartOptionSpecs())
        specOf.insert(s.name, &s);
    QStringList taken;
    for (const ChartOptionSpec& s : chartOptionSpecs())
        if (s.kinds.contains(*kind))
            taken << dashed(s.name);
    QStringList seen;
    for (const auto& [name, value] : options) {
        const ChartOptionSpec* spec = specOf.value(name);
        if (!spec)
            return badInput(QStringLiteral("%1 is not a chart option").arg(dashed(name)));
        if (!spec->kinds.contains(*kind))
            return badInput(
                QStringLiteral("%1 does not apply to %2; it takes %3")
                    .arg(dashed(name), chartPlace(*kind), taken.join(QStringLiteral(", "))));
        if (seen.contains(name) && !repeatable(name))
            return bad(name, QStringLiteral("is given twice; %1 takes one").arg(chartPlace(*kind)));
        seen << name;
        if (Status s = apply(request, name, value); !s)
            return s.error();
    }
    if (request.filter.from && request.filter.to && *request.filter.from > *request.filter.to)
        return badInput(QStringLiteral("--from %1 is after --to %2")
                            .arg(request.filter.from->year())
                            .arg(request.filter.to->year()));
    return request;
}

} // namespace paceline
