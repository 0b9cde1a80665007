#pragma once

#include "cases/CaseTypes.h"
#include "lists/ListStore.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;

namespace paceline {

// Asks for what a blank case needs: title, kind, and optionally the target list edition and
// entry code (the base text is then taken from that edition); an "Amend definition" case also
// names the defined term of that edition it amends.
class NewCaseDialog : public QDialog {
    Q_OBJECT
public:
    // termsOf gives the defined terms of an edition.
    NewCaseDialog(const QList<EditionInfo>& editions,
                  std::function<QStringList(qint64 editionId)> termsOf, QWidget* parent = nullptr);
    QString caseTitle() const;
    CaseKind kind() const;
    qint64 editionId() const; // 0: none
    QString code() const;
    QString term() const; // empty unless the kind is "Amend definition"
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* termBox() const { return m_term; }

private:
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_edition;
    QLineEdit* m_code;
    QComboBox* m_term;
    std::function<QStringList(qint64)> m_termsOf;
    void updateTerms();
};

} // namespace paceline
