#include "ChurnChart.h"

#include "ChartExportDialog.h"
#include "ChurnPlot.h"
#include "ChurnTableModel.h"
#include "session/BackgroundJob.h"
#include "session/DatabaseSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace paceline {

ChurnChart::ChurnChart(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
    , m_list(new QComboBox(this))
    , m_typography(new QCheckBox(tr("Ignore &typography (quotes, dashes, spacing)"), this))
    , m_message(new QLabel(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_plot(new QCustomPlot(this))
    , m_model(new ChurnTableModel(this))
    , m_table(new QTableView(this))
{
    m_list->setToolTip(tr("Lists with at least two editions in the database"));
    m_list->setMinimumContentsLength(30);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_list, &QComboBox::currentIndexChanged, this, &ChurnChart::recompute);
    connect(m_typography, &QCheckBox::toggled, this, &ChurnChart::recompute);
    connect(m_export, &QPushButton::clicked, this, &ChurnChart::exportDialog);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](qint64 done, qint64 total) {
        m_message->setText(tr("Comparing the editions of %1… %2 of %3")
                               .arg(m_list->currentText())
                               .arg(done)
                               .arg(total));
    });
    auto* listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_list);

    auto* bar = new QHBoxLayout;
    bar->addWidget(listLabel);
    bar->addWidget(m_list);
    bar->addWidget(m_typography);
    bar->addStretch();
    bar->addWidget(m_export);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Double-click a row to open that edition comparison"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { requestComparison(index.row()); });

    m_plot->setMinimumSize(500, 360);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChurnChart::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (e->button() == Qt::LeftButton)
            requestComparison(stepAt(e->pos()));
    });

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_plot);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    reload();
}

void ChurnChart::reload()
{
    const QString keep = m_list->currentData().toString();
    // One short query: the list of editions, as the other tabs read it on the UI thread.
    auto choices = m_session->isOpen() ? churnListChoices(*m_session->database())
                                       : Result<QList<ChurnListChoice>>(QList<ChurnListChoice>());
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const ChurnListChoice& c : choices ? *choices : QList<ChurnListChoice>())
            if (c.editionCount >= 2)
                m_list->addItem(tr("%1 (%2 editions)").arg(c.listName).arg(c.editionCount),
                                c.listKey);
        const int at = m_list->findData(keep);
        m_list->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_list->setEnabled(m_list->count() > 0);
    if (!choices) {
        m_job->cancel();
        showChurn(std::nullopt, choices.error());
        return;
    }
    recompute();
}

bool ChurnChart::setList(const QString& listKey)
{
    const int at = m_list->findData(listKey);
    if (at < 0)
        return false;
    m_list->setCurrentIndex(at);
    return true;
}

void ChurnChart::setIgnoreTypography(bool ignore)
{
    m_typography->setChecked(ignore);
}

ChurnChart::~ChurnChart() = default;

bool ChurnChart::isRunning() const
{
    return m_job->isRunning();
}

void ChurnChart::recompute()
{
    m_job->cancel();
    const QString key = m_list->currentData().toString();
    if (key.isEmpty() || !m_session->isOpen()) {
        showChurn(std::nullopt, std::nullopt);
        return;
    }
    EditionDiffOptions options;
    options.ignoreTypography = m_typography->isChecked();
    m_message->setText(tr("Comparing the editions of %1…").arg(m_list->currentText()));
    m_job->startOnDatabase<ListChurn>(
        m_session->path(), WorkerAccess::ReadOnly,
        [key, options](Database& db, const ProgressCallback& progress) {
            return computeListChurn(db, key, options, progress);
        },
        [this](Result<ListChurn> churn) {
            if (churn)
                showChurn(std::move(churn.value()), std::nullopt);
            else
                showChurn(std::nullopt, churn.error());
        });
}

void ChurnChart::showChurn(std::optional<ListChurn> churn, const std::optional<Error>& error)
{
    m_churn = churn ? std::move(*churn) : ListChurn();
    if (error) {
        m_message->setText(tr("Cannot compare the editions: %1").arg(error->toString()));
    } else if (!churn) {
        m_message->setText(tr("No list has two editions in the database yet. Import another "
                              "edition of a list (File \u25b8 Import) to see what changed "
                              "between editions."));
    } else {
        int added = 0, changed = 0, removed = 0;
        for (const ChurnStep& s : m_churn.steps) {
            added += s.added;
            changed += s.changed;
            removed += s.removed;
        }
        m_message->setText(tr("%1 editions, %2 comparisons: %3 nodes added, %4 changed, %5 "
                              "removed in all. Click a bar or double-click a row to open that "
                              "comparison.")
                               .arg(m_churn.editions.size())
                               .arg(m_churn.steps.size())
                               .arg(added)
                               .arg(changed)
                               .arg(removed));
    }
    m_export->setEnabled(!m_churn.steps.isEmpty());
    m_model->setSteps(m_churn.steps);
    m_table->resizeColumnsToContents();
    ChurnPlot::render(*m_plot, m_churn);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit churnShown();
}

int ChurnChart::stepAt(const QPoint& pos) const
{
    return ChurnPlot::stepAt(*m_plot, m_churn, pos);
}

void ChurnChart::requestComparison(int step)
{
    if (step < 0 || step >= m_churn.steps.size())
        return;
    const ChurnStep& s = m_churn.steps.at(step);
    emit compareRequested(s.from.id, s.to.id);
}

void ChurnChart::onMouseMove(QMouseEvent* event)
{
    const int i = stepAt(event->pos());
    if (i < 0) {
        QToolTip::hideText();
        return;
    }
    // Plain text: edition labels are imported text.
    QToolTip::showText(event->globalPosition().toPoint(),
                       ChurnPlot::tooltip(m_churn.steps.at(i))
                           .toHtmlEscaped()
                           .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                       m_plot);
}

QString ChurnChart::snapshot() const
{
    return ChurnPlot::snapshot(m_churn);
}

void ChurnChart::exportDialog()
{
    runChartExportDialog(
        this, [this](QCustomPlot& plot) { ChurnPlot::render(plot, m_churn); }, tr("list-churn"),
        snapshot());
}

} // namespace paceline
