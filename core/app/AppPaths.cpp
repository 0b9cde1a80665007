#include "AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

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

void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Qt checks that the folder is ours and private; only then is it used without a word.
    const QFileInfo info(dir);
    if (info.isDir() && info.ownerId() == getuid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace paceline
