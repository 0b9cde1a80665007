#pragma once

class QWidget;

namespace paceline {

// Help ▸ About: what Paceline is, its licence, and the Qt, SQLite and QCustomPlot versions.
void showAboutDialog(QWidget* parent);

} // namespace paceline
