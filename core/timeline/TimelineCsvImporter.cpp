#include "TimelineCsvImporter.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "timeline/CsvReader.h"
#include "timeline/EraStore.h"
#include "timeline/TimelineStore.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <variant>

namespace paceline {

namespace {

struct FileSpec {
    TimelineFile kind;
    QStringList required;
};

const QList<FileSpec>& specs()
{
    static const QList<FileSpec> list = {
        {TimelineFile::ControlEvents,
         QStringLiteral(
             "event_id,date,date_precision,regime,event_type,entry_codes,technology_label,"
             "description,source_url,source_url_2,confidence,notes")
             .split(QLatin1Char(','))},
        {TimelineFile::Milestones,
         QStringLiteral("milestone_id,date,date_precision,technology_label,milestone_class,"
                        "milestone_type,description,source_url,source_url_2,confidence,notes")
             .split(QLatin1Char(','))},
        {TimelineFile::TechLinks,
         {QStringLiteral("technology_label"), QStringLiteral("technology_name"),
          QStringLiteral("emergence_milestone_id")}},
        {TimelineFile::Technologies,
         {QStringLiteral("technology_label"), QStringLiteral("technology_name"),
          QStringLiteral("category")}},
        // kind, note and source_url may be left out.
        {TimelineFile::Eras,
         {QStringLiteral("era_id"), QStringLiteral("label"), QStringLiteral("start_date"),
          QStringLiteral("end_date")}},
    };
    return list;
}

// One data row with access by column name and error places that name the column.
class Row {
public:
    Row(const CsvRecord& r, const QHash<QString, int>& columns, const QString& file)
        : m_r(r)
        , m_columns(columns)
        , m_file(file)
    {
    }
    QString value(const char* column) const
    {
        const int i = m_columns.value(QLatin1String(column), -1);
        return i >= 0 && i < m_r.fields.size() ? m_r.fields.at(i).trimmed() : QString();
    }
    Error error(const char* column, const QString& message) const
    {
        const int i = m_columns.value(QLatin1String(column), 0);
        return badInput(
            QStringLiteral("column %1 (%2): %3").arg(i + 1).arg(QLatin1String(column), message),
            QStringLiteral("%1:%2:%3")
                .arg(m_file)
                .arg(m_r.lines.value(i))
                .arg(m_r.columns.value(i)));
    }

private:
    const CsvRecord& m_r;
    const QHash<QString, int>& m_columns;
    const QString& m_file;
};

std::optional<Error> require(const Row& row, const char* column, QString& out)
{
    out = row.value(column);
    if (out.isEmpty())
        return row.error(column, QStringLiteral("must not be empty"));
    return std::nullopt;
}

std::optional<Error> readDate(const Row& row, PartialDate& out)
{
    const QString text = row.value("date");
    const auto date = PartialDate::parse(text);
    if (!date)
        return row.error("date", QStringLiteral("\"%1\" is not a date of the form YYYY, YYYY-MM or "
                                                "YYYY-MM-DD")
                                     .arg(text));
    const QString precisionText = row.value("date_precision");
    const auto precision = PartialDate::parsePrecision(precisionText);
    if (!precision)
        return row.error(
            "date_precision",
            QStringLiteral("expected year, month or day, found \"%1\"").arg(precisionText));
    if (*precision != date->precision())
        return row.error(
            "date_precision",
            QStringLiteral("\"%1\" does not match the date \"%2\", which has %3 precision")
                .arg(precisionText, text, PartialDate::precisionName(date->precision())));
    // The editor's rule, so that a file cannot bring in what the dialog refuses.
    if (Status s = checkTimelineDate(*date, "date"); !s)
        return row.error("date", s.error().message);
    out = *date;
    return std::nullopt;
}

std::optional<Error> readConfidence(const Row& row, Confidence& out)
{
    const QString text = row.value("confidence");
    const auto c = confidenceFromString(text);
    if (!c)
        return row.error("confidence",
                         QStringLiteral("expected high, medium or low, found \"%1\"").arg(text));
    out = *c;
    return std::nullopt;
}

std::optional<Error> readUrl(const Row& row, const char* column, QString& out)
{
    out = row.value(column);
    if (!out.isEmpty() && !out.startsWith(QLatin1String("http://")) &&
        !out.startsWith(QLatin1String("https://")))
        return row.error(column,
                         QStringLiteral("\"%1\" is not an http(s) address").arg(out.left(60)));
    return std::nullopt;
}

std::optional<Error> readLabels(const Row& row, QStringList& out)
{
    for (const QString& part : row.value("technology_label").split(QLatin1Char(';'))) {
        const QString label = part.trimmed();
        if (!label.isEmpty())
            out << label;
    }
    if (out.isEmpty())
        return row.error("technology_label", QStringLiteral("must name at least one technology"));
    return std::nullopt;
}

std::optional<Error> readEvent(const Row& row, ControlEvent& e)
{
    if (auto err = require(row, "event_id", e.extId))
        return err;
    if (auto err = readDate(row, e.date))
        return err;
    if (auto err = require(row, "regime", e.regime))
        return err;
    e.eventType = row.value("event_type");
    e.entryCodes = row.value("entry_codes");
    e.codes = extractEntryCodes(e.entryCodes);
    if (auto err = readLabels(row, e.technologyLabels))
        return err;
    e.description = row.value("description");
    if (auto err = readUrl(row, "source_url", e.sourceUrl))
        return err;
    if (auto err = readUrl(row, "source_url_2", e.sourceUrl2))
        return err;
    if (auto err = readConfidence(row, e.confidence))
        return err;
    e.notes = row.value("notes");
    return std::nullopt;
}

std::optional<Error> readMilestone(const Row& row, Milestone& m)
{
    if (auto err = require(row, "milestone_id", m.extId))
        return err;
    if (auto err = readDate(row, m.date))
        return err;
    if (auto err = readLabels(row, m.technologyLabels))
        return err;
    m.milestoneClass = row.value("milestone_class");
    if (!milestoneClasses().contains(m.milestoneClass))
        return row.error("milestone_class",
                         QStringLiteral("\"%1\" is not one of %2")
                             .arg(m.milestoneClass, milestoneClasses().join(QStringLiteral(", "))));
    m.milestoneType = row.value("milestone_type");
    m.description = row.value("description");
    if (auto err = readUrl(row, "source_url", m.sourceUrl))
        return err;
    if (auto err = readUrl(row, "source_url_2", m.sourceUrl2))
        return err;
    if (auto err = readConfidence(row, m.confidence))
        return err;
    m.notes = row.value("notes");
    return std::nullopt;
}

std::optional<Error> readTechnology(const Row& row, Technology& t)
{
    if (auto err = require(row, "technology_label", t.label))
        return err;
    if (auto err = require(row, "technology_name", t.name))
        return err;
    t.category = row.value("category");
    // Optional lag judgements (technologies.csv only; absent columns read as empty).
    t.judgement.emergenceMilestone = row.value("lag_emergence_milestone_id");
    t.judgement.firstControlEvent = row.value("lag_first_control_event_id");
    for (const QString& id : row.value("lag_excluded_event_ids").split(QLatin1Char(';')))
        if (!id.trimmed().isEmpty())
            t.judgement.excludedEvents.append(id.trimmed());
    t.judgement.note = row.value("lag_note");
    return std::nullopt;
}

std::optional<Error> readEraDate(const Row& row, const char* column, PartialDate& out)
{
    const QString text = row.value(column);
    if (text.isEmpty())
        return std::nullopt; // checkEra says whether the date may be missing
    const auto date = PartialDate::parse(text);
    if (!date)
        return row.error(column, QStringLiteral("\"%1\" is not a date of the form YYYY, YYYY-MM "
                                                "or YYYY-MM-DD")
                                     .arg(text));
    out = *date;
    return std::nullopt;
}

std::optional<Error> readEra(const Row& row, Era& e)
{
    e.extId = row.value("era_id");
    e.label = row.value("label");
    if (auto err = readEraDate(row, "start_date", e.start))
        return err;
    if (auto err = readEraDate(row, "end_date", e.end))
        return err;
    e.kind = row.value("kind");
    e.note = row.value("note");
    e.sourceUrl = row.value("source_url");
    // The rules have one owner; its error names the column, the row gives line and column.
    if (Status s = checkEra(e); !s) {
        const QByteArray column = s.error().place.toLatin1();
        return row.error(column.constData(), s.error().message);
    }
    return std::nullopt;
}

using Parsed = std::variant<ControlEvent, Milestone, Technology, Era>;

Status write(Database& db, const QList<Parsed>& rows, TimelineImportOutcome& outcome,
             const ProgressCallback& progress)
{
    TimelineStore store(db);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Result<bool> inserted = true;
        if (const auto* e = std::get_if<ControlEvent>(&rows.at(i)))
            inserted = store.upsertEvent(*e);
        else if (const auto* m = std::get_if<Milestone>(&rows.at(i)))
            inserted = store.upsertMilestone(*m);
        else if (const auto* era = std::get_if<Era>(&rows.at(i)))
            inserted = EraStore(db).upsert(*era);
        else if (auto id = store.upsertTechnology(std::get<Technology>(rows.at(i))); !id)
            inserted = id.error();
        if (!inserted)
            return inserted.error();
        ++(inserted.value() ? outcome.inserted : outcome.updated);
        if (!reportProgress(progress, i + 1, rows.size()))
            return cancelled();
    }
    return {};
}

} // namespace

