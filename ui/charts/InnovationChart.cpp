#include "InnovationChart.h"

#include "ChartCaption.h"
#include "ChartExportDialog.h"
#include "EraBandItem.h"
#include "FactDetails.h"
#include "InnovationPlot.h"
#include "ZoomPresetBox.h"
#include "browse/ListBrowser.h"
#include "session/DatabaseSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QDesktopServices>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace paceline {

namespace {

constexpr int kRangeBarSteps = 10; // range bar units per year

// The fact's entry codes found in the loaded lists; an event's codes are looked up in a list
// of its own regime first (a Wassenaar event's 4.A.5 in the Wassenaar list).
QHash<QString, NodeLocation> resolveCodes(Database& db, const ChartFact& f)
{
    ListBrowser browser(db);
    qint64 preferred = 0;
    if (auto latest = browser.latestEditions())
        for (const EditionInfo& e : *latest)
            if (!preferred && f.regime != RegimeGroup::National &&
                (regimeGroupOf(e.regimeName) == f.regime ||
                 regimeGroupOf(e.regimeKey.toUpper()) == f.regime))
                preferred = e.id;
    QHash<QString, NodeLocation> out;
    for (const QString& code : f.codes) {
        auto found = browser.resolveReference(preferred, code);
        if (found && found->has_value())
            out.insert(code, **found);
    }
    return out;
}

} // namespace

InnovationChart::InnovationChart(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(&db)
    , m_plot(new QCustomPlot(this))
    , m_rangeBar(new QScrollBar(Qt::Horizontal, this))
    , m_details(new QTextBrowser(this))
{
    setUp();
}

InnovationChart::InnovationChart(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_plot(new QCustomPlot(this))
    , m_rangeBar(new QScrollBar(Qt::Horizontal, this))
    , m_details(new QTextBrowser(this))
{
    setUp();
}

Database* InnovationChart::database() const
{
    return m_session ? m_session->database() : m_db;
}

void InnovationChart::setUp()
{
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setMouseTracking(true);
    m_plot->setMinimumSize(600, 400);
    connect(m_plot, &QCustomPlot::mouseMove, this, &InnovationChart::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (const int i = factAt(e->pos()); i >= 0)
            showDetails(i);
    });
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_settingRange)
            forgetZoomPreset();
        syncRangeBar();
    });
    connect(m_rangeBar, &QScrollBar::valueChanged, this, [this](int v) {
        const double size = m_plot->xAxis->range().size();
        const double lower = double(v) / kRangeBarSteps;
        if (std::abs(lower - m_plot->xAxis->range().lower) < 0.5 / kRangeBarSteps)
            return;
        m_plot->xAxis->setRange(lower, lower + size);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    m_rangeBar->setToolTip(tr("Time range shown: drag to pan"));

    // Entry and case links become requests; only web links leave the app.
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &InnovationChart::followLink);
    m_details->setPlaceholderText(
        tr("Click a marker for its details, linked entries and related cases."));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_plot, 1);
    // The time axis' own controls sit under it, by the range bar: the filter bar is full.
    m_showEras = new QCheckBox(tr("E&ras"), left);
    m_showEras->setChecked(true);
    m_showEras->setToolTip(tr("Shade the eras (Timeline data > Eras) behind the chart, labelled "
                              "above it; they are part of exported charts too"));
    connect(m_showEras, &QCheckBox::toggled, this, [this] { rebuild(); });
    m_zoom = new ZoomPresetBox(left);
    connect(m_zoom, &ZoomPresetBox::presetChosen, this, &InnovationChart::applyZoomPreset);
    auto* axisRow = new QHBoxLayout;
    axisRow->addWidget(m_showEras);
    axisRow->addWidget(m_zoom);
    axisRow->addWidget(m_rangeBar, 1);
    leftLayout->addLayout(axisRow);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    m_details->setMinimumWidth(260);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    layout->addWidget(split, 1);
    reload();
}

