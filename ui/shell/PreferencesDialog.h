#pragma once

#include <QDialog>

class QLineEdit;

namespace paceline {

// The analyst's name and organisation, recorded on comments, sign-offs and status changes.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // FirstStart asks who is writing before anything is recorded under a guessed name.
    enum class Purpose { Preferences, FirstStart };
    explicit PreferencesDialog(QWidget* parent = nullptr, Purpose purpose = Purpose::Preferences);
    void accept() override;
    void done(int result) override;

private:
    QLineEdit* m_name;
    QLineEdit* m_organisation;
};

} // namespace paceline
