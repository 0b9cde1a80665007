#include "CliTimeline.h"

#include "CliCommands.h"
#include "timeline/TimelineCsvExporter.h"

#include <QDir>

namespace paceline::cli {

namespace {

int timelineExport(const Args& a, QTextStream& out, QTextStream& err)
{
    if (Status s = allowOnly(a, {QStringLiteral("--dir")}); !s)
        return report(err, s.error());
    const QString dir = a.value("--dir");
    if (dir.isEmpty() || a.positional.size() != 1)
        return report(err, badInput(QStringLiteral("timeline export needs --dir DIR (an "
                                                   "existing folder)")));
    auto db = openDatabase(a, false, false);
    if (!db)
        return report(err, db.error());
    auto done = exportTimelineCsv(**db, dir);
    if (!done)
        return report(err, done.error());
    out << "Wrote " << done->technologies << " technologies, " << done->milestones
        << " milestones, " << done->events << " control events and " << done->eras << " eras to "
        << QDir::toNativeSeparators(dir) << Qt::endl;
    for (const QString& file : done->files)
        out << "  " << QDir::toNativeSeparators(file) << Qt::endl;
    return Success;
}

} // namespace

int cmdTimeline(const Args& a, QTextStream& out, QTextStream& err)
{
    if (a.positional.value(0) == QLatin1String("export"))
        return timelineExport(a, out, err);
    return report(err, badInput(QStringLiteral("timeline needs a subcommand: export")));
}

} // namespace paceline::cli