QWidget* InnovationChart::createFilterBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_sort = new QComboBox(bar);
    m_sort->addItem(tr("Sort by first emergence"), int(LaneSort::Emergence));
    m_sort->addItem(tr("Sort by name"), int(LaneSort::Name));
    m_sort->addItem(tr("Sort by lag"), int(LaneSort::Lag));
    m_group = new QCheckBox(tr("Group by category"), bar);
    m_confidence = new QComboBox(bar);
    m_confidence->addItem(tr("Any confidence"), int(Confidence::Low));
    m_confidence->addItem(tr("Medium or high"), int(Confidence::Medium));
    m_confidence->addItem(tr("High only"), int(Confidence::High));
    m_regimes = new QToolButton(bar);
    m_regimes->setText(tr("Regimes"));
    m_regimes->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_regimes);
    for (RegimeGroup g : allRegimeGroups()) {
        QAction* a = menu->addAction(regimeGroupName(g));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(int(g));
        connect(a, &QAction::toggled, this, &InnovationChart::readFilterControls);
    }
    m_regimes->setMenu(menu);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Technology contains…"));
    m_search->setClearButtonEnabled(true);
    m_from = new QSpinBox(bar);
    m_to = new QSpinBox(bar);
    for (QSpinBox* s : {m_from, m_to}) {
        s->setRange(1900, 2100);
        s->setSpecialValueText(tr("any"));
    }
    m_from->setMinimum(1899);
    m_from->setValue(1899);
    m_to->setRange(1899, 2100);
    m_to->setValue(1899);
    auto* exportButton = new QPushButton(tr("Export…"), bar);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        // The export shows the time range on screen.
        const QCPRange shown = m_plot->xAxis->range();
        QStringList editions;
        for (const ChartEdition& e : m_data.editions)
            editions << e.label;
        runChartExportDialog(
            this,
            [this, shown](QCustomPlot& plot) {
                InnovationPlot::render(plot, m_data);
                plot.xAxis->setRange(shown);
            },
            QStringLiteral("innovation-vs-update"), innovationCaption(m_filter, m_data), editions);
    });

    connect(m_sort, &QComboBox::currentIndexChanged, this, &InnovationChart::readFilterControls);
    connect(m_group, &QCheckBox::toggled, this, &InnovationChart::readFilterControls);
    connect(m_confidence, &QComboBox::currentIndexChanged, this,
            &InnovationChart::readFilterControls);
    connect(m_search, &QLineEdit::textChanged, this, &InnovationChart::readFilterControls);
    connect(m_from, &QSpinBox::valueChanged, this, &InnovationChart::readFilterControls);
    connect(m_to, &QSpinBox::valueChanged, this, &InnovationChart::readFilterControls);

    row->addWidget(m_sort);
    row->addWidget(m_group);
    row->addWidget(m_confidence);
    row->addWidget(m_regimes);
    row->addWidget(m_search, 1);
    row->addWidget(new QLabel(tr("From"), bar));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);
    row->addWidget(exportButton);
    return bar;
}

