#include "TimelineImportChanges.h"

#include "timeline/EraStore.h"
#include "timeline/TimelineCsvImporter.h"
#include "timeline/TimelineStore.h"

namespace paceline {

namespace {

// Fields joined by a separator no CSV cell holds; lists sorted, as their order is not stored.
QString joined(const QStringList& fields)
{
    return fields.join(QChar(0x1f));
}

QString sortedList(QStringList list)
{
    list.sort();
    return list.join(QLatin1Char(';'));
}

QString content(const Technology& t)
{
    const LagJudgement& j = t.judgement;
    return joined({t.name, t.category, t.description, j.emergenceMilestone, j.firstControlEvent,
                   j.excludedEvents.join(QLatin1Char(';')), j.note});
}

QString content(const Milestone& m)
{
    return joined({m.date.toIsoString(), sortedList(m.technologyLabels), m.milestoneClass,
                   m.milestoneType, m.description, m.sourceUrl, m.sourceUrl2,
                   confidenceName(m.confidence), m.notes});
}

QString content(const ControlEvent& e)
{
    return joined({e.date.toIsoString(), e.regime, e.eventType, e.entryCodes,
                   sortedList(e.technologyLabels), e.description, e.sourceUrl, e.sourceUrl2,
                   confidenceName(e.confidence), e.notes});
}

QString content(const Era& e)
{
    return joined(
        {e.label, e.start.toIsoString(), e.end.toIsoString(), e.kind, e.note, e.sourceUrl});
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

// "CE-081, CE-082 and 3 more"
QString someIds(const QStringList& ids, int shown)
{
    if (ids.size() <= shown)
        return ids.join(QStringLiteral(", "));
    return QStringLiteral("%1 and %2 more")
        .arg(ids.mid(0, shown).join(QStringLiteral(", ")))
        .arg(ids.size() - shown);
}

} // namespace

const QStringList& TimelineSnapshot::kinds()
{
    static const QStringList list = {
        timelineFileName(TimelineFile::ControlEvents),
        timelineFileName(TimelineFile::Milestones),
        timelineFileName(TimelineFile::Technologies),
        timelineFileName(TimelineFile::Eras),
    };
    return list;
}

const QHash<QString, QString>& TimelineSnapshot::rows(const QString& kind) const
{
    static const QHash<QString, QString> none;
    const auto it = m_rows.constFind(kind);
    return it == m_rows.cend() ? none : it.value();
}

Result<TimelineSnapshot> TimelineSnapshot::read(Database& db)
{
    TimelineSnapshot s;
    TimelineStore store(db);
    auto events = store.events();
    if (!events)
        return events.error();
    auto& e = s.m_rows[timelineFileName(TimelineFile::ControlEvents)];
    for (const ControlEvent& row : events.value())
        e.insert(row.extId, content(row));
    auto milestones = store.milestones();
    if (!milestones)
        return milestones.error();
    auto& m = s.m_rows[timelineFileName(TimelineFile::Milestones)];
    for (const Milestone& row : milestones.value())
        m.insert(row.extId, content(row));
    auto technologies = store.technologies();
    if (!technologies)
        return technologies.error();
    auto& t = s.m_rows[timelineFileName(TimelineFile::Technologies)];
    for (const Technology& row : technologies.value())
        t.insert(row.label, content(row));
    auto eras = EraStore(db).eras();
    if (!eras)
        return eras.error();
    auto& r = s.m_rows[timelineFileName(TimelineFile::Eras)];
    for (const Era& row : eras.value())
        r.insert(row.extId, content(row));
    return s;
}

QList<TimelineKindChanges> compareTimelineSnapshots(const TimelineSnapshot& before,
                                                    const TimelineSnapshot& after,
                                                    const QString& fileKind,
                                                    const QSet<QString>& fileIds)
{
    QList<TimelineKindChanges> out;
    for (const QString& kind : TimelineSnapshot::kinds()) {
        const QHash<QString, QString>& old = before.rows(kind);
        const QHash<QString, QString>& now = after.rows(kind);
        const bool ofFile = kind == fileKind;
        TimelineKindChanges c;
        c.kind = kind;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const auto was = old.constFind(it.key());
            if (was == old.cend())
                c.added << it.key();
            else if (was.value() != it.value())
                c.changed << it.key();
            else if (ofFile && fileIds.contains(it.key()))
                ++c.unchanged;
        }
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            if (!now.contains(it.key()))
                c.removed << it.key();
            else if (ofFile && !fileIds.contains(it.key()))
                ++c.notInFile;
        }
        c.added = sorted(c.added);
        c.changed = sorted(c.changed);
        c.removed = sorted(c.removed);
        if (ofFile)
            out.prepend(c); // the file's own kind first, even when nothing changed
        else if (!c.isEmpty())
            out.append(c);
    }
    return out;
}

QString timelineImportSummary(const QString& path, const TimelineImportOutcome& outcome)
{
    constexpr int kShown = 5; // a handful of ids; the table has the rest
    QStringList lines;
    for (const TimelineKindChanges& c : outcome.changes) {
        const bool ofFile = lines.isEmpty();
        QStringList counts = {QStringLiteral("%1 added").arg(c.added.size()),
                              QStringLiteral("%1 changed").arg(c.changed.size())};
        if (ofFile)
            counts << QStringLiteral("%1 unchanged").arg(c.unchanged);
        counts << QStringLiteral("%1 removed").arg(c.removed.size());
        // The file's own kind makes the headline; others are what its rows brought along.
        if (ofFile)
            lines << QStringLiteral("%1: %2 %3 read: %4")
                         .arg(path)
                         .arg(outcome.rows)
                         .arg(c.kind, counts.join(QStringLiteral(", ")));
        else
            lines << QStringLiteral("%1: %2").arg(c.kind, counts.join(QStringLiteral(", ")));
        if (!c.added.isEmpty())
            lines << QStringLiteral("  added: %1").arg(someIds(c.added, kShown));
        if (!c.changed.isEmpty())
            lines << QStringLiteral("  changed: %1").arg(someIds(c.changed, kShown));
        if (!c.removed.isEmpty())
            lines << QStringLiteral("  removed: %1").arg(someIds(c.removed, kShown));
        if (c.notInFile > 0)
            lines << QStringLiteral("  %1 of the stored %2 %3 not in this file; kept as they are")
                         .arg(c.notInFile)
                         .arg(c.kind,
                              c.notInFile == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace paceline
