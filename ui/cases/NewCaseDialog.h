#pragma once

#include "cases/CaseTypes.h"
#include "lists/ListStore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace paceline {

// Asks for what a blank case needs: title, kind, and optionally the target list edition and
// entry code (the base text is then taken from that edition).
class NewCaseDialog : public QDialog {
    Q_OBJECT
public:
    NewCaseDialog(const QList<EditionInfo>& editions, QWidget* parent = nullptr);
    QString caseTitle() const;
    CaseKind kind() const;
    qint64 editionId() const; // 0: none
    QString code() const;

private:
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_edition;
    QLineEdit* m_code;
};

} // namespace paceline
