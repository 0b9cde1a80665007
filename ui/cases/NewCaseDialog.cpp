#include "NewCaseDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace paceline {

NewCaseDialog::NewCaseDialog(const QList<EditionInfo>& editions,
                             std::function<QStringList(qint64)> termsOf, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_edition(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_term(new QComboBox(this))
    , m_termsOf(std::move(termsOf))
{
    setWindowTitle(tr("New Case"));
    for (CaseKind k : {CaseKind::AmendEntry, CaseKind::NewEntry, CaseKind::DeleteEntry,
                       CaseKind::AmendDefinition, CaseKind::NoteOrDecontrol})
        m_kind->addItem(caseKindTitle(k), static_cast<int>(k));
    m_edition->addItem(tr("(no base edition)"), 0);
    for (const EditionInfo& e : editions)
        m_edition->addItem(QStringLiteral("%1 — %2").arg(e.listName, e.label), e.id);
    if (editions.size() > 0)
        m_edition->setCurrentIndex(1);
    m_title->setPlaceholderText(tr("What the proposal does, in one line"));
    m_code->setPlaceholderText(tr("e.g. 4A005 or 4.D.4 (optional)"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Base &edition:"), m_edition);
    form->addRow(tr("Entry &code:"), m_code);
    form->addRow(tr("Defined &term:"), m_term);
    m_term->setToolTip(tr("The term whose definition an \"Amend definition\" case amends"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create"));
    ok->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this,
            [ok](const QString& t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewCaseDialog::updateTerms);
    connect(m_edition, &QComboBox::currentIndexChanged, this, &NewCaseDialog::updateTerms);
    updateTerms();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

QString NewCaseDialog::caseTitle() const
{
    return m_title->text().trimmed();
}
CaseKind NewCaseDialog::kind() const
{
    return static_cast<CaseKind>(m_kind->currentData().toInt());
}
qint64 NewCaseDialog::editionId() const
{
    return m_edition->currentData().toLongLong();
}
QString NewCaseDialog::code() const
{
    return m_code->text().trimmed();
}

QString NewCaseDialog::term() const
{
    return kind() == CaseKind::AmendDefinition ? m_term->currentText() : QString();
}

// Only a definition case names a term, one of its base edition's.
void NewCaseDialog::updateTerms()
{
    const bool definition = kind() == CaseKind::AmendDefinition;
    const QString current = m_term->currentText();
    m_term->clear();
    if (definition && editionId() > 0 && m_termsOf)
        m_term->addItems(m_termsOf(editionId()));
    m_term->setCurrentIndex(std::max(0, static_cast<int>(m_term->findText(current))));
    m_term->setEnabled(definition && m_term->count() > 0);
}

} // namespace paceline
