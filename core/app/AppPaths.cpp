#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace paceline {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("PACELINE_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return dir + QStringLiteral("/Paceline/paceline.sqlite");
}

} // namespace paceline
