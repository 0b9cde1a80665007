#include "SearchWorker.h"

#include "search/SearchEngine.h"
#include "storage/Database.h"

namespace paceline {

// Lives on the worker thread; only ever touches the connection there.
class SearchRunner : public QObject {
    Q_OBJECT
public:
    SearchRunner(Database* db, std::shared_ptr<std::atomic<quint64>> latest)
        : m_db(db)
        , m_latest(std::move(latest))
    {
    }

    void run(quint64 generation, const SearchQuery& query)
    {
        auto stale = [this, generation] {
            return m_latest->load() != generation;
        };
        if (stale())
            return; // a newer query is queued behind this one
        auto results = SearchEngine(*m_db).search(query, stale);
        if (stale())
            return;
        if (results)
            emit finished(generation, results.value());
        else if (results.error().kind != Error::Kind::Cancelled)
            emit failed(generation, results.error().toString());
    }

signals:
    void finished(quint64 generation, const paceline::SearchResults& results);
    void failed(quint64 generation, const QString& message);

private:
    Database* m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

SearchWorker::SearchWorker(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<paceline::SearchQuery>();
    qRegisterMetaType<paceline::SearchResults>();
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    options.create = false;
    options.integrityCheck = false;
    auto db = Database::open(databasePath, options);
    if (!db) {
        m_openError = db.error().toString();
        return;
    }
    m_db = std::move(db.value());
    m_runner = new SearchRunner(m_db.get(), m_latest);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SearchRunner::finished, this, &SearchWorker::deliver);
    connect(m_runner, &SearchRunner::failed, this, &SearchWorker::fail);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchWorker::submit(const SearchQuery& query)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    if (!m_runner)
        return generation;
    m_db->interrupt();
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, generation, query] { runner->run(generation, query); },
        Qt::QueuedConnection);
    return generation;
}

void SearchWorker::cancel()
{
    m_latest->store(++m_generation);
    if (m_db)
        m_db->interrupt();
}

// Runs on this object's thread: a result that was in flight when a newer query came is dropped.
void SearchWorker::deliver(quint64 generation, const SearchResults& results)
{
    if (generation == m_generation.load())
        emit resultsReady(generation, results);
}

void SearchWorker::fail(quint64 generation, const QString& message)
{
    if (generation == m_generation.load())
        emit searchFailed(generation, message);
}

} // namespace paceline

#include "SearchWorker.moc"
