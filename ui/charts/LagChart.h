#pragma once

#include "timeline/LagAnalysis.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableView;

namespace paceline {

class Database;
class DatabaseSession;
class LagTableModel;

// "Lag analysis" tab: emergence year against lag (to first, first US or first EU control),
// median and trend with the slope in words, and the table of every technology beside it.
// Built on a session, it reads the timeline on a worker connection (dataLoaded() when shown);
// built on a database, at once.
class LagChart : public QWidget {
    Q_OBJECT
public:
    explicit LagChart(Database& db, QWidget* parent = nullptr);
    explicit LagChart(DatabaseSession* session, QWidget* parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    void setTarget(LagTarget target);
    QCustomPlot* plot() const { return m_plot; }
    LagTableModel* model() const { return m_model; }
    QString trendSentence() const;

signals:
    void dataLoaded();

private:
    void setUp();
    void apply(const Result<QList<TechnologyLag>>& lags);
    void redraw();
    void exportDialog();

    Database* m_db = nullptr;
    DatabaseSession* m_session = nullptr;
    bool m_loading = false;
    int m_generation = 0;
    QList<TechnologyLag> m_lags;
    QComboBox* m_target;
    QCustomPlot* m_plot;
    QLabel* m_sentence;
    LagTableModel* m_model;
    QTableView* m_table;
};

} // namespace paceline
