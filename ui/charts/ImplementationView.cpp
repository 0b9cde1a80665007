#include "ImplementationView.h"

#include "ChartCaption.h"
#include "ChartExportDialog.h"
#include "ImplementationPlot.h"
#include "ImplementationTableModel.h"
#include "pacing/ImplementationStats.h"
#include "pacing/ImplementationTracker.h"
#include "session/BackgroundJob.h"
#include "session/DatabaseSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace paceline {

namespace {

struct Loaded {
    ImplementationTable table;
    QStringList regimeLists;
};

} // namespace

ImplementationView::ImplementationView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
    , m_regimeList(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_evidence(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_redraw(new QTimer(this))
    , m_headline(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ImplementationTableModel(this))
    , m_plot(new QCustomPlot(this))
{
    auto* exportButton = new QPushButton(tr("&Export Chart…"), this);
    auto* bar = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        bar->addWidget(label);
        bar->addWidget(box);
    };
    addLabelled(tr("&Regime list:"), m_regimeList);
    addLabelled(tr("&Category:"), m_category);
    addLabelled(tr("&Year:"), m_year);
    addLabelled(tr("&Status:"), m_status);
    addLabelled(tr("E&vidence:"), m_evidence);
    bar->addStretch();
    auto* second = new QHBoxLayout;
    second->addWidget(m_headline, 1);
    second->addWidget(m_progress);
    second->addWidget(m_cancel);
    second->addWidget(exportButton);
    m_regimeList->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Computing… %p%"));
    m_progress->hide();
    m_cancel->hide();
    m_regimeList->setToolTip(tr("The regime list whose changes are followed (two dated editions "
                                "or more)"));
    m_status->setToolTip(tr("Changes where at least one national list has this status"));

    m_status->addItem(tr("Any status"), -1);
    for (ImplementationStatus s : allImplementationStatuses())
        m_status->addItem(implementationStatusName(s), int(s));

    m_evidence->addItem(tr("Any"), -1);
    m_evidence->addItem(tr("timeline event"), int(EvidenceKind::TimelineEvent));
    m_evidence->addItem(tr("edition"), int(EvidenceKind::Edition));
    m_evidence->setToolTip(tr("Changes where at least one national list's date rests on this"));

    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setToolTip(tr("Double-click: open the entry in the browser, or the timeline event a "
                          "date rests on"));

    m_plot->setMinimumHeight(220);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setToolTip(tr("Drag and wheel to pan and zoom; the table names every change"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_plot);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(second);
    layout->addWidget(split, 1);
    layout->addWidget(m_notes);

    m_redraw->setSingleShot(true);
    m_redraw->setInterval(120);
    connect(m_redraw, &QTimer::timeout, this, [this] {
        m_summary = ImplementationPlot::render(*m_plot, m_table, m_model->shownRows());
    });
    m_plot->installEventFilter(this);
    connect(m_cancel, &QPushButton::clicked, this, &ImplementationView::cancel);
    connect(exportButton, &QPushButton::clicked, this, &ImplementationView::exportDialog);
    connect(m_job, &BackgroundJob::progressChanged, this,
            [this] { m_progress->setValue(m_job->percent()); });
    connect(m_regimeList, &QComboBox::activated, this, [this] { reload(); });
    for (QComboBox* box : {m_category, m_year, m_status, m_evidence})
        connect(box, &QComboBox::activated, this, [this] {
            m_filter.category = m_category->currentData().toString();
            m_filter.year = m_year->currentData().toInt();
            const int status = m_status->currentData().toInt();
            m_filter.status =
                status < 0 ? std::nullopt
                           : std::optional<ImplementationStatus>(ImplementationStatus(status));
            const int evidence = m_evidence->currentData().toInt();
            m_filter.evidence =
                evidence < 0 ? std::nullopt : std::optional<EvidenceKind>(EvidenceKind(evidence));
            refilter();
        });
    connect(m_view, &QTableView::activated, this, &ImplementationView::activate);
    reload();
}

ImplementationView::~ImplementationView() = default;

bool ImplementationView::isLoading() const
{
    return m_job->isRunning();
}

void ImplementationView::cancel()
{
    m_job->stop();
}

void ImplementationView::reload()
{
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    PacingOptions options;
    options.regimeListKey = m_regimeList->currentText();
    m_job->startOnDatabase<Loaded>(
        m_session->path(), WorkerAccess::ReadOnly,
        [options](Database& db, const ProgressCallback& progress) -> Result<Loaded> {
            Loaded out;
            if (auto lists = regimeListCandidates(db))
                out.regimeLists = lists.value();
            auto table = computeImplementation(db, options, progress);
            if (!table)
                return table.error();
            out.table = std::move(table.value());
            return out;
        },
        [this](Result<Loaded> loaded) {
            m_progress->hide();
            m_cancel->hide();
            const QString current = m_regimeList->currentText();
            if (loaded) {
                m_regimeList->clear();
                m_regimeList->addItems(loaded->regimeLists);
                m_regimeList->setCurrentText(loaded->table.regimeListKey);
                apply(loaded->table);
            } else {
                apply(loaded.error());
            }
        });
}

void ImplementationView::apply(const Result<ImplementationTable>& table)
{
    if (!table) {
        if (table.error().kind == Error::Kind::Cancelled) {
            m_notes->setText(tr("Cancelled; the table shows the previous result."));
            return;
        }
        m_table = ImplementationTable();
        m_model->setTable(m_table, {});
        m_plot->clearGraphs();
        m_plot->clearItems();
        m_plot->replot();
        m_headline->setText(table.error().message);
        m_notes->clear();
        emit dataLoaded();
        return;
    }
    m_table = table.value();
    fillFilters();
    m_notes->setText(m_table.notes.join(QLatin1Char(' ')));
    refilter();
    emit dataLoaded();
}

void ImplementationView::fillFilters()
{
    const QString category = m_filter.category;
    m_category->clear();
    m_category->addItem(tr("All"), QString());
    for (const QString& c : tableCategories(m_table))
        m_category->addItem(c, c);
    const int at = m_category->findData(category);
    m_category->setCurrentIndex(at < 0 ? 0 : at);
    m_filter.category = m_category->currentData().toString();

    const int year = m_filter.year;
    m_year->clear();
    m_year->addItem(tr("All"), 0);
    for (int y : tableYears(m_table))
        m_year->addItem(QString::number(y), y);
    const int yearAt = m_year->findData(year);
    m_year->setCurrentIndex(yearAt < 0 ? 0 : yearAt);
    m_filter.year = m_year->currentData().toInt();
}

void ImplementationView::setFilter(const ImplementationFilter& filter)
{
    m_filter = filter;
    m_category->setCurrentIndex(std::max(0, m_category->findData(filter.category)));
    m_year->setCurrentIndex(std::max(0, m_year->findData(filter.year)));
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(filter.status ? int(*filter.status) : -1)));
    m_evidence->setCurrentIndex(
        std::max(0, m_evidence->findData(filter.evidence ? int(*filter.evidence) : -1)));
    refilter();
}

