#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace paceline {

// Typed access to the preferences Paceline keeps between runs, with their defaults.
// Key names are versioned here, in one place, so a rename is a migration, not a scatter.
class AppSettings {
public:
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& value);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& value);
    // How the case editor's texts and side panel are split, shared by every case tab.
    static QByteArray caseEditorLayout();
    static void setCaseEditorLayout(const QByteArray& value);

    static QStringList recentDatabases();
    static void setRecentDatabases(const QStringList& paths);
    static QString lastDatabase();
    static void setLastDatabase(const QString& path);
    static QString lastImportFolder();
    static void setLastImportFolder(const QString& path);

    // Case tabs open at the last exit, as "caseId:cursor", for the database they belong to.
    static QString openCasesDatabase();
    static QStringList openCases();
    static void setOpenCases(const QString& databasePath, const QStringList& cases);

    static QString userName();
    static void setUserName(const QString& name);
    static QString userOrganisation();
    static void setUserOrganisation(const QString& organisation);
    // Whether the analyst was asked who is writing (once, on the first start).
    static bool userWasAsked();
    static void setUserWasAsked();
};

} // namespace paceline
