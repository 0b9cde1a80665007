#pragma once

#include "ChartExport.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QSpinBox;

namespace paceline {

// The size and style of a chart export: a preset (slide sizes) or width and height, and the
// standard or the presentation style.
class ChartExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChartExportDialog(QWidget* parent = nullptr);
    QSize chartSize() const;
    ChartLook look() const;
    void setLook(ChartLook look);
    void setChartSize(const QSize& size);

private:
    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_style;
};

// Asks for a file (PNG, PDF or SVG), then for a size and style, draws the chart anew at that
// size and style in a plot of its own (render) and writes it with the caption line: what the
// chart shows (snapshot) and the editions. Reports failures in a message box.
void runChartExportDialog(QWidget* parent, const ChartRenderer& render, const QString& baseName,
                          const QString& snapshot, const QStringList& editions = {});

} // namespace paceline
