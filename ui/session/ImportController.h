#pragma once

#include "io/ImportService.h"
#include "session/BackgroundJob.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace paceline {

class DatabaseSession;

struct ImportRunResult {
    QStringList summaries; // of the files imported, which stay imported after a failure
    QStringList warnings;
    std::optional<Error> error; // set when the import failed or was cancelled
    QStringList notAttempted;   // the files after the failing one
};

// Runs imports on a worker thread with its own connection and shows progress with Cancel.
// A batch follows batchImportRule() (core/io/BatchImport.h), as on the command line.
class ImportController : public QObject {
    Q_OBJECT
public:
    ImportController(DatabaseSession* session, QWidget* dialogParent);
    ~ImportController() override;

    void start(const QStringList& paths, ImportFormat format);
    // options: what the user said about files that do not name their list (PDF, eCFR label)
    void start(const QStringList& paths, ImportFormat format, const ImportOptions& options);
    bool isRunning() const;
    void cancel();

signals:
    void progressChanged(int permille);
    void finished(const paceline::ImportRunResult& result);

private:
    void onFinished(const ImportRunResult& result);

    DatabaseSession* m_session;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    BackgroundJob* m_job;
};

// Does the work of one run; public so that tests can run it without a thread.
ImportRunResult runImport(const QString& databasePath, const QStringList& paths,
                          ImportFormat format, const std::function<bool(int permille)>& progress);
ImportRunResult runImport(const QString& databasePath, const QStringList& paths,
                          ImportFormat format, const ImportOptions& options,
                          const std::function<bool(int permille)>& progress);

} // namespace paceline
