#include "ImportResultMessage.h"

#include "io/BatchImport.h"
#include "session/ImportController.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace paceline {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ImportResult", text, nullptr, n);
}

QStringList headlines(const QStringList& summaries)
{
    QStringList out;
    for (const QString& summary : summaries)
        out << summary.section(QLatin1Char('\n'), 0, 0);
    return out;
}

void showFailure(QMainWindow* window, const ImportRunResult& r)
{
    const bool cancelled = r.error->kind == Error::Kind::Cancelled;
    if (cancelled && r.summaries.isEmpty()) {
        window->statusBar()->showMessage(tr("Import cancelled; the database is unchanged."), 8000);
        return;
    }
    QString text = cancelled ? tr("The import was cancelled.")
                             : tr("Import failed: %1").arg(r.error->toString());
    const int kept = static_cast<int>(r.summaries.size());
    if (kept == 0)
        text += QStringLiteral("\n\n") + tr("Nothing was imported.");
    else
        text += QStringLiteral("\n\n") +
                tr("Imported before the failure, and kept (%n file(s)):", kept) +
                QLatin1Char('\n') + headlines(r.summaries).join(QLatin1Char('\n'));
    if (!r.notAttempted.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("Not attempted (%n file(s)):", static_cast<int>(r.notAttempted.size())) +
                QLatin1Char('\n') + r.notAttempted.join(QLatin1Char('\n'));
    QMessageBox box(cancelled ? QMessageBox::Information : QMessageBox::Warning,
                    cancelled ? tr("Import cancelled") : tr("Import failed"), text, QMessageBox::Ok,
                    window);
    box.setObjectName(QStringLiteral("importResult"));
    box.setInformativeText(batchImportRule());
    if (!r.warnings.isEmpty())
        box.setDetailedText(r.warnings.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace

void showImportResult(QMainWindow* window, const ImportRunResult& r)
{
    if (r.error) {
        showFailure(window, r);
        return;
    }
    window->statusBar()->showMessage(headlines(r.summaries).join(QStringLiteral("; ")), 10000);
    const QString full = r.summaries.join(QStringLiteral("\n\n"));
    if (!full.contains(QLatin1Char('\n')) && r.warnings.isEmpty())
        return; // the status line said it all
    QMessageBox box(QMessageBox::Information, tr("Import finished"), full, QMessageBox::Ok, window);
    box.setObjectName(QStringLiteral("importResult"));
    if (!r.warnings.isEmpty()) {
        box.setInformativeText(tr("%n warning(s): lines that could not be placed, each with its "
                                  "file and line. See the details.",
                                  static_cast<int>(r.warnings.size())));
        box.setDetailedText(r.warnings.join(QLatin1Char('\n')));
    }
    box.exec();
}

} // namespace paceline
