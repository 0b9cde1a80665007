#include "ImportController.h"

#include "io/BatchImport.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"

#include <QProgressDialog>

namespace paceline {

ImportRunResult runImport(const QString& databasePath, const QStringList& paths,
                          ImportFormat format, const std::function<bool(int permille)>& progress)
{
    return runImport(databasePath, paths, format, ImportOptions(), progress);
}

ImportRunResult runImport(const QString& databasePath, const QStringList& paths,
                          ImportFormat format, const ImportOptions& importOptions,
                          const std::function<bool(int permille)>& progress)
{
    ImportRunResult result;
    Database::Options options;
    options.create = false;
    options.integrityCheck = false; // the session's connection already checked the file
    auto db = Database::open(databasePath, options);
    if (!db) {
        result.error = db.error();
        return result;
    }
    int lastPermille = -1;
    const BatchImportOutcome outcome =
        importFiles(*db.value(), paths, format, importOptions, {}, [&](qint64 done, qint64 total) {
            const int permille = total > 0 ? static_cast<int>(1000 * done / total) : 0;
            if (permille == lastPermille)
                return progress(-1); // only asks whether to go on
            lastPermille = permille;
            return progress(permille);
        });
    for (const ImportReport& report : outcome.reports) {
        result.summaries << report.summary;
        result.warnings << report.warnings;
    }
    result.error = outcome.error;
    result.notAttempted = outcome.notAttempted;
    return result;
}

ImportController::ImportController(DatabaseSession* session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (done >= 0 && total > 0)
            emit progressChanged(static_cast<int>(1000 * done / total));
    });
}

ImportController::~ImportController()
{
    m_job->cancel(); // the import rolls back; it must end before its controller does
    m_job->waitForDone();
}

bool ImportController::isRunning() const
{
    return m_job->isRunning();
}

void ImportController::cancel()
{
    m_job->stop();
}

void ImportController::start(const QStringList& paths, ImportFormat format)
{
    start(paths, format, ImportOptions());
}

void ImportController::start(const QStringList& paths, ImportFormat format,
                             const ImportOptions& options)
{
    if (isRunning() || !m_session->isOpen() || paths.isEmpty())
        return;
    if (m_dialogParent) {
        m_dialog = new QProgressDialog(
            tr("Importing %n file(s)…", nullptr, static_cast<int>(paths.size())), tr("Cancel"), 0,
            1000, m_dialogParent);
        m_dialog->setWindowTitle(tr("Import"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(300);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
        connect(this, &ImportController::progressChanged, m_dialog, &QProgressDialog::setValue);
    }
    const QString dbPath = m_session->path();
    m_job->start<ImportRunResult>(
        [=](const ProgressCallback& progress) -> Result<ImportRunResult> {
            return runImport(dbPath, paths, format, options, [&progress](int permille) {
                return permille >= 0 ? progress(permille, 1000) : progress(-1, 0);
            });
        },
        [this](Result<ImportRunResult> result) { onFinished(result.value()); });
}

void ImportController::onFinished(const ImportRunResult& result)
{
    // Gone now, not later: a message box's own event loop would leave it on top, blocking.
    delete m_dialog;
    // A run may mix list files and timeline CSVs; the result does not say which it held.
    if (!result.summaries.isEmpty()) // the files before a failure stay imported
        m_session->announce(ChangeSet(ChangeSet::Lists | ChangeSet::Timeline));
    emit finished(result);
}

} // namespace paceline
