#include "AppSettings.h"

#include <QDir>
#include <QSettings>

namespace paceline {

namespace {

QVariant get(const char* key, const QVariant& fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}

void put(const char* key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(key), value);
}

QString systemUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("analyst") : user;
}

} // namespace

QByteArray AppSettings::windowGeometry()
{
    return get("window/geometry").toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& value)
{
    put("window/geometry", value);
}
QByteArray AppSettings::windowState()
{
    return get("window/state").toByteArray();
}
void AppSettings::setWindowState(const QByteArray& value)
{
    put("window/state", value);
}
QByteArray AppSettings::caseEditorLayout()
{
    return get("caseEditor/layout").toByteArray();
}
void AppSettings::setCaseEditorLayout(const QByteArray& value)
{
    put("caseEditor/layout", value);
}

QStringList AppSettings::recentDatabases()
{
    return get("files/recentDatabases").toStringList();
}
void AppSettings::setRecentDatabases(const QStringList& paths)
{
    put("files/recentDatabases", paths);
}
QString AppSettings::lastDatabase()
{
    return get("files/lastDatabase").toString();
}
void AppSettings::setLastDatabase(const QString& path)
{
    put("files/lastDatabase", path);
}
QString AppSettings::lastImportFolder()
{
    return get("files/lastImportFolder", QDir::homePath()).toString();
}
void AppSettings::setLastImportFolder(const QString& path)
{
    put("files/lastImportFolder", path);
}

QString AppSettings::openCasesDatabase()
{
    return get("cases/openDatabase").toString();
}
QStringList AppSettings::openCases()
{
    return get("cases/open").toStringList();
}
void AppSettings::setOpenCases(const QString& databasePath, const QStringList& cases)
{
    QSettings s;
    s.setValue(QStringLiteral("cases/openDatabase"), databasePath);
    s.setValue(QStringLiteral("cases/open"), cases);
}

QString AppSettings::userName()
{
    return get("user/name", systemUserName()).toString();
}
void AppSettings::setUserName(const QString& name)
{
    put("user/name", name);
}
QString AppSettings::userOrganisation()
{
    return get("user/organisation").toString();
}
void AppSettings::setUserOrganisation(const QString& organisation)
{
    put("user/organisation", organisation);
}
bool AppSettings::userWasAsked()
{
    return get("user/asked", false).toBool();
}
void AppSettings::setUserWasAsked()
{
    put("user/asked", true);
}

} // namespace paceline
