#pragma once

#include "timeline/LagAnalysis.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableView;

namespace paceline {

class Database;
class LagTableModel;

// "Lag analysis" tab: emergence year against lag (to first, first US or first EU control),
// median and trend with the slope in words, and the table of every technology beside it.
class LagChart : public QWidget {
    Q_OBJECT
public:
    explicit LagChart(Database& db, QWidget* parent = nullptr);

    void reload();
    void setTarget(LagTarget target);
    QCustomPlot* plot() const { return m_plot; }
    LagTableModel* model() const { return m_model; }
    QString trendSentence() const;

private:
    void redraw();
    void exportDialog();

    Database& m_db;
    QList<TechnologyLag> m_lags;
    QComboBox* m_target;
    QCustomPlot* m_plot;
    QLabel* m_sentence;
    LagTableModel* m_model;
    QTableView* m_table;
};

} // namespace paceline
