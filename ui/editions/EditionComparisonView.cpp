#include "EditionComparisonView.h"

#include "editions/CategorySummaryModel.h"
#include "editions/ChangeListModel.h"
#include "editions/ComparisonExport.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace paceline {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

EditionComparisonView::EditionComparisonView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_typography(new QCheckBox(tr("Ignore &typography"), this))
    , m_exportHtml(new QPushButton(tr("Export &HTML…"), this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_status(new QLabel(this))
    , m_redline(new QTextBrowser(this))
    , m_summary(new CategorySummaryModel(this))
    , m_changes(new ChangeListModel(this))
{
    buildUi();
    loadLists();
}

void EditionComparisonView::buildUi()
{
    m_typography->setToolTip(tr("Curly and straight quotes, dashes, spacing and line breaks do "
                                "not count as changes"));
    m_list->setObjectName(QStringLiteral("comparisonList"));
    m_from->setObjectName(QStringLiteral("comparisonFrom"));
    m_to->setObjectName(QStringLiteral("comparisonTo"));
    // Edition labels can be long; the combos elide rather than widen the window.
    for (QComboBox* c : {m_list, m_from, m_to}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
    }
    auto* bar = new QHBoxLayout;
    for (auto [label, combo] : {std::pair{tr("&List:"), m_list}, std::pair{tr("&From:"), m_from},
                                std::pair{tr("&To:"), m_to}}) {
        auto* l = new QLabel(label, this);
        l->setBuddy(combo);
        bar->addWidget(l);
        bar->addWidget(combo, 1);
    }
    bar->addWidget(m_typography);
    bar->addStretch();
    bar->addWidget(m_exportHtml);
    bar->addWidget(m_exportCsv);

    m_summaryView = makeTable(m_summary, this);
    m_changeView = makeTable(m_changes, this);
    m_summaryView->setObjectName(QStringLiteral("categorySummary"));
    m_changeView->setObjectName(QStringLiteral("changeList"));
    m_redline->setObjectName(QStringLiteral("redline"));
    m_redline->setOpenLinks(false);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_changeView);
    right->addWidget(m_redline);
    right->setStretchFactor(1, 1);
    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(m_summaryView);
    body->addWidget(right);
    body->setStretchFactor(1, 1);
    body->setSizes({360, 800});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(body, 1);

    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        fillEditions();
        compare();
    });
    for (QComboBox* c : {m_from, m_to})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { compare(); });
    connect(m_typography, &QCheckBox::toggled, this, [this] { compare(); });
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EditionComparisonView::onCategorySelected);
    connect(m_changeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EditionComparisonView::onChangeSelected);
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportDialog(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportDialog(false); });
}

void EditionComparisonView::loadLists()
{
    m_editions.clear();
    if (m_session->isOpen())
        if (auto all = ListStore(*m_session->database()).editions())
            m_editions = all.value();
    std::stable_sort(m_editions.begin(), m_editions.end(),
                     [](const EditionInfo& a, const EditionInfo& b) {
                         if (a.listKey != b.listKey)
                             return a.listKey < b.listKey;
                         if (a.date.isEmpty() != b.date.isEmpty())
                             return b.date.isEmpty();
                         return a.date != b.date ? a.date < b.date : a.id < b.id;
                     });
    m_filling = true;
    m_list->clear();
    for (const EditionInfo& e : m_editions)
        if (m_list->findData(e.listKey) < 0)
            m_list->addItem(QStringLiteral("%1 (%2)").arg(e.listName, e.listKey), e.listKey);
    // Start on a list that has two editions to compare, if there is one.
    for (const EditionInfo& e : m_editions) {
        if (std::count_if(m_editions.begin(), m_editions.end(),
                          [&](const EditionInfo& o) { return o.listKey == e.listKey; }) > 1) {
            m_list->setCurrentIndex(m_list->findData(e.listKey));
            break;
        }
    }
    m_filling = false;
    fillEditions();
}

