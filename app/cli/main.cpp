#include "CliCase.h"
#include "CliCommands.h"

#include "app/AppPaths.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char** argv)
{
    // PDF and ODT proposals are laid out by QTextDocument, which needs fonts and so a
    // QGuiApplication; the offscreen platform needs no display. Every other command stays a
    // plain QCoreApplication.
    paceline::ensureRuntimeDirectory();
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (paceline::cli::needsGuiApplication(rawArgs)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Paceline"));
    QCoreApplication::setApplicationName(QStringLiteral("Paceline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACELINE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = paceline::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
