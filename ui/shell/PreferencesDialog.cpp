#include "PreferencesDialog.h"

#include "shell/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace paceline {

PreferencesDialog::PreferencesDialog(QWidget* parent, Purpose purpose)
    : QDialog(parent)
    , m_name(new QLineEdit(AppSettings::userName(), this))
    , m_organisation(new QLineEdit(AppSettings::userOrganisation(), this))
{
    const bool firstStart = purpose == Purpose::FirstStart;
    setWindowTitle(firstStart ? tr("Who is writing?") : tr("Preferences"));
    QString text = tr("Your name and organisation are recorded on the cases you create, the "
                      "comments and sign-offs you give and the status changes you make.");
    if (firstStart)
        text = tr("Welcome to Paceline. ") + text +
               tr(" You can change them later in Edit \u25B8 Preferences…");
    auto* form = new QFormLayout(this);
    auto* note = new QLabel(text, this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

void PreferencesDialog::accept()
{
    if (!m_name->text().trimmed().isEmpty())
        AppSettings::setUserName(m_name->text().trimmed());
    AppSettings::setUserOrganisation(m_organisation->text().trimmed());
    QDialog::accept();
}

void PreferencesDialog::done(int result)
{
    AppSettings::setUserWasAsked(); // asked once, whatever the answer
    QDialog::done(result);
}

} // namespace paceline