void EditionComparisonView::fillEditions()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_from->clear();
    m_to->clear();
    const QString key = m_list->currentData().toString();
    for (const EditionInfo& e : m_editions) {
        if (e.listKey != key)
            continue;
        const QString text =
            e.date.isEmpty() ? e.label : QStringLiteral("%1 (%2)").arg(e.label, e.date);
        m_from->addItem(text, e.id);
        m_to->addItem(text, e.id);
    }
    // Newest two by default: what changed in the latest edition.
    m_to->setCurrentIndex(m_to->count() - 1);
    m_from->setCurrentIndex(std::max(0, m_from->count() - 2));
    m_filling = wasFilling;
}

void EditionComparisonView::setEditions(qint64 fromEditionId, qint64 toEditionId,
                                        const QString& code)
{
    m_pendingCode = code;
    if (toEditionId == 0) {
        compare(); // the default choice: the newest two editions of the first list
        return;
    }
    auto it = std::find_if(m_editions.begin(), m_editions.end(),
                           [&](const EditionInfo& e) { return e.id == toEditionId; });
    if (it == m_editions.end())
        return;
    m_filling = true;
    m_list->setCurrentIndex(m_list->findData(it->listKey));
    fillEditions();
    m_from->setCurrentIndex(std::max(0, m_from->findData(fromEditionId)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(toEditionId)));
    m_filling = false;
    compare();
}

void EditionComparisonView::setIgnoreTypography(bool ignore)
{
    m_typography->setChecked(ignore);
}

QString EditionComparisonView::title() const
{
    if (m_list->count() == 0)
        return tr("Compare Editions");
    return tr("Compare %1").arg(m_list->currentData().toString());
}

bool EditionComparisonView::isRunning() const
{
    return m_job->isRunning();
}

void EditionComparisonView::compare()
{
    if (m_filling)
        return;
    emit titleChanged(title());
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    m_job->cancel();
    if (!m_session->isOpen() || from == 0 || to == 0) {
        m_status->setText(
            tr("There are no list editions to compare. Import one with File › Import."));
        return;
    }
    if (from == to)
        m_status->setText(tr("From and To are the same edition: choose two editions of this list "
                             "to see what changed."));
    else
        m_status->setText(tr("Comparing…"));
    EditionDiffOptions options;
    options.ignoreTypography = m_typography->isChecked();
    m_job->startOnDatabase<std::shared_ptr<const EditionComparison>>(
        m_session->path(), WorkerAccess::ReadOnly,
        [from, to, options](Database& db, const ProgressCallback&)
            -> Result<std::shared_ptr<const EditionComparison>> {
            auto cmp = compareEditions(db, from, to, options);
            if (!cmp)
                return cmp.error();
            return std::make_shared<const EditionComparison>(std::move(cmp.value()));
        },
        [this](Result<std::shared_ptr<const EditionComparison>> cmp) {
            if (cmp)
                showComparison(cmp.value());
            else
                showError(cmp.error());
        });
}

void EditionComparisonView::showError(const Error& error)
{
    m_cmp.reset();
    m_summary->setComparison(nullptr);
    m_changes->setComparison(nullptr);
    m_redline->clear();
    m_status->setText(tr("The comparison failed: %1").arg(error.toString()));
    emit comparisonFinished();
}

void EditionComparisonView::showComparison(std::shared_ptr<const EditionComparison> cmp)
{
    m_cmp = std::move(cmp);
    m_summary->setComparison(m_cmp);
    m_changes->setComparison(m_cmp);
    m_redline->clear();
    for (int c = CategorySummaryModel::Category; c < CategorySummaryModel::Title; ++c)
        m_summaryView->resizeColumnToContents(c);
    m_changeView->resizeColumnToContents(ChangeListModel::Code);
    m_changeView->resizeColumnToContents(ChangeListModel::Change);
    if (m_cmp->from.editionId != m_cmp->to.editionId)
        m_status->setText(
            tr("%1 → %2: %3 added, %4 removed, %5 changed%6.")
                .arg(m_cmp->from.label, m_cmp->to.label)
                .arg(m_cmp->count(ChangeKind::Added))
                .arg(m_cmp->count(ChangeKind::Removed))
                .arg(m_cmp->count(ChangeKind::Changed))
                .arg(m_cmp->options.ignoreTypography ? tr(" (typography ignored)") : QString()));
    if (!m_pendingCode.isEmpty())
        selectCode(std::exchange(m_pendingCode, QString()));
    else if (m_changes->rowCount() > 0) // show a redline straight away
        m_changeView->setCurrentIndex(m_changes->index(0, 0));
    emit comparisonFinished();
}

