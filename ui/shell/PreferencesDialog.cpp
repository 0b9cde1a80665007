#include "PreferencesDialog.h"

#include "shell/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace paceline {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(AppSettings::userName(), this))
    , m_organisation(new QLineEdit(AppSettings::userOrganisation(), this))
{
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(this);
    auto* note =
        new QLabel(tr("Your name and organisation are recorded on the cases you create, the "
                      "comments and sign-offs you give and the status changes you make."),
                   this);
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

} // namespace paceline
