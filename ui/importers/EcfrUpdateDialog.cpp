#include "EcfrUpdateDialog.h"

#include "io/ecfr/EcfrEditionImport.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace paceline {

namespace {

constexpr int kDateRole = Qt::UserRole + 1;

} // namespace

QUrl EcfrUpdateDialog::configuredBaseUrl()
{
    const QString env = qEnvironmentVariable("PACELINE_ECFR_URL");
    if (!env.isEmpty())
        return QUrl(env);
    const QString stored = QSettings().value(QStringLiteral("ecfr/baseUrl")).toString();
    return stored.isEmpty() ? EcfrClient::defaultBaseUrl() : QUrl(stored);
}

EcfrUpdateDialog::EcfrUpdateDialog(DatabaseSession* session, const QUrl& baseUrl, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_client(new EcfrClient(this))
    , m_status(new QLabel(this))
    , m_dates(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Update from eCFR"));
    m_client->setBaseUrl(baseUrl);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setPlaceholderText(tr("Messages about downloads and imports appear here."));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);

    auto* intro = new QLabel(
        tr("The Commerce Control List (15 CFR 774 Supplement No. 1) as the eCFR published it on "
           "each amendment date of part 774. Tick the dates to import; each becomes the edition "
           "\"eCFR DATE\" of the list us-ccl. Source: %1")
            .arg(baseUrl.toString()),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_refresh = buttons->addButton(tr("&Refresh Dates"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import Selected"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("Cancel Download"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_import->setDefault(true);
    connect(m_refresh, &QPushButton::clicked, this, &EcfrUpdateDialog::fetchDates);
    connect(m_import, &QPushButton::clicked, this, &EcfrUpdateDialog::importChecked);
    connect(m_cancel, &QPushButton::clicked, this, &EcfrUpdateDialog::cancelWork);
    connect(buttons, &QDialogButtonBox::rejected, this, &EcfrUpdateDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_dates, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(620, 520);
    setWorking(false);
}

EcfrUpdateDialog::~EcfrUpdateDialog()
{
    m_client->cancel();
    m_importJob->cancel(); // the import rolls back; it must end before the dialog does
    m_importJob->waitForDone();
}

QString EcfrUpdateDialog::statusText() const
{
    return m_status->text();
}

QString EcfrUpdateDialog::logText() const
{
    return m_log->toPlainText();
}

bool EcfrUpdateDialog::isWorking() const
{
    return m_working;
}

void EcfrUpdateDialog::setWorking(bool working)
{
    m_working = working;
    m_import->setEnabled(!working && m_dates->count() > 0);
    m_refresh->setEnabled(!working);
    m_cancel->setEnabled(working);
    m_dates->setEnabled(!working);
}

void EcfrUpdateDialog::log(const QString& line)
{
    m_log->appendPlainText(line);
}

void EcfrUpdateDialog::fetchDates()
{
    if (m_working)
        return;
    setWorking(true);
    m_status->setText(tr("Asking the eCFR for the amendment dates of part 774…"));
    m_progress->setRange(0, 0); // busy
    m_client->fetchVersions([this](Result<QList<EcfrVersionDate>> dates) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        setWorking(false);
        if (!dates) {
            fail(dates.error().kind == Error::Kind::Cancelled ? tr("Cancelled.")
                                                              : dates.error().toString());
            return;
        }
        showDates(dates.value());
        emit datesListed();
    });
}

void EcfrUpdateDialog::showDates(const QList<EcfrVersionDate>& dates)
{
    auto imported = importedEcfrDates(*m_session->database());
    m_imported = imported ? imported.value() : QSet<QString>();
    m_dates->clear();
    for (const EcfrVersionDate& d : dates) {
        const bool done = m_imported.contains(d.date);
        QString text = d.date;
        text += d.changesCcl ? tr(" — changes the CCL") : tr(" — other sections of part 774");
        text += d.changedSections == 1 ? tr(" (1 section)")
                                       : tr(" (%1 sections)").arg(d.changedSections);
        if (done)
            text += tr(" — imported");
        auto* item = new QListWidgetItem(text, m_dates);
        item->setData(kDateRole, d.date);
        item->setFlags(done ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
        if (done)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_status->setText(
        tr("%1 amendment dates; %2 already imported.").arg(dates.size()).arg(m_imported.size()));
    setWorking(false);
}

void EcfrUpdateDialog::importChecked()
{
    if (m_working)
        return;
    m_queue.clear();
    for (int i = 0; i < m_dates->count(); ++i) {
        const QListWidgetItem* item = m_dates->item(i);
        const QString date = item->data(kDateRole).toString();
        if (item->checkState() == Qt::Checked && !m_imported.contains(date))
            m_queue << date;
    }
    if (m_queue.isEmpty()) {
        m_status->setText(tr("Tick one or more dates that are not imported yet."));
        return;
    }
    std::sort(m_queue.begin(), m_queue.end()); // oldest first: editions in the order they came
    m_anyImported = false;
    setWorking(true);
    startNext();
}

void EcfrUpdateDialog::startNext()
{
    if (m_queue.isEmpty()) {
        finishRun(true);
        return;
    }
    const QString date = m_queue.constFirst();
    m_status->setText(tr("Downloading the eCFR of %1…").arg(date));
    m_progress->setValue(0);
    m_client->downloadXml(
        date,
        [this](qint64 received, qint64 total) {
            if (total > 0)
                m_progress->setValue(static_cast<int>(700 * received / total));
            else
                m_progress->setRange(0, 0);
            return true;
        },
        [this, date](Result<QByteArray> body) { onDownloaded(date, std::move(body)); });
}

void EcfrUpdateDialog::onDownloaded(const QString& date, Result<QByteArray> body)
{
    m_progress->setRange(0, 1000);
    if (!body) {
        fail(body.error().kind == Error::Kind::Cancelled
                 ? tr("Download of %1 cancelled; nothing was imported for it.").arg(date)
                 : body.error().toString());
        finishRun(false);
        return;
    }
    m_progress->setValue(700);
    m_status->setText(tr("Importing %1 (%2 bytes)…").arg(date, QLocale().toString(body->size())));
    const QString url = m_client->fullXmlUrl(date).toString();
    // Parsed and imported on a worker with a connection of its own.
    m_importJob->startOnDatabase<ListImportOutcome>(
        m_session->path(), WorkerAccess::ReadWrite,
        [xml = body.value(), date, url](Database& db, const ProgressCallback& progress) {
            return importEcfrDownload(db, xml, date, url, progress);
        },
        [this, date](Result<ListImportOutcome> outcome) { onImported(date, outcome); });
}

void EcfrUpdateDialog::onImported(const QString& date, const Result<ListImportOutcome>& outcome)
{
    if (!outcome) {
        fail(outcome.error().kind == Error::Kind::Cancelled
                 ? tr("Import of %1 cancelled; nothing was imported for it.").arg(date)
                 : tr("%1: nothing was imported for this date.\n%2")
                       .arg(date, outcome.error().toString()));
        finishRun(false);
        return;
    }
    m_anyImported = true;
    for (const QString& w : outcome->warnings)
        log(tr("Warning (%1): %2").arg(date, w));
    log(outcome->alreadyPresent
            ? tr("%1: the same text is already in the database as \"%2\".")
                  .arg(date, outcome->edition.label)
            : tr("%1: imported \"%2\" (%3 nodes).")
                  .arg(date, outcome->edition.label, QLocale().toString(outcome->nodeCount)));
    m_imported.insert(date);
    for (int i = 0; i < m_dates->count(); ++i) {
        QListWidgetItem* item = m_dates->item(i);
        if (item->data(kDateRole).toString() == date) {
            item->setText(item->text() + tr(" — imported"));
            item->setFlags(Qt::ItemIsEnabled);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_progress->setValue(1000);
    m_queue.removeFirst();
    startNext();
}

void EcfrUpdateDialog::fail(const QString& message)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(message);
    log(message);
}

void EcfrUpdateDialog::finishRun(bool ok)
{
    m_queue.clear();
    setWorking(false);
    if (ok)
        m_status->setText(tr("Done."));
    if (m_anyImported)
        m_session->announce(ChangeSet(ChangeSet::Lists));
    emit runFinished(ok);
}

void EcfrUpdateDialog::cancelWork()
{
    m_client->cancel();
    m_importJob->stop();
}

void EcfrUpdateDialog::reject()
{
    if (m_working) {
        cancelWork(); // the run ends by itself; close afterwards
        return;
    }
    QDialog::reject();
}

} // namespace paceline
