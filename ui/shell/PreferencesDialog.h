#pragma once

#include <QDialog>

class QLineEdit;

namespace paceline {

// The analyst's name and organisation, recorded on comments, sign-offs and status changes.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_organisation;
};

} // namespace paceline
