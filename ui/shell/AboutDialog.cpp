#include "AboutDialog.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QMessageBox>
#include <qcustomplot.h>

namespace paceline {

void showAboutDialog(QWidget* parent)
{
    const QString text =
        QObject::tr("<h3>Paceline %1</h3>"
                    "<p>A workbench for export-control lists, amendment proposals and the pacing "
                    "gap between technology and the lists.</p>"
                    "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                    "<table>"
                    "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
                    "<tr><td>SQLite</td><td>%4</td></tr>"
                    "<tr><td>QCustomPlot</td><td>%5</td></tr>"
                    "<tr><td>Database schema</td><td>version %6</td></tr>"
                    "</table>")
            .arg(QStringLiteral(PACELINE_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR), sqliteLibraryVersion(),
                 QStringLiteral(QCUSTOMPLOT_VERSION_STR))
            .arg(currentSchemaVersion());
    QMessageBox box(parent);
    box.setWindowTitle(QObject::tr("About Paceline"));
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/paceline.svg")).pixmap(64, 64));
    box.exec();
}

} // namespace paceline
