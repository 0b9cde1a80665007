#include "ConcordancePanel.h"

#include "editions/ConcordanceLinkCommands.h"
#include "editions/ConcordanceModel.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace paceline {

ConcordancePanel::ConcordancePanel(DatabaseSession* session, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ConcordanceModel(this))
    , m_add(new QPushButton(tr("&Add Link…"), this))
    , m_remove(new QPushButton(tr("&Remove Link"), this))
    , m_here(new QTextBrowser(this))
    , m_there(new QTextBrowser(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("concordance"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConcordanceModel::Title, QHeaderView::Stretch);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_here);
    sides->addWidget(m_there);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(sides);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConcordancePanel::showSelected);
    connect(m_add, &QPushButton::clicked, this, &ConcordancePanel::addLinkDialog);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeLink(m_view->currentIndex().row()); });
    clear();
}

void ConcordancePanel::clear()
{
    m_editionId = m_listId = 0;
    m_code.clear();
    m_model->setLinks({});
    m_here->clear();
    m_there->clear();
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    m_heading->setText(tr("Select an entry to see the same item in other lists."));
}

void ConcordancePanel::showEntry(qint64 editionId, const QString& code)
{
    m_editionId = editionId;
    m_code = code;
    reload();
}

void ConcordancePanel::reload()
{
    if (!m_session->isOpen() || m_editionId == 0)
        return;
    Concordance c(*m_session->database());
    auto listId = c.listIdOfEdition(m_editionId);
    auto links = listId ? c.linksFor(listId.value(), m_code)
                        : Result<QList<ConcordanceLink>>(listId.error());
    if (!links) {
        m_model->setLinks({});
        m_heading->setText(tr("No concordance for %1: %2").arg(m_code, links.error().toString()));
        return;
    }
    m_listId = listId.value();
    m_model->setLinks(links.value());
    m_add->setEnabled(true);
    m_heading->setText(links->isEmpty()
                           ? tr("%1: no corresponding item in the other loaded lists.").arg(m_code)
                           : tr("%1 in other lists:").arg(m_code));
    auto text = ListStore(*m_session->database()).subtreeText(m_editionId, m_code);
    m_here->setPlainText(text ? text.value() : text.error().toString());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showSelected();
}

void ConcordancePanel::showSelected()
{
    const int row = m_view->currentIndex().row();
    m_remove->setEnabled(row >= 0 && row < m_model->rowCount());
    if (row < 0 || row >= m_model->rowCount()) {
        m_there->clear();
        return;
    }
    const ConcordanceLink& l = m_model->linkAt(row);
    auto text = ListStore(*m_session->database()).subtreeText(l.editionId, l.code);
    m_there->setPlainText(QStringLiteral("%1 — %2\n\n").arg(l.listName, l.editionLabel) +
                          (text ? text.value() : text.error().toString()));
}

bool ConcordancePanel::addLink(qint64 otherListId, const QString& otherCode)
{
    if (!m_session->isOpen() || m_listId == 0)
        return false;
    auto found = Concordance(*m_session->database()).lookup(otherListId, otherCode);
    if (!found || otherListId == m_listId) {
        QMessageBox::warning(this, tr("Add Link"),
                             found ? tr("Choose an item of another list.")
                                   : found.error().toString());
        return false;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->linkAt(row).listId == otherListId && m_model->linkAt(row).code == otherCode) {
            emit statusMessage(tr("%1 is already linked to %2.").arg(m_code, otherCode));
            return false;
        }
    }
    QPointer<ConcordancePanel> self(this);
    m_undo->push(new AddConcordanceLinkCommand(
        m_session, {m_listId, m_code, otherListId, otherCode}, [self](const Status& s) {
            if (!self)
                return;
            self->reload();
            if (!s)
                emit self->statusMessage(s.error().toString());
        }));
    return true;
}

bool ConcordancePanel::removeLink(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const ConcordanceLink l = m_model->linkAt(row);
    QPointer<ConcordancePanel> self(this);
    m_undo->push(new RemoveConcordanceLinkCommand(
        m_session, {m_listId, m_code, l.listId, l.code}, l.origin, [self](const Status& s) {
            if (!self)
                return;
            self->reload();
            if (!s)
                emit self->statusMessage(s.error().toString());
        }));
    return true;
}

void ConcordancePanel::addLinkDialog()
{
    auto editions = ListStore(*m_session->database()).editions();
    if (!editions)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Link %1 to an Item of Another List").arg(m_code));
    auto* list = new QComboBox(&dialog);
    auto* code = new QLineEdit(&dialog);
    code->setPlaceholderText(tr("code as the list prints it, e.g. 4A005 or 4.A.5"));
    Concordance c(*m_session->database());
    for (const EditionInfo& e : editions.value()) {
        auto id = c.listIdOfEdition(e.id);
        if (id && id.value() != m_listId && list->findData(id.value()) < 0)
            list->addItem(QStringLiteral("%1 (%2)").arg(e.listName, e.listKey), id.value());
    }
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&List:"), list);
    form->addRow(tr("&Code:"), code);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && list->count() > 0)
        addLink(list->currentData().toLongLong(), code->text().trimmed());
}

} // namespace paceline
