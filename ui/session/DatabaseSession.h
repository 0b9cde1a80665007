#pragma once

#include "session/ChangeSet.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace paceline {

class Database;

// The database the window works on: one connection for the UI thread (short reads and
// single-row writes), the path for worker connections, and what changed in it: every writer
// announces a ChangeSet and every view re-reads only the parts it shows.
class DatabaseSession : public QObject {
    Q_OBJECT
public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    // Opens (creating when absent) and, for a new or empty database, installs the demo dataset
    // when installDemo is set. The previous database stays open when this fails.
    Status open(const QString& path, bool installDemoWhenEmpty);
    bool isOpen() const { return m_db != nullptr; }
    QString path() const;
    Database* database() const { return m_db.get(); }

    // Passes what a write changed on to the views (nothing when it is empty).
    void announce(const ChangeSet& changes);

signals:
    // Another database is open; changed(ChangeSet::everything()) follows.
    void opened(const QString& path);
    void changed(const paceline::ChangeSet& changes);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace paceline
