#include "app/AppPaths.h"
#include "charts/ChartExportCommand.h"
#include "charts/ChartRequest.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>
#include <QTimer>

#include <vector>

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

// When writing a chart, `--style` chooses the chart's look; QApplication would take it for the
// widget style, so it is kept from Qt then and handed to the parser alone.
struct SplitArguments {
    std::vector<char*> qt; // for QApplication, null-terminated
    QStringList chartStyle;
};

SplitArguments splitChartStyle(int argc, char** argv)
{
    bool exporting = false;
    for (int i = 1; i < argc; ++i)
        exporting = exporting || QByteArray(argv[i]).startsWith("--export-chart");
    SplitArguments out;
    for (int i = 0; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (exporting && i > 0 && (arg == "--style" || arg == "-style")) {
            out.chartStyle << QStringLiteral("--style");
            if (i + 1 < argc)
                out.chartStyle << QString::fromLocal8Bit(argv[++i]);
        } else if (exporting && i > 0 &&
                   (arg.startsWith("--style=") || arg.startsWith("-style="))) {
            out.chartStyle << QStringLiteral("--style=") +
                                  QString::fromLocal8Bit(arg.mid(arg.indexOf('=') + 1));
        } else {
            out.qt.push_back(argv[i]);
        }
    }
    out.qt.push_back(nullptr);
    return out;
}

// The database the GUI opens when none is named: the last one used, else the default.
QString databaseToOpen(const QString& given)
{
    if (!given.isEmpty())
        return given;
    const QString last = AppSettings::lastDatabase();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : defaultDatabasePath();
}

// The chart options (filters, view and style) the export takes, from core's table of them.
QList<QCommandLineOption> chartOptions()
{
    QList<QCommandLineOption> out;
    for (const ChartOptionSpec& spec : chartOptionSpecs())
        out << (spec.valueName.isEmpty()
                    ? QCommandLineOption(spec.name, spec.help)
                    : QCommandLineOption(spec.name, spec.help, spec.valueName));
    return out;
}

// The chart options given, in order, each with its value (empty for a switch).
ChartOptionList givenChartOptions(const QCommandLineParser& parser)
{
    QStringList names;
    for (const ChartOptionSpec& spec : chartOptionSpecs())
        names << spec.name;
    ChartOptionList given;
    QHash<QString, int> seen;
    for (const QString& name : parser.optionNames()) {
        if (!names.contains(name))
            continue;
        const QStringList values = parser.values(name);
        const int n = seen[name]++;
        given.append({name, n < values.size() ? values.at(n) : QString()});
    }
    return given;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    ensureRuntimeDirectory();
    chooseHeadlessPlatform(argc, argv);
    SplitArguments arguments = splitChartStyle(argc, argv);
    int qtArgc = int(arguments.qt.size()) - 1;
    QApplication app(qtArgc, arguments.qt.data());
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
            "Write a chart (innovation, lag, churn, survival or implementation) and quit; the "
            "chart options below choose its filters and look as its tab does."),
        QStringLiteral("KIND"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Chart file (.png, .pdf, .svg)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Chart width."),
                                         QStringLiteral("W"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QStringLiteral("Chart height."),
                                          QStringLiteral("H"));
    parser.addOptions({chartOption, outOption, widthOption, heightOption});
    parser.addOptions(chartOptions());
    parser.process(QApplication::arguments() + arguments.chartStyle);
    const ChartOptionList chartChoices = givenChartOptions(parser);
    // Without --export-chart, --style is Qt's widget style (QApplication took it).
    for (const auto& [name, value] : chartChoices)
        if (!parser.isSet(chartOption) && name != QLatin1String("style")) {
            QTextStream(stderr) << "paceline: --" << name << " only applies with --export-chart"
                                << Qt::endl;
            return 2;
        }
    const QString path = databaseToOpen(parser.value(dbOption));
    // A database that does not exist yet is created and filled with the demo dataset, so
    // that every screen (and chart) has something meaningful on first start.
    const bool firstStart = !QFileInfo::exists(path);
    if (parser.isSet(chartOption)) {
        const auto request = parseChartRequest(parser.value(chartOption), chartChoices);
        if (!request) {
            QTextStream(stderr) << "paceline: " << request.error().toString() << Qt::endl;
            return 2;
        }
        if (firstStart && !parser.isSet(dbOption)) {
            DatabaseSession session;
            if (Status s = session.open(path, true); !s) {
                QTextStream(stderr) << "paceline: " << s.error().toString() << Qt::endl;
                return 1;
            }
        }
        return runChartExportCommand(*request, parser.value(outOption), parser.value(widthOption),
                                     parser.value(heightOption), path);
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