void ImplementationView::refilter()
{
    const QList<int> rows = filterRows(m_table, m_filter);
    m_model->setTable(m_table, rows);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(
        ImplementationTableModel::ChangeColumn,
        std::min(m_view->columnWidth(ImplementationTableModel::ChangeColumn), 360));
    m_summary = ImplementationPlot::render(*m_plot, m_table, rows);
    QStringList parts;
    const QList<LagSummary> sums = summariseLags(m_table, rows);
    for (int i = 0; i < m_table.lists.size(); ++i)
        parts << tr("%1: %2").arg(m_table.lists[i].key, sums[i].describe());
    m_headline->setText(tr("%n regime change(s) of %1 shown. ", nullptr, int(rows.size()))
                            .arg(m_table.regimeListKey) +
                        parts.join(QStringLiteral("; ")));
}

bool ImplementationView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Resize && !m_table.rows.isEmpty())
        m_redraw->start();
    return QWidget::eventFilter(watched, event);
}

QString ImplementationView::headline() const
{
    return m_headline->text();
}

QString ImplementationView::snapshot() const
{
    return implementationCaption(m_table, m_filter, m_summary);
}

void ImplementationView::activate(const QModelIndex& index)
{
    const ImplementationRow* row = m_model->rowAt(index.row());
    if (!row)
        return;
    const int list = m_model->listOfColumn(index.column());
    if (list < 0) {
        const RegimeChange& c = row->change;
        emit openEntryRequested(
            c.kind == RegimeChangeKind::Removed ? c.fromEditionId : c.toEditionId, c.code);
        return;
    }
    const Implementation& cell = row->cells.at(list);
    if (m_model->isStatusColumn(index.column()) && cell.evidence == EvidenceKind::TimelineEvent) {
        emit openTimelineEventRequested(cell.eventId);
        return;
    }
    if (cell.editionId != 0 && !cell.code.isEmpty())
        emit openEntryRequested(cell.editionId, cell.code);
    else if (cell.evidence == EvidenceKind::TimelineEvent)
        emit openTimelineEventRequested(cell.eventId);
}

void ImplementationView::exportDialog()
{
    const QList<int> rows = m_model->shownRows();
    runChartExportDialog(
        this, [this, rows](QCustomPlot& plot) { ImplementationPlot::render(plot, m_table, rows); },
        tr("implementation-lag"), snapshot());
}

} // namespace paceline
