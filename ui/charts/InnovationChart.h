#pragma once

#include "InnovationPlot.h"
#include "browse/BrowseTypes.h"
#include "cases/CaseTypes.h"
#include "lists/ListStore.h"
#include "timeline/ChartData.h"
#include "timeline/ChartInputs.h"
#include "session/BackgroundJob.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLineEdit;
class QScrollBar;
class QSpinBox;
class QTextBrowser;
class QToolButton;

namespace paceline {

class Database;
class DatabaseSession;
class ZoomPresetBox;

// "Innovation vs update" tab: technology lanes against control events with filters, zoom and
// pan (wheel, drag, the range bar, the Zoom presets), era bands behind the data, hover
// tooltips and a detail panel for the clicked fact.
// Built on a session, it reads its data on a worker connection (dataLoaded() when shown);
// built on a database, it reads it at once (exports, tests).
class InnovationChart : public QWidget {
    Q_OBJECT
public:
    explicit InnovationChart(Database& db, QWidget* parent = nullptr);
    explicit InnovationChart(DatabaseSession* session, QWidget* parent = nullptr);

    void reload();
    bool isLoading() const;
    void setFilter(const ChartFilter& filter);
    const ChartFilter& filter() const { return m_filter; }
    const ChartData& data() const { return m_data; }
    QCustomPlot* plot() const { return m_plot; }
    QTextBrowser* details() const { return m_details; }
    // The fact drawn under a widget position of the plot, or -1.
    int factAt(const QPoint& plotPos) const;
    void showDetails(int factIndex);
    void resetZoom(); // the All preset
    // Sets the time axis to a preset (InnovationPlot::presetRange) and keeps it through
    // reloads and filter changes until the user zooms or pans by hand (keys: ZoomPresetBox).
    void applyZoomPreset(InnovationPlot::ZoomPreset preset);
    // The preset shown, or none after a zoom or pan by hand.
    std::optional<InnovationPlot::ZoomPreset> zoomPreset() const { return m_preset; }
    ZoomPresetBox* zoomBox() const { return m_zoom; }
    void setErasShown(bool shown);
    bool erasShown() const;
    QString snapshot() const;
    // Follows a link of the detail panel: an entry code, a related case or the source.
    void followLink(const QUrl& url);

signals:
    // The data of the latest reload() is shown.
    void dataLoaded();
    // A linked entry code of the shown fact, found in the loaded lists.
    void openEntryRequested(qint64 editionId, const QString& code);
    void openCaseRequested(qint64 caseId);

private:
    void setUp();
    void apply(const Result<ChartInputs>& inputs);
    Database* database() const;
    QWidget* createFilterBar();
    void readFilterControls();
    void rebuild();
    void syncRangeBar();
    void onMouseMove(QMouseEvent* event);
    void forgetZoomPreset();

    Database* m_db = nullptr;
    DatabaseSession* m_session = nullptr;
    // Reads the inputs on a worker, newest request wins
    BackgroundJob* m_job = new BackgroundJob(this);
    QList<Technology> m_technologies;
    QList<Milestone> m_milestones;
    QList<ControlEvent> m_events;
    QList<EditionInfo> m_editions;
    QList<CaseRecord> m_cases;
    QList<Era> m_eras;
    std::optional<InnovationPlot::ZoomPreset> m_preset = InnovationPlot::ZoomPreset::All;
    bool m_settingRange = false; // the program sets the time axis: not the user's zoom
    ChartFilter m_filter;
    ChartData m_data;
    QList<QList<int>> m_factsByLane;
    QStringList m_shownCodes;                // the entry codes of the fact in the detail panel
    QHash<QString, NodeLocation> m_resolved; // the shown fact's codes found in the lists

    QComboBox* m_sort = nullptr;
    QCheckBox* m_group = nullptr;
    QComboBox* m_confidence = nullptr;
    QToolButton* m_regimes = nullptr;
    QLineEdit* m_search = nullptr;
    QSpinBox* m_from = nullptr;
    QSpinBox* m_to = nullptr;
    QCheckBox* m_showEras = nullptr;
    ZoomPresetBox* m_zoom = nullptr;
    QCustomPlot* m_plot;
    QScrollBar* m_rangeBar;
    QTextBrowser* m_details;
};

} // namespace paceline
