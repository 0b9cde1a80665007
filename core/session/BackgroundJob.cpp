#include "BackgroundJob.h"

#include "storage/Database.h"

#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace paceline {

Result<std::unique_ptr<Database>> openWorkerConnection(const QString& path, WorkerAccess access)
{
    Database::Options o;
    o.mode =
        access == WorkerAccess::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    o.create = false;
    o.integrityCheck = false;
    return Database::open(path, o);
}

// One start(): what the owner and that job's worker share.
struct BackgroundJob::Run {
    std::atomic<bool> stop{false};    // the work is asked to stop
    std::atomic<bool> dropped{false}; // and its result is not wanted
    std::atomic<qint64> lastProgressMs{-1000};
};

// What outlives the owner: the owner's address (cleared under the lock when it goes, so a
// worker never posts to a dead object) and the count of jobs still working.
struct BackgroundJob::Shared {
    std::mutex mutex;
    std::condition_variable idle;
    BackgroundJob* owner = nullptr;
    int working = 0;

    template <typename F> void post(F&& f)
    {
        std::lock_guard lock(mutex);
        if (owner)
            QMetaObject::invokeMethod(owner, std::forward<F>(f), Qt::QueuedConnection);
    }
};

namespace {

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    std::lock_guard lock(m_shared->mutex);
    m_shared->owner = nullptr;
}

void BackgroundJob::stop()
{
    if (m_current)
        m_current->stop = true;
}

void BackgroundJob::cancel()
{
    if (m_current) {
        m_current->stop = true;
        m_current->dropped = true;
    }
    m_current.reset();
    m_percent = 0;
}

bool BackgroundJob::waitForDone(int msecs)
{
    std::unique_lock lock(m_shared->mutex);
    auto none = [this] {
        return m_shared->working == 0;
    };
    if (msecs < 0) {
        m_shared->idle.wait(lock, none);
        return true;
    }
    return m_shared->idle.wait_for(lock, std::chrono::milliseconds(msecs), none);
}

void BackgroundJob::startErased(ErasedWork work)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_current = run;
    auto shared = m_shared;
    {
        std::lock_guard lock(shared->mutex);
        ++shared->working;
    }
    QThreadPool::globalInstance()->start([shared, run, work = std::move(work)] {
        if (!run->dropped) {
            ProgressCallback progress = [shared, run](qint64 done, qint64 total) {
                if (run->stop)
                    return false;
                const qint64 now = steadyMs();
                if (now - run->lastProgressMs >= 50 || (total > 0 && done >= total)) {
                    run->lastProgressMs = now;
                    shared->post([shared, run, done, total] {
                        if (shared->owner && run == shared->owner->m_current) {
                            shared->owner->m_percent = total > 0 ? int(100 * done / total) : 0;
                            emit shared->owner->progressChanged(done, total);
                        }
                    });
                }
                return !run->stop;
            };
            std::function<void()> finish = work(progress);
            shared->post([shared, run, finish] {
                BackgroundJob* owner = shared->owner;
                if (!owner || run != owner->m_current)
                    return; // superseded or cancelled: the result is dropped
                owner->m_current.reset();
                finish();
            });
        }
        std::lock_guard lock(shared->mutex);
        if (--shared->working == 0)
            shared->idle.notify_all();
    });
}

} // namespace paceline