void InnovationChart::applyZoomPreset(InnovationPlot::ZoomPreset preset)
{
    m_preset = preset;
    m_zoom->setPreset(preset);
    {
        const QScopedValueRollback guard(m_settingRange, true);
        m_plot->xAxis->setRange(InnovationPlot::presetRange(m_data, preset));
    }
    syncRangeBar();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void InnovationChart::forgetZoomPreset()
{
    m_preset.reset();
    m_zoom->setPreset(std::nullopt);
}

void InnovationChart::setErasShown(bool shown)
{
    m_showEras->setChecked(shown);
}

bool InnovationChart::erasShown() const
{
    return m_showEras->isChecked();
}

void InnovationChart::readFilterControls()
{
    ChartFilter f;
    f.sort = LaneSort(m_sort->currentData().toInt());
    f.groupByCategory = m_group->isChecked();
    f.minConfidence = Confidence(m_confidence->currentData().toInt());
    const QList<QAction*> actions = m_regimes->menu()->actions();
    const bool all =
        std::all_of(actions.begin(), actions.end(), [](QAction* a) { return a->isChecked(); });
    for (QAction* a : actions)
        if (!all && a->isChecked())
            f.regimes.insert(RegimeGroup(a->data().toInt()));
    if (!all && f.regimes.isEmpty())
        f.regimes.insert(RegimeGroup(-1)); // none ticked: no events
    const QString needle = m_search->text().trimmed();
    f.technologyText = needle;
    f.technologies = technologiesMatching(m_technologies, needle);
    if (!needle.isEmpty() && f.technologies.isEmpty())
        f.technologies.insert(QStringLiteral("\u0001")); // nothing matches
    if (m_from->value() > m_from->minimum())
        f.from = QDate(m_from->value(), 1, 1);
    if (m_to->value() > m_to->minimum())
        f.to = QDate(m_to->value(), 12, 31);
    m_filter = f;
    rebuild();
}

void InnovationChart::setFilter(const ChartFilter& filter)
{
    m_filter = filter;
    rebuild();
}

bool InnovationChart::isLoading() const
{
    return m_job->isRunning();
}

void InnovationChart::reload()
{
    m_job->cancel();
    if (!m_session) {
        apply(m_db ? loadChartInputs(*m_db) : Result<ChartInputs>(ChartInputs()));
        return;
    }
    if (!m_session->isOpen()) {
        apply(ChartInputs());
        return;
    }
    m_details->setPlainText(tr("Reading the timeline…"));
    m_job->startOnDatabase<ChartInputs>(
        m_session->path(), WorkerAccess::ReadOnly,
        [](Database& db, const ProgressCallback&) { return loadChartInputs(db); },
        [this](Result<ChartInputs> in) { apply(in); });
}

void InnovationChart::apply(const Result<ChartInputs>& in)
{
    const ChartInputs empty;
    const ChartInputs& d = in ? in.value() : empty;
    m_technologies = d.technologies;
    m_milestones = d.milestones;
    m_events = d.events;
    m_editions = d.editions;
    m_cases = d.cases;
    m_eras = d.eras;
    if (!in)
        m_details->setPlainText(tr("Cannot read the timeline: %1").arg(in.error().toString()));
    else if (m_details->toPlainText() == tr("Reading the timeline…"))
        m_details->clear();
    rebuild(); // a chosen preset is applied to the new data
    if (!m_preset)
        resetZoom();
    emit dataLoaded();
}

void InnovationChart::rebuild()
{
    m_data = ChartData::build(m_technologies, m_milestones, m_events, m_editions, m_filter);
    if (m_showEras->isChecked())
        m_data.eras = ChartData::placeEras(m_eras, m_filter, QDate::currentDate());
    m_factsByLane = QList<QList<int>>(m_data.lanes.size());
    for (qsizetype i = 0; i < m_data.lanes.size(); ++i)
        m_factsByLane[i] = m_data.lanes.at(i).facts;
    const QCPRange keep = m_plot->xAxis->range();
    const bool zoomed = m_plot->property("zoomed").toBool();
    {
        const QScopedValueRollback guard(m_settingRange, true);
        InnovationPlot::render(*m_plot, m_data);
        if (m_preset)
            m_plot->xAxis->setRange(InnovationPlot::presetRange(m_data, *m_preset));
        else if (zoomed)
            m_plot->xAxis->setRange(keep);
    }
    syncRangeBar();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void InnovationChart::resetZoom()
{
    applyZoomPreset(InnovationPlot::ZoomPreset::All);
}

void InnovationChart::syncRangeBar()
{
    const QCPRange full = InnovationPlot::fullRange(m_data);
    const QCPRange shown = m_plot->xAxis->range();
    m_plot->setProperty("zoomed", std::abs(shown.lower - full.lower) > 0.01 ||
                                      std::abs(shown.upper - full.upper) > 0.01);
    const QSignalBlocker block(m_rangeBar);
    const double lo = std::min(full.lower, shown.lower);
    const double hi = std::max(full.upper, shown.upper);
    m_rangeBar->setRange(int(lo * kRangeBarSteps), int((hi - shown.size()) * kRangeBarSteps));
    m_rangeBar->setPageStep(int(shown.size() * kRangeBarSteps));
    m_rangeBar->setSingleStep(kRangeBarSteps);
    m_rangeBar->setValue(int(shown.lower * kRangeBarSteps));
}

int InnovationChart::factAt(const QPoint& pos) const
{
    const double x = m_plot->xAxis->pixelToCoord(pos.x());
    const double y = m_plot->yAxis->pixelToCoord(pos.y());
    const int lane = qRound(y);
    if (lane < 0 || lane >= m_factsByLane.size())
        return -1;
    const double tolerance = std::abs(m_plot->xAxis->pixelToCoord(pos.x() + 6) - x);
    const double yTolerance = std::abs(m_plot->yAxis->pixelToCoord(pos.y() + 6) - y);
    int best = -1;
    double bestDistance = 1e9;
    for (int i : m_factsByLane.at(lane)) {
        const ChartFact& f = m_data.facts.at(i);
        if (std::abs(InnovationPlot::markerY(f) - y) > std::max(yTolerance, 0.12))
            continue;
        if (x < f.start - tolerance || x > f.end + tolerance)
            continue;
        const double d = std::abs(f.centre() - x);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void InnovationChart::onMouseMove(QMouseEvent* event)
{
    const int i = factAt(event->pos());
    if (i < 0) {
        // Over the label strip: the era's dates, note and source.
        for (int k = 0; k < m_plot->itemCount(); ++k)
            if (auto* band = qobject_cast<EraBandItem*>(m_plot->item(k)))
                if (band->selectTest(event->position(), false) >= 0) {
                    QToolTip::showText(event->globalPosition().toPoint(), band->tooltip(), m_plot);
                    return;
                }
        QToolTip::hideText();
        return;
    }
    const ChartFact& f = m_data.facts.at(i);
    QToolTip::showText(event->globalPosition().toPoint(),
                       FactDetails::tooltip(f, m_data.lanes.at(f.lane)), m_plot);
}

void InnovationChart::showDetails(int i)
{
    if (i < 0 || i >= m_data.facts.size())
        return;
    const ChartFact& f = m_data.facts.at(i);
    m_shownCodes = f.codes;
    m_resolved = database() ? resolveCodes(*database(), f) : QHash<QString, NodeLocation>();
    m_details->setHtml(FactDetails::html(f, m_data.lanes.at(f.lane), m_cases, m_resolved));
}

void InnovationChart::followLink(const QUrl& url)
{
    if (const auto index = FactDetails::entryIndexOf(url)) {
        if (*index < m_shownCodes.size())
            if (auto it = m_resolved.constFind(m_shownCodes.at(*index)); it != m_resolved.cend())
                emit openEntryRequested(it->editionId, it->code);
    } else if (const auto caseId = FactDetails::caseIdOf(url)) {
        emit openCaseRequested(*caseId);
    } else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
    }
}

QString InnovationChart::snapshot() const
{
    QStringList editions;
    for (const ChartEdition& e : m_data.editions)
        editions << e.label;
    return innovationCaption(m_filter, m_data) + QStringLiteral(" \u00b7 Editions: ") +
           (editions.isEmpty() ? tr("none") : editions.join(QStringLiteral(", ")));
}

} // namespace paceline
