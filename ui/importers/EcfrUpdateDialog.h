#pragma once

#include "io/ecfr/EcfrClient.h"
#include "lists/ListStore.h"
#include "session/BackgroundJob.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace paceline {

class DatabaseSession;

// "Update from eCFR…": lists the amendment dates of 15 CFR part 774 from the eCFR versioner,
// marks those already imported, and imports the chosen ones, oldest first, each as the edition
// "eCFR DATE" in a transaction of its own. Downloads show progress and can be cancelled; a
// failed date imports nothing and stops the run (dates imported before it stay).
class EcfrUpdateDialog : public QDialog {
    Q_OBJECT
public:
    EcfrUpdateDialog(DatabaseSession* session, const QUrl& baseUrl, QWidget* parent = nullptr);
    ~EcfrUpdateDialog() override;

    // The base URL from the settings ("ecfr/baseUrl") or $PACELINE_ECFR_URL, else www.ecfr.gov.
    static QUrl configuredBaseUrl();
    EcfrClient* client() const { return m_client; }

    // For tests and keyboard users: what the dialog shows.
    QListWidget* dateList() const { return m_dates; }
    QString statusText() const;
    QString logText() const;
    bool isWorking() const;

    void fetchDates();
    void importChecked();
    void cancelWork();

signals:
    void datesListed();
    void runFinished(bool ok);

protected:
    void reject() override;

private:
    void showDates(const QList<EcfrVersionDate>& dates);
    void startNext();
    void onDownloaded(const QString& date, Result<QByteArray> body);
    void onImported(const QString& date, const Result<ListImportOutcome>& outcome);
    void fail(const QString& message);
    void finishRun(bool ok);
    void setWorking(bool working);
    void log(const QString& line);

    DatabaseSession* m_session;
    EcfrClient* m_client;
    QLabel* m_status;
    QListWidget* m_dates;
    QProgressBar* m_progress;
    QPlainTextEdit* m_log;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QPushButton* m_refresh;
    QStringList m_queue;
    QSet<QString> m_imported;
    BackgroundJob* m_importJob = new BackgroundJob(this); // one date at a time, on a worker
    bool m_working = false;
    bool m_anyImported = false;
};

} // namespace paceline
