#include "LagChart.h"

#include "ChartCaption.h"
#include "ChartExportDialog.h"
#include "LagPlot.h"
#include "LagTableModel.h"
#include "session/DatabaseSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace paceline {

LagChart::LagChart(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(&db)
    , m_target(new QComboBox(this))
    , m_plot(new QCustomPlot(this))
    , m_sentence(new QLabel(this))
    , m_model(new LagTableModel(this))
    , m_table(new QTableView(this))
{
    setUp();
}

LagChart::LagChart(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_target(new QComboBox(this))
    , m_plot(new QCustomPlot(this))
    , m_sentence(new QLabel(this))
    , m_model(new LagTableModel(this))
    , m_table(new QTableView(this))
{
    setUp();
}

void LagChart::setUp()
{
    m_target->addItem(tr("Lag to first control (any regime)"), int(LagTarget::FirstControl));
    m_target->addItem(tr("Lag to first US control"), int(LagTarget::FirstUsControl));
    m_target->addItem(tr("Lag to first EU control"), int(LagTarget::FirstEuControl));
    connect(m_target, &QComboBox::currentIndexChanged, this, &LagChart::redraw);
    m_view = new QComboBox(this);
    m_view->addItem(tr("Scatter & trend"), int(View::Trend));
    m_view->addItem(tr("Time to control (Kaplan\u2013Meier)"), int(View::Survival));
    connect(m_view, &QComboBox::currentIndexChanged, this, &LagChart::redraw);
    m_view->setToolTip(tr("Scatter and trend, or the time to control (Ctrl+Shift+K)"));
    auto* switchView = new QShortcut(QKeySequence(tr("Ctrl+Shift+K")), this);
    connect(switchView, &QShortcut::activated, this,
            [this] { m_view->setCurrentIndex(1 - m_view->currentIndex()); });
    m_grouping = new QComboBox(this);
    m_grouping->addItem(tr("All technologies"), int(SurvivalGrouping::All));
    m_grouping->addItem(tr("By decade of emergence"), int(SurvivalGrouping::ByDecade));
    m_grouping->setVisible(false);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &LagChart::redraw);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    connect(exportButton, &QPushButton::clicked, this, &LagChart::exportDialog);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_target);
    bar->addWidget(m_view);
    bar->addWidget(m_grouping);
    bar->addStretch();
    bar->addWidget(exportButton);

    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setWordWrap(true);
    QFont f = m_sentence->font();
    f.setBold(true);
    m_sentence->setFont(f);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LagTableModel::Lag, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_plot->setMinimumSize(500, 380);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_survivalPlot = new QCustomPlot(this);
    m_survivalPlot->setMinimumSize(500, 380);
    m_survivalPlot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plots = new QStackedWidget(this);
    m_plots->addWidget(m_plot);
    m_plots->addWidget(m_survivalPlot);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_plots);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({850, 350});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_sentence);
    layout->addWidget(split, 1);
    reload();
}

bool LagChart::isLoading() const
{
    return m_job->isRunning();
}

void LagChart::reload()
{
    m_job->cancel();
    if (!m_session) {
        apply(m_db ? LagAnalysis::fromDatabase(*m_db)
                   : Result<QList<TechnologyLag>>(QList<TechnologyLag>()));
        return;
    }
    if (!m_session->isOpen()) {
        apply(QList<TechnologyLag>());
        return;
    }
    m_sentence->setText(tr("Reading the timeline…"));
    m_job->startOnDatabase<QList<TechnologyLag>>(
        m_session->path(), WorkerAccess::ReadOnly,
        [](Database& db, const ProgressCallback&) { return LagAnalysis::fromDatabase(db); },
        [this](Result<QList<TechnologyLag>> lags) { apply(lags); });
}

void LagChart::apply(const Result<QList<TechnologyLag>>& lags)
{
    m_lags = lags ? *lags : QList<TechnologyLag>();
    redraw();
    if (!lags)
        m_sentence->setText(tr("Cannot read the timeline: %1").arg(lags.error().toString()));
    emit dataLoaded();
}

void LagChart::setTarget(LagTarget target)
{
    m_target->setCurrentIndex(m_target->findData(int(target)));
}

void LagChart::setView(View view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

void LagChart::setGrouping(SurvivalGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void LagChart::setToday(const QDate& today)
{
    m_today = today;
    redraw();
}

QCustomPlot* LagChart::plot() const
{
    return qobject_cast<QCustomPlot*>(m_plots->currentWidget());
}

QString LagChart::trendSentence() const
{
    return m_sentence->text();
}

void LagChart::redraw()
{
    const auto target = LagTarget(m_target->currentData().toInt());
    m_model->setLags(m_lags, target);
    m_table->resizeColumnsToContents();
    const bool survival = View(m_view->currentData().toInt()) == View::Survival;
    m_grouping->setVisible(survival);
    m_plots->setCurrentWidget(survival ? m_survivalPlot : m_plot);
    if (survival) {
        redrawSurvival(target);
        return;
    }
    const LagTrend trend = LagPlot::render(*m_plot, m_lags, target);
    m_sentence->setText(
        tr("Median lag %1 across %2 technologies. %3")
            .arg(trend.median ? QStringLiteral("%1 years").arg(*trend.median, 0, 'f', 1) : tr("—"))
            .arg(trend.count)
            .arg(trend.sentence()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChart::redrawSurvival(LagTarget target)
{
    const auto grouping = SurvivalGrouping(m_grouping->currentData().toInt());
    const SurvivalAnalysis analysis = SurvivalAnalysis::compute(m_lags, target, m_today);
    SurvivalPlot::render(*m_survivalPlot, analysis, grouping);
    m_sentence->setText(SurvivalPlot::headline(analysis, grouping));
    m_survivalPlot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChart::exportDialog()
{
    const auto target = LagTarget(m_target->currentData().toInt());
    if (plot() == m_survivalPlot) {
        const auto grouping = SurvivalGrouping(m_grouping->currentData().toInt());
        const SurvivalAnalysis analysis = SurvivalAnalysis::compute(m_lags, target, m_today);
        runChartExportDialog(
            this,
            [&analysis, grouping](QCustomPlot& plot) {
                SurvivalPlot::render(plot, analysis, grouping);
            },
            tr("time-to-control"), survivalCaption(analysis, grouping));
        return;
    }
    const LagTrend trend = LagTrend::fit(LagPlot::points(m_lags, target));
    runChartExportDialog(
        this, [this, target](QCustomPlot& plot) { LagPlot::render(plot, m_lags, target); },
        tr("lag-analysis"), lagCaption(target, trend));
}

} // namespace paceline
