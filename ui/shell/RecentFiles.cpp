#include "RecentFiles.h"

#include "shell/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace paceline {

namespace {
constexpr int kMaxRecent = 8;
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuild();
}

QStringList RecentFiles::paths() const
{
    QStringList out;
    for (const QString& p : AppSettings::recentDatabases())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void RecentFiles::add(const QString& path)
{
    QStringList list = paths();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    AppSettings::setRecentDatabases(list);
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        QAction* a = m_menu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace paceline
