#include "ChartExportDialog.h"

#include "ChartExport.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>
#include <qcustomplot.h>

namespace paceline {

void runChartExportDialog(QWidget* parent, QCustomPlot& plot, const QString& baseName,
                          const QString& snapshot)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export Chart"), baseName + QStringLiteral(".png"),
        QObject::tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Chart Size"));
    auto* width = new QSpinBox(&dialog);
    auto* height = new QSpinBox(&dialog);
    width->setRange(200, 20000);
    height->setRange(150, 20000);
    width->setValue(1600);
    height->setValue(1000);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(QObject::tr("Width (px; points for PDF)"), width);
    form->addRow(QObject::tr("Height"), height);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s =
        exportChart(plot, path, width->value(), height->value(), snapshotCaption(snapshot, {}));
    if (!s)
        QMessageBox::warning(parent, QObject::tr("Export failed"), s.error().toString());
}

} // namespace paceline
