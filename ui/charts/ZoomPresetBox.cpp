#include "ZoomPresetBox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace paceline {

ZoomPresetBox::ZoomPresetBox(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setPlaceholderText(tr("Custom"));
    const struct {
        Preset preset;
        QString text;
        const char* key;
        QString tip;
    } presets[] = {
        {Preset::LastFiveYears, tr("5 years"), "Ctrl+5",
         tr("Five years up to the end of the year of the latest fact shown")},
        {Preset::LastTenYears, tr("10 years"), "Ctrl+1",
         tr("Ten years up to the end of the year of the latest fact shown")},
        {Preset::All, tr("All"), "Ctrl+0", tr("Every fact and era, with a year's margin")},
        {Preset::FitToData, tr("Fit to data"), "Ctrl+9",
         tr("From the earliest to the latest fact shown")},
    };
    for (const auto& p : presets) {
        const QKeySequence key(QLatin1String(p.key));
        m_combo->addItem(p.text, int(p.preset));
        m_combo->setItemData(m_combo->count() - 1,
                             tr("%1 (%2)").arg(p.tip, key.toString(QKeySequence::NativeText)),
                             Qt::ToolTipRole);
        auto* action = new QAction(p.text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this,
                [this, preset = p.preset] { emit presetChosen(preset); });
        addAction(action); // a window shortcut, live while this box is visible
    }
    m_combo->setCurrentIndex(m_combo->findData(int(Preset::All)));
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { emit presetChosen(Preset(m_combo->itemData(index).toInt())); });
    auto* label = new QLabel(tr("&Zoom:"), this);
    label->setBuddy(m_combo);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_combo);
}

void ZoomPresetBox::setPreset(std::optional<Preset> preset)
{
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(preset ? m_combo->findData(int(*preset)) : -1);
}

} // namespace paceline
