#include "TimelineCsvExporter.h"

#include "io/FileWriter.h"
#include "timeline/EraStore.h"
#include "timeline/TimelineStore.h"

#include <QDir>
#include <QFileInfo>

namespace paceline {

namespace {

const QString kListSeparator = QStringLiteral("; ");

class CsvBuilder {
public:
    explicit CsvBuilder(const char* header)
        : m_out(header)
    {
        m_out += "\r\n";
    }
    void row(const QStringList& fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_out += ',';
            m_out += csvField(fields.at(i));
        }
        m_out += "\r\n";
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

QByteArray csvField(const QString& value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value != value.trimmed();
    if (!quote)
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray controlEventsCsv(const QList<ControlEvent>& events)
{
    CsvBuilder csv("event_id,date,date_precision,regime,event_type,entry_codes,technology_label,"
                   "description,source_url,source_url_2,confidence,notes");
    for (const ControlEvent& e : events)
        csv.row({e.extId, e.date.toIsoString(), PartialDate::precisionName(e.date.precision()),
                 e.regime, e.eventType, e.entryCodes, e.technologyLabels.join(kListSeparator),
                 e.description, e.sourceUrl, e.sourceUrl2, confidenceName(e.confidence), e.notes});
    return csv.take();
}

QByteArray milestonesCsv(const QList<Milestone>& milestones)
{
    CsvBuilder csv("milestone_id,date,date_precision,technology_label,milestone_class,"
                   "milestone_type,description,source_url,source_url_2,confidence,notes");
    for (const Milestone& m : milestones)
        csv.row({m.extId, m.date.toIsoString(), PartialDate::precisionName(m.date.precision()),
                 m.technologyLabels.join(kListSeparator), m.milestoneClass, m.milestoneType,
                 m.description, m.sourceUrl, m.sourceUrl2, confidenceName(m.confidence), m.notes});
    return csv.take();
}

QByteArray technologiesCsv(const QList<Technology>& technologies)
{
    CsvBuilder csv("technology_label,technology_name,category,lag_emergence_milestone_id,"
                   "lag_first_control_event_id,lag_excluded_event_ids,lag_note");
    for (const Technology& t : technologies)
        csv.row({t.label, t.name, t.category, t.judgement.emergenceMilestone,
                 t.judgement.firstControlEvent, t.judgement.excludedEvents.join(kListSeparator),
                 t.judgement.note});
    return csv.take();
}

QByteArray erasCsv(const QList<Era>& eras)
{
    CsvBuilder csv("era_id,label,start_date,end_date,kind,note,source_url");
    for (const Era& e : eras)
        csv.row({e.extId, e.label, e.start.toIsoString(),
                 e.isOpen() ? QString() : e.end.toIsoString(), e.kind, e.note, e.sourceUrl});
    return csv.take();
}

Result<TimelineExportOutcome> exportTimelineCsv(Database& db, const QString& folder)
{
    if (!QFileInfo(folder).isDir())
        return badInput(QStringLiteral("is not a folder"), folder);
    TimelineStore store(db);
    auto technologies = store.technologies();
    if (!technologies)
        return technologies.error();
    auto milestones = store.milestones();
    if (!milestones)
        return milestones.error();
    auto events = store.events();
    if (!events)
        return events.error();
    auto eras = EraStore(db).eras();
    if (!eras)
        return eras.error();

    TimelineExportOutcome outcome;
    outcome.technologies = static_cast<int>(technologies->size());
    outcome.milestones = static_cast<int>(milestones->size());
    outcome.events = static_cast<int>(events->size());
    outcome.eras = static_cast<int>(eras->size());
    const QDir dir(folder);
    const std::pair<QString, QByteArray> files[] = {
        {QStringLiteral("technologies.csv"), technologiesCsv(technologies.value())},
        {QStringLiteral("tech_milestones.csv"), milestonesCsv(milestones.value())},
        {QStringLiteral("control_events.csv"), controlEventsCsv(events.value())},
        {QStringLiteral("eras.csv"), erasCsv(eras.value())},
    };
    for (const auto& [name, content] : files) {
        const QString path = dir.filePath(name);
        if (Status s = writeFileAtomically(path, content); !s)
            return s.error();
        outcome.files << path;
    }
    return outcome;
}

} // namespace paceline
