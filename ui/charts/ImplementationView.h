#pragma once

#include "pacing/ImplementationFilter.h"
#include "pacing/ImplementationTable.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace paceline {

class DatabaseSession;
class ImplementationTableModel;
class BackgroundJob;

// "Implementation" tab (Charts ▸ Implementation): how each national list took up each change
// of the regime's list. The table (change, decision, per list date and lag, status and
// evidence) above the lag chart; filters by category, year and status. The table is computed
// on a worker connection with progress and Cancel; a double-click opens the entry in the
// browser, or the timeline event a date rests on.
class ImplementationView : public QWidget {
    Q_OBJECT
public:
    explicit ImplementationView(DatabaseSession* session, QWidget* parent = nullptr);
    ~ImplementationView() override;

    void reload();
    void cancel();
    bool isLoading() const;
    void setFilter(const ImplementationFilter& filter);
    QCustomPlot* plot() const { return m_plot; }
    ImplementationTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_view; }
    QString headline() const;
    // What the caption of an export says about the data.
    QString snapshot() const;

signals:
    void dataLoaded();
    void openEntryRequested(qint64 editionId, const QString& code);
    void openTimelineEventRequested(qint64 eventId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply(const Result<ImplementationTable>& table);
    void fillFilters();
    void refilter();
    void activate(const QModelIndex& index);
    void exportDialog();

    DatabaseSession* m_session;
    BackgroundJob* m_job; // the table is computed on a worker, the newest request winning
    ImplementationTable m_table;
    ImplementationFilter m_filter;
    QComboBox* m_regimeList;
    QComboBox* m_category;
    QComboBox* m_year;
    QComboBox* m_status;
    QComboBox* m_evidence;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTimer* m_redraw; // after a resize: whether row names fit depends on the height
    QLabel* m_headline;
    QLabel* m_notes;
    QTableView* m_view;
    ImplementationTableModel* m_model;
    QCustomPlot* m_plot;
    QString m_summary;
};

} // namespace paceline