QString timelineFileName(TimelineFile kind)
{
    switch (kind) {
    case TimelineFile::ControlEvents:
        return QStringLiteral("control events");
    case TimelineFile::Milestones:
        return QStringLiteral("technology milestones");
    case TimelineFile::TechLinks:
        return QStringLiteral("technology links");
    case TimelineFile::Technologies:
        return QStringLiteral("technologies");
    case TimelineFile::Eras:
        return QStringLiteral("eras");
    }
    return {};
}

Result<TimelineImportOutcome> importTimelineCsv(Database& db, const QByteArray& data,
                                                const QString& fileName,
                                                const ProgressCallback& progress)
{
    auto records = parseCsv(data, fileName);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return badInput(QStringLiteral("the file is empty; expected a header row"), fileName);

    const CsvRecord& header = records->first();
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i)
        columns.insert(header.fields.at(i).trimmed(), i);
    const FileSpec* spec = nullptr;
    for (const FileSpec& s : specs())
        if (columns.contains(s.required.first()) && columns.contains(s.required.at(1)) &&
            (s.kind != TimelineFile::Technologies ||
             columns.contains(QStringLiteral("category"))) &&
            (s.kind != TimelineFile::TechLinks ||
             columns.contains(QStringLiteral("emergence_milestone_id"))))
            spec = &s;
    if (!spec)
        return badInput(QStringLiteral("unrecognised header; expected the columns of "
                                       "control_events.csv, tech_milestones.csv, tech_links.csv, "
                                       "technologies.csv (FORMATS.md) or eras.csv"),
                        QStringLiteral("%1:1").arg(fileName));
    for (const QString& column : spec->required)
        if (!columns.contains(column))
            return badInput(QStringLiteral("missing column \"%1\"").arg(column),
                            QStringLiteral("%1:1").arg(fileName));

    TimelineImportOutcome outcome;
    outcome.kind = spec->kind;
    QList<Parsed> parsed;
    QSet<QString> ids;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord& r = records->at(i);
        if (r.fields.size() != header.fields.size())
            return badInput(QStringLiteral("expected %1 fields as in the header, found %2")
                                .arg(header.fields.size())
                                .arg(r.fields.size()),
                            QStringLiteral("%1:%2").arg(fileName).arg(r.line));
        const Row row(r, columns, fileName);
        std::optional<Error> err;
        QString id;
        const char* idColumn = "technology_label";
        switch (spec->kind) {
        case TimelineFile::ControlEvents: {
            ControlEvent e;
            err = readEvent(row, e);
            id = e.extId;
            idColumn = "event_id";
            parsed.append(std::move(e));
            break;
        }
        case TimelineFile::Milestones: {
            Milestone m;
            err = readMilestone(row, m);
            id = m.extId;
            idColumn = "milestone_id";
            parsed.append(std::move(m));
            break;
        }
        case TimelineFile::TechLinks:
        case TimelineFile::Technologies: {
            Technology t;
            err = readTechnology(row, t);
            id = t.label;
            parsed.append(std::move(t));
            break;
        }
        case TimelineFile::Eras: {
            Era e;
            err = readEra(row, e);
            id = e.extId;
            idColumn = "era_id";
            parsed.append(std::move(e));
            break;
        }
        }
        if (err)
            return *err;
        if (ids.contains(id))
            return row.error(idColumn, QStringLiteral("\"%1\" appears twice in the file").arg(id));
        ids.insert(id);
    }
    outcome.rows = static_cast<int>(parsed.size());

    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    // Rows before and after, compared, say what the import changed.
    auto before = TimelineSnapshot::read(db);
    if (!before)
        return before.error();
    if (Status s = write(db, parsed, outcome, progress); !s)
        return s.error();
    auto after = TimelineSnapshot::read(db);
    if (!after)
        return after.error();
    const TimelineFile rowKind =
        spec->kind == TimelineFile::TechLinks ? TimelineFile::Technologies : spec->kind;
    outcome.changes =
        compareTimelineSnapshots(before.value(), after.value(), timelineFileName(rowKind), ids);
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Result<TimelineImportOutcome> importTimelineCsvFile(Database& db, const QString& path,
                                                    const ProgressCallback& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QStringLiteral("cannot be read: %1").arg(file.errorString()), path);
    if (file.size() > kMaxCsvFileBytes)
        return badInput(QStringLiteral("file is %1 MB, larger than the %2 MB limit; refused")
                            .arg(file.size() >> 20)
                            .arg(kMaxCsvFileBytes >> 20),
                        path);
    return importTimelineCsv(db, file.readAll(), path, progress);
}

} // namespace paceline
