#include "FactDetails.h"

#include "ChartStyle.h"
#include "cases/CaseTarget.h"

namespace paceline {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString what(const ChartFact& f)
{
    return f.isEvent ? QStringLiteral("%1 \u2014 %2").arg(f.regimeText, f.kind)
                     : milestoneClassTitle(f.kind);
}

const QLatin1String kEntryScheme("paceline-entry");
const QLatin1String kCaseScheme("paceline-case");

// Each code links to its entry when the loaded lists have it; otherwise plain text, marked.
QString codeLinks(const ChartFact& f, const QHash<QString, NodeLocation>& resolved)
{
    QStringList parts;
    for (qsizetype i = 0; i < f.codes.size(); ++i) {
        const QString& code = f.codes.at(i);
        const auto it = resolved.constFind(code);
        if (it != resolved.cend())
            // Another spelling or the nearest existing parent: say where the link leads.
            parts << QStringLiteral("<a href=\"%1\">%2</a>%3")
                         .arg(FactDetails::entryUrl(int(i)).toString(), esc(code),
                              it->code == code
                                  ? QString()
                                  : QStringLiteral(" <i>(opens %1)</i>").arg(esc(it->code)));
        else
            parts << QStringLiteral("%1 <i>(not in loaded lists)</i>").arg(esc(code));
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<qint64> numberAfter(const QUrl& url, QLatin1String scheme)
{
    if (url.scheme() != scheme)
        return std::nullopt;
    bool ok = false;
    const qint64 n = url.path().toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

QUrl FactDetails::entryUrl(int codeIndex)
{
    QUrl url;
    url.setScheme(kEntryScheme);
    url.setPath(QString::number(codeIndex));
    return url;
}

QUrl FactDetails::caseUrl(qint64 caseId)
{
    QUrl url;
    url.setScheme(kCaseScheme);
    url.setPath(QString::number(caseId));
    return url;
}

std::optional<int> FactDetails::entryIndexOf(const QUrl& url)
{
    const auto n = numberAfter(url, kEntryScheme);
    return n ? std::optional<int>(int(*n)) : std::nullopt;
}

std::optional<qint64> FactDetails::caseIdOf(const QUrl& url)
{
    return numberAfter(url, kCaseScheme);
}

QString FactDetails::precisionText(const PartialDate& d)
{
    switch (d.precision()) {
    case PartialDate::Precision::Year:
        return QStringLiteral("known to the year: %1 to %2")
            .arg(d.earliest().toString(Qt::ISODate), d.latest().toString(Qt::ISODate));
    case PartialDate::Precision::Month:
        return QStringLiteral("known to the month");
    case PartialDate::Precision::Day:
        break;
    }
    return QStringLiteral("exact day");
}

QString FactDetails::tooltip(const ChartFact& f, const ChartLane& lane)
{
    return QStringLiteral(
               "<b>%1</b> (%2)<br>%3 \u00b7 %4<br>%5<br><i>Source:</i> %6<br><i>Confidence:</i> %7")
        .arg(esc(f.date.toDisplayString()), esc(precisionText(f.date)), esc(f.extId), esc(what(f)),
             esc(f.description), esc(f.sourceUrl), esc(confidenceName(f.confidence)))
        .prepend(QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b><br>")
                     .arg(esc(lane.technology.name)))
        .append(QStringLiteral("</p>"));
}

QList<CaseRecord> FactDetails::relatedCases(const QList<CaseRecord>& cases, const QString& label)
{
    QList<CaseRecord> out;
    for (const CaseRecord& c : cases)
        if (c.justification.value(QLatin1String("technology")).toString() == label)
            out.append(c);
    return out;
}

QString FactDetails::html(const ChartFact& f, const ChartLane& lane, const QList<CaseRecord>& cases,
                          const QHash<QString, NodeLocation>& resolved)
{
    QString h =
        QStringLiteral("<h3>%1 \u00b7 %2</h3>").arg(esc(f.extId), esc(lane.technology.name));
    h += QStringLiteral("<p><b>%1</b><br>%2 (%3)</p>")
             .arg(esc(what(f)), esc(f.date.toDisplayString()), esc(precisionText(f.date)));
    h += QStringLiteral("<p>%1</p>").arg(esc(f.description));
    if (f.isEvent) {
        h += QStringLiteral("<p><b>Entries as written:</b> %1")
                 .arg(esc(f.entryText.isEmpty() ? QStringLiteral("—") : f.entryText));
        if (!f.codes.isEmpty())
            h += QStringLiteral("<br><b>Linked entry codes:</b> %1").arg(codeLinks(f, resolved));
        h += QStringLiteral("</p>");
    }
    h += QStringLiteral("<p><b>Source:</b> <a href=\"%1\">%1</a><br><b>Confidence:</b> %2</p>")
             .arg(esc(f.sourceUrl), esc(confidenceName(f.confidence)));
    const TechnologyLag& lag = lane.lag;
    if (auto v = lag.lag(LagTarget::FirstControl))
        h += QStringLiteral("<p><b>Lag</b> from emergence (%1, %2) to first control (%3, %4): "
                            "<b>%5 years</b>%6</p>")
                 .arg(esc(lag.emergence->extId), esc(lag.emergence->date.toDisplayString()),
                      esc(lag.firstControl->extId), esc(lag.firstControl->date.toDisplayString()))
                 .arg(*v, 0, 'f', 1)
                 .arg(lane.technology.judgement.note.isEmpty()
                          ? QString()
                          : QStringLiteral("<br><i>Analyst judgement:</i> ") +
                                esc(lane.technology.judgement.note));
    else
        h += QStringLiteral("<p><b>Lag:</b> not computable (%1)</p>")
                 .arg(lag.emergence ? QStringLiteral("no control found")
                                    : QStringLiteral("no emergence milestone"));
    const QList<CaseRecord> related = relatedCases(cases, lane.technology.label);
    h += QStringLiteral("<p><b>Related cases (%1)</b></p><ul>").arg(related.size());
    for (const CaseRecord& c : related)
        h += QStringLiteral("<li><a href=\"%1\">%2 \u2014 %3</a> (%4)</li>")
                 .arg(caseUrl(c.id).toString(), esc(caseTargetTitle(c)), esc(c.title),
                      esc(caseStatusTitle(c.status)));
    return h + QStringLiteral("</ul>");
}

} // namespace paceline
