#include "app/AppPaths.h"
#include "charts/ChartExport.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

using namespace paceline;

namespace {

// Writing a chart, or printing the help or version, needs no window: without a display they
// run on the offscreen platform instead of aborting.
void chooseHeadlessPlatform(int argc, char** argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--export-chart") || arg == "--help" || arg == "-h" ||
            arg == "--help-all" || arg == "--version" || arg == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

// The database the GUI opens when none is named: the last one used, else the default.
QString databaseToOpen(const QString& given)
{
    if (!given.isEmpty())
        return given;
    const QString last = AppSettings::lastDatabase();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : defaultDatabasePath();
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    ensureRuntimeDirectory();
    chooseHeadlessPlatform(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Paceline"));
    QApplication::setApplicationName(QStringLiteral("Paceline"));
    QApplication::setApplicationVersion(QStringLiteral(PACELINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.paceline.Paceline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Paceline: export-control lists, amendment cases, pacing gap"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Open this database file."), QStringLiteral("FILE"));
    const QCommandLineOption timingOption(
        QStringLiteral("startup-time"),
        QStringLiteral("Print the milliseconds from start to an interactive window, then quit."));
    parser.addOption(dbOption);
    parser.addOption(timingOption);
    const QCommandLineOption chartOption(
        QStringLiteral("export-chart"),
        QStringLiteral(
            "Write a chart (innovation, lag, churn, survival or implementation) and quit."),
        QStringLiteral("KIND"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Chart file (.png, .pdf, .svg)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Chart width."),
                                         QStringLiteral("W"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QStringLiteral("Chart height."),
                                          QStringLiteral("H"));
    const QCommandLineOption listOption(
        QStringLiteral("list"),
        QStringLiteral("List key for the churn chart (default: the first with two editions) or the "
                       "regime list of the implementation chart (default: wa-dual-use)."),
        QStringLiteral("KEY"));
    parser.addOptions({chartOption, outOption, widthOption, heightOption, listOption});
    parser.process(app);
    const QString path = databaseToOpen(parser.value(dbOption));
    // A database that does not exist yet is created and filled with the demo dataset, so
    // that every screen (and chart) has something meaningful on first start.
    const bool firstStart = !QFileInfo::exists(path);
    if (parser.isSet(chartOption)) {
        if (firstStart && !parser.isSet(dbOption)) {
            DatabaseSession session;
            if (Status s = session.open(path, true); !s) {
                QTextStream(stderr) << "paceline: " << s.error().toString() << Qt::endl;
                return 1;
            }
        }
        const QString db = path;
        return runChartExportCommand(parser.value(chartOption), parser.value(outOption),
                                     parser.value(widthOption), parser.value(heightOption), db,
                                     parser.value(listOption));
    }

    DatabaseSession session;
    MainWindow window(&session);
    window.show();
    window.openDatabase(path, firstStart);

    // First start: who is writing, asked once the window is on screen (not when timing it).
    if (!parser.isSet(timingOption))
        QTimer::singleShot(0, &window, [&window] { window.askWhoIsWritingOnce(); });
    if (parser.isSet(timingOption)) {
        // The first zero-timer fires once the event loop has processed the pending show and
        // paint events: the window is interactive.
        QTimer::singleShot(0, &app, [&] {
            QTextStream(stdout) << "startup_ms " << sinceStart.nsecsElapsed() / 1e6 << Qt::endl;
            window.close();
            app.quit();
        });
    }
    return app.exec();
}
