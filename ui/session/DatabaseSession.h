#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace paceline {

class Database;

// The database the window works on: one connection for the UI thread (short reads and
// single-row writes), the path for worker connections, and a signal when either changes.
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

    // Tells every view to reload: called after imports and other bulk changes.
    void notifyChanged();

signals:
    void opened(const QString& path);
    void contentChanged();

private:
    std::unique_ptr<Database> m_db;
};

} // namespace paceline
