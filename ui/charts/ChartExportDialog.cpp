#include "ChartExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSpinBox>

namespace paceline {

namespace {

const QList<QPair<const char*, QSize>> kPresets = {
    {QT_TRANSLATE_NOOP("ChartExportDialog", "Report (1600 \u00d7 1000)"), QSize(1600, 1000)},
    {QT_TRANSLATE_NOOP("ChartExportDialog", "Small slide (800 \u00d7 500)"), QSize(800, 500)},
    {QT_TRANSLATE_NOOP("ChartExportDialog", "Slide 16:9 (1280 \u00d7 720)"), QSize(1280, 720)},
    {QT_TRANSLATE_NOOP("ChartExportDialog", "Full HD slide (1920 \u00d7 1080)"), QSize(1920, 1080)},
    {QT_TRANSLATE_NOOP("ChartExportDialog", "Large slide (2400 \u00d7 1400)"), QSize(2400, 1400)},
};

} // namespace

ChartExportDialog::ChartExportDialog(QWidget* parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_style(new QComboBox(this))
{
    setWindowTitle(tr("Export Chart"));
    for (const auto& [name, size] : kPresets)
        m_preset->addItem(tr(name), size);
    m_preset->addItem(tr("Custom"), QSize());
    m_width->setRange(200, 20000);
    m_height->setRange(150, 20000);
    m_style->addItem(tr("Standard"), int(ChartLook::Standard));
    m_style->addItem(tr("Presentation: larger type, thicker lines, major labels only"),
                     int(ChartLook::Presentation));
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QSize size = m_preset->currentData().toSize();
        if (!size.isValid())
            return;
        const QSignalBlocker w(m_width), h(m_height);
        m_width->setValue(size.width());
        m_height->setValue(size.height());
    });
    for (QSpinBox* box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, [this] { setChartSize(chartSize()); });
    setChartSize(kPresets.first().second);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Size"), m_preset);
    form->addRow(tr("&Width (px; points for PDF)"), m_width);
    form->addRow(tr("&Height"), m_height);
    form->addRow(tr("S&tyle"), m_style);
    form->addRow(buttons);
}

QSize ChartExportDialog::chartSize() const
{
    return QSize(m_width->value(), m_height->value());
}

ChartLook ChartExportDialog::look() const
{
    return ChartLook(m_style->currentData().toInt());
}

void ChartExportDialog::setLook(ChartLook look)
{
    m_style->setCurrentIndex(m_style->findData(int(look)));
}

void ChartExportDialog::setChartSize(const QSize& size)
{
    const QSignalBlocker block(m_preset);
    const QSignalBlocker w(m_width), h(m_height);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    const int preset = m_preset->findData(size);
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);
}

void runChartExportDialog(QWidget* parent, const ChartRenderer& render, const QString& baseName,
                          const QString& snapshot, const QStringList& editions)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export Chart"), baseName + QStringLiteral(".png"),
        QObject::tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    ChartExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QSize size = dialog.chartSize();
    const Status s = exportChart(render, dialog.look(), path, size.width(), size.height(),
                                 snapshotCaption(snapshot, editions));
    if (!s)
        QMessageBox::warning(parent, QObject::tr("Export failed"), s.error().toString());
}

} // namespace paceline