void EditionComparisonView::onCategorySelected()
{
    const QModelIndex current = m_summaryView->currentIndex();
    m_changes->setCategory(current.data(CategorySummaryModel::CategoryCodeRole).toString());
    m_redline->clear();
}

void EditionComparisonView::selectCode(const QString& code)
{
    if (!m_cmp)
        return;
    int row = m_changes->rowOf(code);
    if (row < 0) {
        m_changes->setCategory({});
        row = m_changes->rowOf(code);
    }
    if (row < 0) {
        m_redline->setHtml(
            tr("<p><b>%1</b> is the same in both editions.</p>").arg(code.toHtmlEscaped()));
        return;
    }
    m_changeView->setCurrentIndex(m_changes->index(row, 0));
    m_changeView->scrollTo(m_changes->index(row, 0));
}

void EditionComparisonView::onChangeSelected()
{
    const NodeChange* c = m_changes->changeAt(m_changeView->currentIndex().row());
    if (!c || !m_cmp) {
        m_redline->clear();
        return;
    }
    QString what = changeKindName(c->kind);
    if (c->kind == ChangeKind::Changed)
        what += QStringLiteral(": ") + changedFieldNames(c->fields).join(QStringLiteral(", "));
    const QString html =
        QStringLiteral("<h3>%1 <span style='font-weight:normal'>— %2</span></h3>"
                       "<p style='color:#555'>%3 in category %4 · %5 → %6. Deletions are struck "
                       "through in [- -], insertions underlined in {+ +}.</p>%7")
            .arg(c->code.toHtmlEscaped(), what.toHtmlEscaped(), c->nodeKind.toHtmlEscaped(),
                 c->category.toHtmlEscaped(), m_cmp->from.label.toHtmlEscaped(),
                 m_cmp->to.label.toHtmlEscaped(), fieldRedlinesHtml(m_cmp->fieldDiffs(*c)));
    m_redline->setHtml(html);
    emit entrySelected(c->kind == ChangeKind::Removed ? m_cmp->from.editionId : m_cmp->to.editionId,
                       c->code);
}

QString EditionComparisonView::redlineText() const
{
    return m_redline->toPlainText();
}

Status EditionComparisonView::exportHtml(const QString& path) const
{
    if (!m_cmp)
        return badInput(tr("there is no comparison to export yet"));
    return exportComparisonHtml(*m_cmp, path);
}

Status EditionComparisonView::exportCsv(const QString& path) const
{
    if (!m_cmp)
        return badInput(tr("there is no comparison to export yet"));
    return exportComparisonCsv(*m_cmp, path);
}

void EditionComparisonView::exportDialog(bool html)
{
    if (!m_cmp) {
        QMessageBox::information(this, tr("Export"), tr("Wait for the comparison to finish."));
        return;
    }
    QString name =
        QStringLiteral("%1-%2-to-%3").arg(m_cmp->to.listKey, m_cmp->from.label, m_cmp->to.label);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, html ? tr("Export Comparison as HTML") : tr("Export Comparison as CSV"),
        QDir::homePath() + QLatin1Char('/') + name +
            (html ? QStringLiteral(".html") : QStringLiteral(".csv")),
        html ? tr("HTML (*.html)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = html ? exportHtml(path) : exportCsv(path);
    if (!s) {
        QMessageBox::warning(this, tr("Export failed"), s.error().toString());
        return;
    }
    emit statusMessage(tr("Exported the comparison to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace paceline
