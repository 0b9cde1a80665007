#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace paceline {

// The File ▸ Open Recent menu: most recent first, at most eight, missing files dropped.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    RecentFiles(QMenu* menu, QObject* parent);

    void add(const QString& path);
    QStringList paths() const;

signals:
    void openRequested(const QString& path);

private:
    void rebuild();
    QMenu* m_menu;
};

} // namespace paceline
