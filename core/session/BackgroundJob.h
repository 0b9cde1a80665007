#pragma once

#include "storage/Database.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace paceline {

enum class WorkerAccess { ReadOnly, ReadWrite };

// A connection of a worker's own to the database file. No integrity check: the UI thread's
// connection checked the file when it opened it.
Result<std::unique_ptr<Database>>
openWorkerConnection(const QString& path, WorkerAccess access = WorkerAccess::ReadOnly);

// Runs one kind of background work for its owner on the thread pool, the newest request
// winning: start() asks the job before it to stop (its progress callback returns false) and
// drops its result. Progress and the newest job's result arrive on the thread this object
// lives in, and never after it is destroyed; the work itself never touches the owner.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override; // cancels; does not wait (see waitForDone)

    template <typename T>
    void start(std::function<Result<T>(const ProgressCallback&)> work,
               std::function<void(Result<T>)> done)
    {
        startErased(
            [work = std::move(work), done = std::move(done)](const ProgressCallback& progress) {
                auto result = std::make_shared<Result<T>>(work(progress));
                return std::function<void()>([done, result] { done(std::move(*result)); });
            });
    }

    // The same with a connection of the job's own, opened (and closed) on the worker; a
    // connection that cannot be opened is the job's error.
    template <typename T>
    void startOnDatabase(const QString& path, WorkerAccess access,
                         std::function<Result<T>(Database&, const ProgressCallback&)> work,
                         std::function<void(Result<T>)> done)
    {
        start<T>(
            [path, access, work = std::move(work)](const ProgressCallback& progress) -> Result<T> {
                auto db = openWorkerConnection(path, access);
                if (!db)
                    return db.error();
                return work(**db, progress);
            },
            std::move(done));
    }

    // Asks the running job to stop; its result (a Cancelled error, as a rule) still arrives.
    void stop();
    // Asks the running job to stop and drops its result.
    void cancel();
    // A job was started and its result is neither delivered nor dropped yet.
    bool isRunning() const { return m_current != nullptr; }
    // The newest job's progress in percent (0 while unknown).
    int percent() const { return m_percent; }
    // Blocks until no job of this object is working any more, superseded ones included, or
    // until msecs pass (-1: no limit); for owners whose job writes and must end before they do.
    bool waitForDone(int msecs = -1);

signals:
    // The newest job's progress, at most about every 50 ms (total 0: unknown).
    void progressChanged(qint64 done, qint64 total);

private:
    struct Run;
    struct Shared;
    // work runs on the worker and returns what to run on the owner's thread.
    using ErasedWork = std::function<std::function<void()>(const ProgressCallback&)>;
    void startErased(ErasedWork work);

    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<Run> m_current;
    int m_percent = 0;
};

} // namespace paceline
