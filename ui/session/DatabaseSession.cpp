#include "DatabaseSession.h"

#include "demo/DemoDataset.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace paceline {

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent)
{
}

DatabaseSession::~DatabaseSession() = default;

QString DatabaseSession::path() const
{
    return m_db ? m_db->path() : QString();
}

Status DatabaseSession::open(const QString& path, bool installDemoWhenEmpty)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("cannot create the folder"), dir);
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (installDemoWhenEmpty) {
        auto has = databaseHasContent(*db.value());
        if (!has)
            return has.error();
        if (!has.value()) {
            if (auto demo = installDemoDataset(*db.value()); !demo)
                return demo.error();
        }
    }
    m_db = std::move(db.value());
    emit opened(m_db->path());
    emit changed(ChangeSet::everything());
    return {};
}

void DatabaseSession::announce(const ChangeSet& changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}

} // namespace paceline
