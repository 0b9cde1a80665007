#include "CaseTablePanel.h"

#include "cases/CaseStore.h"
#include "cases/CaseTableModel.h"
#include "session/DatabaseSession.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace paceline {

namespace {

// Filters on a status (column Status) and a free text over the other columns.
class CaseFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(int status)
    {
        m_status = status;
        invalidateFilter();
    }
    void setText(const QString& text)
    {
        m_text = text;
        invalidateFilter();
    }
    // Only cases changed in the last `days` days; 0 for any time.
    void setChangedWithinDays(int days)
    {
        m_since = days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate)
                           : QString();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        auto* model = static_cast<CaseTableModel*>(sourceModel());
        const CaseRecord& c = model->caseAt(row);
        Q_UNUSED(parent);
        if (m_status >= 0 && static_cast<int>(c.status) != m_status)
            return false;
        if (!m_since.isEmpty() && c.updatedAt < m_since) // ISO UTC text sorts as time
            return false;
        if (m_text.isEmpty())
            return true;
        for (const QString* s :
             {&c.title, &c.listKey, &c.targetCode, &c.targetName, &c.author, &c.organisation})
            if (s->contains(m_text, Qt::CaseInsensitive))
                return true;
        return false;
    }

private:
    int m_status = -1;
    QString m_text;
    QString m_since;
};

} // namespace

CaseTablePanel::CaseTablePanel(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseTableModel(this))
    , m_proxy(new CaseFilterProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_changed(new QComboBox(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseTableModel::Updated, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CaseTableModel::Title, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);

    m_filter->setPlaceholderText(tr("Filter cases by title, list, target or author"));
    m_filter->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"), -1);
    for (int s = 0; s <= static_cast<int>(CaseStatus::Withdrawn); ++s)
        m_status->addItem(caseStatusTitle(static_cast<CaseStatus>(s)), s);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
    m_changed->addItem(tr("Changed any time"), 0);
    m_changed->addItem(tr("Changed in the last 7 days"), 7);
    m_changed->addItem(tr("Changed in the last 30 days"), 30);
    m_changed->addItem(tr("Changed in the last year"), 365);
    bar->addWidget(m_changed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, &CaseTablePanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseTablePanel::applyFilter);
    connect(m_changed, &QComboBox::currentIndexChanged, this, &CaseTablePanel::applyFilter);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openCaseRequested(index.data(CaseTableModel::CaseIdRole).toLongLong());
    });
    connect(m_session, &DatabaseSession::changed, this, &CaseTablePanel::applyChange);
}

void CaseTablePanel::applyChange(const ChangeSet& changes)
{
    const QList<qint64> ids = changes.caseIds();
    // Another database, or a change of the set that does not name its cases: read them all.
    if (changes.isEverything() || (changes.touches(ChangeSet::Cases) && ids.isEmpty())) {
        reload();
        return;
    }
    if (ids.isEmpty() || !m_session->isOpen())
        return;
    CaseStore store(*m_session->database());
    for (qint64 id : ids) {
        auto c = store.load(id);
        if (c)
            m_model->setCase(c.value());
        else if (c.error().kind == Error::Kind::BadInput) // no such case any more
            m_model->removeCase(id);
        else
            emit statusMessage(tr("Could not read the case: %1").arg(c.error().toString()));
    }
}

void CaseTablePanel::applyFilter()
{
    auto* proxy = static_cast<CaseFilterProxy*>(m_proxy);
    proxy->setStatus(m_status->currentData().toInt());
    proxy->setChangedWithinDays(m_changed->currentData().toInt());
    proxy->setText(m_filter->text().trimmed());
}

int CaseTablePanel::visibleCaseCount() const
{
    return m_proxy->rowCount();
}

void CaseTablePanel::reload()
{
    if (!m_session->isOpen())
        return;
    auto cases = CaseStore(*m_session->database()).list();
    if (!cases) {
        emit statusMessage(tr("Could not read the cases: %1").arg(cases.error().toString()));
        return;
    }
    m_model->setCases(cases.value());
    m_view->resizeColumnsToContents();
}

} // namespace paceline
