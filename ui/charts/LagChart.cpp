#include "LagChart.h"

#include "ChartExportDialog.h"
#include "LagPlot.h"
#include "LagTableModel.h"
#include "WorkerRead.h"
#include "session/DatabaseSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
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
    auto* exportButton = new QPushButton(tr("Export…"), this);
    connect(exportButton, &QPushButton::clicked, this, &LagChart::exportDialog);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_target);
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
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_plot);
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

void LagChart::reload()
{
    const int generation = ++m_generation;
    if (!m_session) {
        apply(m_db ? LagAnalysis::fromDatabase(*m_db)
                   : Result<QList<TechnologyLag>>(QList<TechnologyLag>()));
        return;
    }
    if (!m_session->isOpen()) {
        apply(QList<TechnologyLag>());
        return;
    }
    m_loading = true;
    m_sentence->setText(tr("Reading the timeline…"));
    readOnWorker<QList<TechnologyLag>>(
        this, m_session->path(), [](Database& db) { return LagAnalysis::fromDatabase(db); },
        [this, generation](Result<QList<TechnologyLag>> lags) {
            if (generation == m_generation)
                apply(lags);
        });
}

void LagChart::apply(const Result<QList<TechnologyLag>>& lags)
{
    m_loading = false;
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

QString LagChart::trendSentence() const
{
    return m_sentence->text();
}

void LagChart::redraw()
{
    const auto target = LagTarget(m_target->currentData().toInt());
    const LagTrend trend = LagPlot::render(*m_plot, m_lags, target);
    m_sentence->setText(
        tr("Median lag %1 across %2 technologies. %3")
            .arg(trend.median ? QStringLiteral("%1 years").arg(*trend.median, 0, 'f', 1) : tr("—"))
            .arg(trend.count)
            .arg(trend.sentence()));
    m_model->setLags(m_lags, target);
    m_table->resizeColumnsToContents();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChart::exportDialog()
{
    runChartExportDialog(this, *m_plot, tr("lag-analysis"),
                         tr("%1; %2").arg(m_target->currentText(), m_sentence->text()));
}

} // namespace paceline
