#include "EntryHistoryPanel.h"

#include "editions/EntryHistoryModel.h"
#include "session/DatabaseSession.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace paceline {

EntryHistoryPanel::EntryHistoryPanel(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_typography(new QCheckBox(tr("Ignore typography"), this))
    , m_view(new QTableView(this))
    , m_model(new EntryHistoryModel(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("entryHistory"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The dock is narrow: labels and statuses wrap rather than scroll out of sight.
    m_view->horizontalHeader()->setSectionResizeMode(EntryHistoryModel::Edition,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(true);
    m_view->setToolTip(tr("Double-click a row to compare that edition with the one before"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_typography);
    layout->addWidget(m_view, 1);
    connect(m_typography, &QCheckBox::toggled, this, &EntryHistoryPanel::reload);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { activateRow(index.row()); });
    clear();
}

void EntryHistoryPanel::clear()
{
    m_editionId = 0;
    m_code.clear();
    m_model->setSteps({});
    m_heading->setText(tr("Select an entry to see its history across the loaded editions."));
}

void EntryHistoryPanel::showEntry(qint64 editionId, const QString& code)
{
    m_editionId = editionId;
    m_code = code;
    reload();
}

void EntryHistoryPanel::reload()
{
    if (!m_session->isOpen() || m_editionId == 0)
        return;
    auto steps =
        entryHistory(*m_session->database(), m_editionId, m_code, m_typography->isChecked());
    if (!steps) {
        m_model->setSteps({});
        m_heading->setText(tr("No history for %1: %2").arg(m_code, steps.error().toString()));
        return;
    }
    m_model->setSteps(steps.value());
    if (steps->isEmpty()) {
        m_heading->setText(tr("%1 is not in the loaded editions of its list").arg(m_code));
        return;
    }
    // Editions before the entry appeared are not steps: say so rather than "the one edition".
    const EntryHistoryStep& first = steps->first();
    if (!first.firstLoaded)
        m_heading->setText(tr("%1 was added in %2; the earlier loaded editions do not have it")
                               .arg(m_code, first.editionLabel));
    else if (steps->size() == 1)
        m_heading->setText(tr("%1 in the one loaded edition of its list").arg(m_code));
    else
        m_heading->setText(
            tr("%1 across %2 loaded editions of its list").arg(m_code).arg(steps->size()));
}

QString EntryHistoryPanel::heading() const
{
    return m_heading->text();
}

void EntryHistoryPanel::activateRow(int row)
{
    if (row <= 0 || row >= m_model->rowCount())
        return;
    emit compareRequested(m_model->stepAt(row - 1).editionId, m_model->stepAt(row).editionId,
                          m_code);
}

} // namespace paceline
