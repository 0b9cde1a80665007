#pragma once

#include "InnovationPlot.h"

#include <QWidget>

#include <optional>

class QComboBox;

namespace paceline {

// "Zoom: [5 years | 10 years | All | Fit to data]" for the innovation chart's
// toolbar. Alt+Z reaches the box; Ctrl+5, Ctrl+1 (10 years), Ctrl+0 (all) and Ctrl+9 (fit)
// choose a preset while the box is shown. "Custom" stands for a zoom or pan by hand.
class ZoomPresetBox : public QWidget {
    Q_OBJECT
public:
    using Preset = InnovationPlot::ZoomPreset;
    explicit ZoomPresetBox(QWidget* parent = nullptr);

    // Shows the preset without announcing it; none shows "Custom".
    void setPreset(std::optional<Preset> preset);
    QComboBox* comboBox() const { return m_combo; }

signals:
    void presetChosen(InnovationPlot::ZoomPreset preset);

private:
    QComboBox* m_combo;
};

} // namespace paceline
