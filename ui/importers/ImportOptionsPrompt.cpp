#include "ImportOptionsPrompt.h"

#include "importers/ListDocumentOptionsDialog.h"
#include "io/ecfr/EcfrXmlReader.h"
#include "io/wassenaar/WaEditionReader.h"
#include "lists/ListStore.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace paceline {

std::optional<ImportOptions> askImportOptions(QWidget* parent, Database& db,
                                              const QStringList& paths)
{
    QStringList documents;
    QStringList ecfr;
    for (const QString& path : paths) {
        const auto format = importFormatForPath(path);
        // A Wassenaar document names its lists and edition itself.
        if (format == ImportFormat::Pdf && isWaPdfFile(path))
            continue;
        if (format == ImportFormat::Pdf || format == ImportFormat::PdfText)
            documents << path;
        else if (format == ImportFormat::EcfrXml)
            ecfr << path;
    }
    ImportOptions options;
    if (!documents.isEmpty()) {
        if (paths.size() > 1) {
            QMessageBox::information(
                parent, QObject::tr("Import"),
                QObject::tr("Import PDF and text list documents one at a time, so that each gets "
                            "its own list and edition label."));
            return std::nullopt;
        }
        auto known = ListStore(db).editions();
        ListDocumentOptionsDialog ask(documents.constFirst(),
                                      known ? known.value() : QList<EditionInfo>(), parent);
        if (ask.exec() != QDialog::Accepted)
            return std::nullopt;
        return ask.options();
    }
    if (ecfr.size() == 1 && paths.size() == 1) {
        bool ok = false;
        const QString label = QInputDialog::getText(
            parent, QObject::tr("Import eCFR XML"),
            QObject::tr("Edition label for %1 (a date such as \"eCFR 2025-09-12\" also dates the "
                        "edition):")
                .arg(QFileInfo(ecfr.constFirst()).fileName()),
            QLineEdit::Normal, ecfrDefaultLabel(ecfr.constFirst()), &ok);
        if (!ok)
            return std::nullopt;
        options.editionLabel = label.trimmed();
    }
    return options;
}

} // namespace paceline
