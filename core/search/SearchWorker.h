#pragma once

#include "search/SearchTypes.h"
#include "util/Result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace paceline {

class Database;
class SearchRunner;

// Runs searches on a thread of its own with its own read-only connection, so the UI never
// waits. Each submit() supersedes the previous query: the running statement is interrupted,
// queued ones are skipped, and results of an older query are never delivered.
class SearchWorker : public QObject {
    Q_OBJECT
public:
    // Opens a read-only connection to the database file; check isReady() / openError().
    explicit SearchWorker(const QString& databasePath, QObject* parent = nullptr);
    ~SearchWorker() override;

    bool isReady() const { return m_db != nullptr; }
    QString openError() const { return m_openError; }

    // Returns the generation of the query; results carry it.
    quint64 submit(const SearchQuery& query);
    // Drops whatever is running or queued without starting anything new.
    void cancel();
    quint64 generation() const { return m_generation.load(); }

signals:
    void resultsReady(quint64 generation, const paceline::SearchResults& results);
    void searchFailed(quint64 generation, const QString& message);

private:
    void deliver(quint64 generation, const paceline::SearchResults& results);
    void fail(quint64 generation, const QString& message);

    std::unique_ptr<Database> m_db;
    QString m_openError;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::atomic<quint64> m_generation{0};
    QThread m_thread;
    SearchRunner* m_runner = nullptr;
};

} // namespace paceline
