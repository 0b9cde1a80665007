#pragma once

#include "editions/ListChurn.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QPushButton;
class QTableView;

namespace paceline {

class BackgroundJob;
class ChurnTableModel;
class DatabaseSession;

// "List churn" tab: for a chosen list, the nodes added, changed and removed from each edition
// to the next as stacked bars, with the numbers in a table beside them. A bar or a table row
// asks for that edition comparison. The editions are compared on a worker thread with a
// connection of its own; a newer request cancels the running one.
class ChurnChart : public QWidget {
    Q_OBJECT
public:
    explicit ChurnChart(DatabaseSession* session, QWidget* parent = nullptr);
    ~ChurnChart() override;

    // Re-reads the lists (keeping the chosen one when it is still there) and recomputes.
    void reload();
    // Chooses a list with at least two editions; false when there is no such list.
    bool setList(const QString& listKey);
    void setIgnoreTypography(bool ignore);
    const ListChurn& churn() const { return m_churn; }
    QCustomPlot* plot() const { return m_plot; }
    ChurnTableModel* model() const { return m_model; }
    QComboBox* listChooser() const { return m_list; }
    QLabel* message() const { return m_message; }
    bool isRunning() const;
    int stepAt(const QPoint& plotPos) const;
    QString snapshot() const;

signals:
    void compareRequested(qint64 fromEditionId, qint64 toEditionId);
    // The chart shows the outcome of the latest request (the churn or an error).
    void churnShown();

private:
    void recompute();
    void showChurn(std::optional<ListChurn> churn, const std::optional<Error>& error);
    void requestComparison(int step);
    void onMouseMove(QMouseEvent* event);
    void exportDialog();

    DatabaseSession* m_session;
    ListChurn m_churn;
    BackgroundJob* m_job; // compares the editions on a worker, the newest request winning
    QComboBox* m_list;
    QCheckBox* m_typography;
    QLabel* m_message;
    QPushButton* m_export;
    QCustomPlot* m_plot;
    ChurnTableModel* m_model;
    QTableView* m_table;
};

} // namespace paceline
