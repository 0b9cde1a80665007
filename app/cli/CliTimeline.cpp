#include "CliTimeline.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "timeline/TimelineCsvExporter.h"

#include <QDir>

namespace paceline::cli {

namespace {

int timelineExport(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("--dir DIR"),
                   QStringLiteral("Write technologies.csv, tech_milestones.csv and "
                                  "control_events.csv (FORMATS.md columns) and eras.csv into a "
                                  "folder."));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("an existing folder; files of these names "
                                                      "in it are replaced"),
                                       QStringLiteral("DIR"));
    cl.addOption(dirOption);
    if (const auto done = cl.parse(out, err))
        return *done;
    const QString dir = cl.value(dirOption);
    if (dir.isEmpty())
        return report(err, badInput(cl.usageMessage(QStringLiteral(
                               "timeline export needs --dir DIR (an existing folder)"))));
    auto db = openDatabase(cl.databasePath(), false, false);
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

std::vector<Command> timelineCommands()
{
    return {{QStringLiteral("export"),
             QStringLiteral("write technologies.csv, tech_milestones.csv, control_events.csv, "
                            "eras.csv"),
             &timelineExport}};
}

} // namespace paceline::cli
