#include "TimelineTablePage.h"

#include "TimelineRoles.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace paceline {

TimelineTablePage::TimelineTablePage(QAbstractItemModel* model, const QString& noun,
                                     QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_noun(noun)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(TimelineSortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_filter->setPlaceholderText(tr("Filter %1 (any column)…").arg(noun));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_filter);
    m_count->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    auto* del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(del);
    connect(add, &QPushButton::clicked, this, &TimelineTablePage::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (selectedId())
            emit editRequested(selectedId());
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (selectedId())
            emit editRequested(selectedId());
    });
    const auto requestDelete = [this] {
        if (selectedId())
            emit deleteRequested(selectedId());
    };
    connect(m_delete, &QPushButton::clicked, this, requestDelete);
    connect(del, &QAction::triggered, this, requestDelete);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TimelineTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TimelineTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TimelineTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TimelineTablePage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelineTablePage::updateState);
    updateState();
}

qint64 TimelineTablePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(TimelineRowIdRole).toLongLong();
}

int TimelineTablePage::rowOfId(qint64 id) const
{
    const QModelIndexList hit =
        m_proxy->match(m_proxy->index(0, 0), TimelineRowIdRole, id, 1, Qt::MatchExactly);
    return hit.isEmpty() ? -1 : hit.first().row();
}

void TimelineTablePage::selectRow(int row)
{
    if (row < 0 || row >= m_proxy->rowCount())
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_proxy->index(row, 0));
}

void TimelineTablePage::selectId(qint64 id)
{
    selectRow(rowOfId(id));
}

void TimelineTablePage::rememberSelection()
{
    m_remembered = selectedId();
}

void TimelineTablePage::restoreSelection()
{
    if (m_remembered)
        selectId(m_remembered);
}

void TimelineTablePage::setNote(const QString& note)
{
    m_note = note;
    updateState();
}

void TimelineTablePage::fitColumns()
{
    m_view->resizeColumnsToContents();
    const int widest = fontMetrics().averageCharWidth() * 48;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        if (m_view->columnWidth(c) > widest)
            m_view->setColumnWidth(c, widest);
}

void TimelineTablePage::updateState()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    QString text =
        m_proxy->rowCount() == m_model->rowCount()
            ? tr("%1 %2").arg(m_model->rowCount()).arg(m_noun)
            : tr("%1 of %2 %3 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()).arg(m_noun);
    if (!m_note.isEmpty())
        text += QStringLiteral(" · ") + m_note;
    m_count->setText(text);
}

} // namespace paceline
