#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include "util/Progress.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace paceline {

// A read-only connection of a worker's own to the database file; no integrity check, since the
// UI thread's connection checked the file when it opened it.
Result<std::unique_ptr<Database>> openWorkerConnection(const QString& path);

// Runs read(db) on a worker thread with a connection of its own, then done(result) on the
// context object's thread; nothing is delivered once the context is gone. Callers drop
// results that a newer request superseded.
template <typename T>
void readOnWorker(QObject* context, const QString& path, std::function<Result<T>(Database&)> read,
                  std::function<void(Result<T>)> done)
{
    struct Box {
        std::optional<Result<T>> result;
    };
    auto* watcher = new QFutureWatcher<Box>(context);
    QObject::connect(watcher, &QFutureWatcher<Box>::finished, context, [watcher, done] {
        watcher->deleteLater();
        Box box = watcher->result();
        done(std::move(*box.result));
    });
    watcher->setFuture(QtConcurrent::run([path, read] {
        auto db = openWorkerConnection(path);
        if (!db)
            return Box{Result<T>(db.error())};
        return Box{read(**db)};
    }));
}

// What the UI thread and one background read share: the read's progress in percent, and the
// request to stop (the read then returns a Cancelled error).
struct WorkerTicket {
    std::atomic<bool> cancelled{false};
    std::atomic<int> percent{0};

    ProgressCallback progress()
    {
        return [this](qint64 done, qint64 total) {
            if (total > 0)
                percent = int(100 * done / total);
            return !cancelled.load();
        };
    }
};

// readOnWorker for a long read that reports progress and can be cancelled through the ticket it
// returns; the ticket lives as long as the read or its holder.
template <typename T>
std::shared_ptr<WorkerTicket>
readOnWorker(QObject* context, const QString& path,
             std::function<Result<T>(Database&, const ProgressCallback&)> read,
             std::function<void(Result<T>)> done)
{
    auto ticket = std::make_shared<WorkerTicket>();
    readOnWorker<T>(
        context, path, [ticket, read](Database& db) { return read(db, ticket->progress()); },
        std::move(done));
    return ticket;
}

} // namespace paceline
