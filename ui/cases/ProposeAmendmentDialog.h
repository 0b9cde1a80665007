#pragma once

#include "cases/CaseTargetOptions.h"
#include "cases/CaseTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace paceline {

// "Propose Amendment…" on an entry: what the case amends (the entry, one of its items or notes,
// a defined term it uses, or any definition of the list), the kind that follows from it, and
// the title. The caller reads the choice back and makes the case.
class ProposeAmendmentDialog : public QDialog {
    Q_OBJECT
public:
    ProposeAmendmentDialog(const CaseTargetChoices& choices, const QList<ListTerm>& listTerms,
                           QWidget* parent = nullptr);

    CaseTargetOption target() const;
    CaseKind kind() const;
    QString caseTitle() const;

    // For tests and keyboard users alike: choose a target by its title, or a list definition.
    bool chooseTarget(const QString& title);
    bool chooseListDefinition(const QString& term);

    QListWidget* targetList() const { return m_targets; }
    QComboBox* listDefinitionBox() const { return m_otherTerm; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* titleEdit() const { return m_title; }
    QLabel* previewLabel() const { return m_preview; }

private:
    void targetChanged();
    void fitKindsTo(CaseTargetKind target);

    CaseTargetChoices m_choices;
    QList<ListTerm> m_listTerms;
    QListWidget* m_targets;
    QComboBox* m_otherTerm;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLabel* m_preview;
    QString m_suggestedTitle; // replaced as the target changes, until the analyst types a title
};

} // namespace paceline
