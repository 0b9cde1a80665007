#pragma once

#include "SurvivalPlot.h"
#include "timeline/LagAnalysis.h"
#include "session/BackgroundJob.h"

#include <QDate>

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QStackedWidget;
class QTableView;

namespace paceline {

class Database;
class DatabaseSession;
class LagTableModel;

// "Lag analysis" tab: emergence year against lag (to first, first US or first EU control),
// median and trend with the slope in words, and the table of every technology beside it. A
// second view shows the time to control as a Kaplan-Meier curve, which, unlike the trend,
// counts the technologies not controlled yet.
// Built on a session, it reads the timeline on a worker connection (dataLoaded() when shown);
// built on a database, at once.
class LagChart : public QWidget {
    Q_OBJECT
public:
    explicit LagChart(Database& db, QWidget* parent = nullptr);
    explicit LagChart(DatabaseSession* session, QWidget* parent = nullptr);

    void reload();
    bool isLoading() const;
    enum class View { Trend, Survival };

    void setTarget(LagTarget target);
    void setView(View view);
    void setGrouping(SurvivalGrouping grouping);
    // The day the technologies not controlled yet are counted until; default: today.
    void setToday(const QDate& today);
    QCustomPlot* plot() const; // the plot of the view on show
    LagTableModel* model() const { return m_model; }
    QString trendSentence() const; // the headline above the plot

signals:
    void dataLoaded();

private:
    void setUp();
    void apply(const Result<QList<TechnologyLag>>& lags);
    void redraw();
    void redrawSurvival(LagTarget target);
    void exportDialog();

    Database* m_db = nullptr;
    DatabaseSession* m_session = nullptr;
    // Reads the lags on a worker, newest request wins
    BackgroundJob* m_job = new BackgroundJob(this);
    QList<TechnologyLag> m_lags;
    QDate m_today = QDate::currentDate();
    QComboBox* m_target;
    QComboBox* m_view = nullptr;
    QComboBox* m_grouping = nullptr;
    QStackedWidget* m_plots = nullptr;
    QCustomPlot* m_plot;
    QCustomPlot* m_survivalPlot = nullptr;
    QLabel* m_sentence;
    LagTableModel* m_model;
    QTableView* m_table;
};

} // namespace paceline
