#include "ProposeAmendmentDialog.h"

#include "cases/CaseTarget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace paceline {

namespace {

constexpr int kOptionRole = Qt::UserRole; // index into the choices; -1 for a heading row

const CaseKind kKinds[] = {CaseKind::AmendEntry, CaseKind::DeleteEntry, CaseKind::NoteOrDecontrol,
                           CaseKind::AmendDefinition};

QString suggestedTitle(const CaseTargetOption& o)
{
    if (o.kind == CaseTargetKind::Term)
        return ProposeAmendmentDialog::tr("Amend the definition of \"%1\"").arg(o.name);
    return ProposeAmendmentDialog::tr("Amend %1").arg(o.title);
}

} // namespace

ProposeAmendmentDialog::ProposeAmendmentDialog(const CaseTargetChoices& choices,
                                               const QList<ListTerm>& listTerms, QWidget* parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_listTerms(listTerms)
    , m_targets(new QListWidget(this))
    , m_otherTerm(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("Propose Amendment"));
    bool termsHeading = false;
    for (int i = 0; i < m_choices.options.size(); ++i) {
        const CaseTargetOption& o = m_choices.options.at(i);
        if (o.kind == CaseTargetKind::Term && !termsHeading) {
            auto* heading = new QListWidgetItem(
                tr("Defined terms used in %1:").arg(m_choices.entryCode), m_targets);
            heading->setFlags(Qt::NoItemFlags);
            heading->setData(kOptionRole, -1);
            termsHeading = true;
        }
        const QString indent(2 * o.depth, QLatin1Char(' '));
        auto* item = new QListWidgetItem(indent + o.title, m_targets);
        item->setData(kOptionRole, i);
        item->setToolTip(o.preview);
    }
    m_otherTerm->addItem(tr("(none)"), -1);
    for (int i = 0; i < m_listTerms.size(); ++i)
        m_otherTerm->addItem(m_listTerms.at(i).term, i);
    m_otherTerm->setEnabled(!m_listTerms.isEmpty());
    m_otherTerm->setToolTip(tr("Amend a definition of the list that this entry does not use"));
    for (CaseKind k : kKinds)
        m_kind->addItem(caseKindTitle(k), static_cast<int>(k));
    m_preview->setWordWrap(true);
    m_preview->setStyleSheet(QStringLiteral("color:palette(placeholder-text)"));
    m_title->setPlaceholderText(tr("What the proposal does, in one line"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Amends:"), m_targets);
    form->addRow(tr("Or a &definition of the list:"), m_otherTerm);
    form->addRow(QString(), m_preview);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Case"));
    form->addRow(buttons);

    connect(m_targets, &QListWidget::currentRowChanged, this, [this] {
        if (m_targets->currentRow() >= 0) {
            const QSignalBlocker block(m_otherTerm);
            m_otherTerm->setCurrentIndex(0);
        }
        targetChanged();
    });
    connect(m_otherTerm, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0) {
            const QSignalBlocker block(m_targets);
            m_targets->setCurrentRow(-1);
            m_targets->clearSelection();
        }
        targetChanged();
    });
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_suggestedTitle.clear(); });
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    auto updateOk = [this, ok] {
        ok->setEnabled(!m_title->text().trimmed().isEmpty() &&
                       (m_targets->currentRow() >= 0 || m_otherTerm->currentIndex() > 0));
    };
    connect(m_title, &QLineEdit::textChanged, this, updateOk);
    connect(m_targets, &QListWidget::currentRowChanged, this, updateOk);
    connect(m_otherTerm, &QComboBox::currentIndexChanged, this, updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Start on what was asked for (an item, say), else on the entry.
    int start = 0;
    for (int row = 0; row < m_targets->count(); ++row) {
        const int i = m_targets->item(row)->data(kOptionRole).toInt();
        if (i >= 0 && m_choices.options.at(i).code == m_choices.focusCode &&
            m_choices.options.at(i).kind != CaseTargetKind::Term) {
            start = row;
            break;
        }
    }
    m_targets->setCurrentRow(m_targets->count() > 0 ? start : -1);
    updateOk();
    resize(560, sizeHint().height());
}

CaseTargetOption ProposeAmendmentDialog::target() const
{
    if (const int i = m_otherTerm->currentData().toInt(); i >= 0 && i < m_listTerms.size()) {
        CaseTargetOption o;
        o.kind = CaseTargetKind::Term;
        o.name = m_listTerms.at(i).term;
        o.title = caseTargetTitle(o.kind, o.code, o.name); // not tied to this entry
        o.preview = m_listTerms.at(i).definition;
        return o;
    }
    const QListWidgetItem* item = m_targets->currentItem();
    const int i = item ? item->data(kOptionRole).toInt() : -1;
    return i >= 0 && i < m_choices.options.size() ? m_choices.options.at(i) : CaseTargetOption{};
}

CaseKind ProposeAmendmentDialog::kind() const
{
    return static_cast<CaseKind>(m_kind->currentData().toInt());
}

QString ProposeAmendmentDialog::caseTitle() const
{
    return m_title->text().trimmed();
}

bool ProposeAmendmentDialog::chooseTarget(const QString& title)
{
    for (int row = 0; row < m_targets->count(); ++row) {
        const int i = m_targets->item(row)->data(kOptionRole).toInt();
        if (i >= 0 && m_choices.options.at(i).title == title) {
            m_targets->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool ProposeAmendmentDialog::chooseListDefinition(const QString& term)
{
    const int index = m_otherTerm->findText(term);
    if (index <= 0)
        return false;
    m_otherTerm->setCurrentIndex(index);
    return true;
}

void ProposeAmendmentDialog::targetChanged()
{
    const CaseTargetOption o = target();
    const bool chosen = m_targets->currentRow() >= 0 || m_otherTerm->currentIndex() > 0;
    m_preview->setText(chosen ? o.preview : QString());
    if (!chosen)
        return;
    fitKindsTo(o.kind);
    // The title follows the target until the analyst writes one.
    if (m_title->text().isEmpty() || m_title->text() == m_suggestedTitle) {
        m_suggestedTitle = suggestedTitle(o);
        m_title->setText(m_suggestedTitle);
    }
}

// A defined term is amended by an "Amend definition" case and nothing else; an entry, item or
// note by any other kind, starting from the one that fits it.
void ProposeAmendmentDialog::fitKindsTo(CaseTargetKind target)
{
    auto* model = qobject_cast<QStandardItemModel*>(m_kind->model());
    const bool term = target == CaseTargetKind::Term;
    for (int row = 0; row < m_kind->count(); ++row) {
        const bool definition =
            m_kind->itemData(row).toInt() == static_cast<int>(CaseKind::AmendDefinition);
        if (model)
            model->item(row)->setEnabled(definition == term);
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(caseKindForTarget(target))));
}

} // namespace paceline
