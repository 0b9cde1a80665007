#include "ListDocumentOptionsDialog.h"

#include "io/pdf/ListTextParser.h"
#include "lists/ListStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace paceline {

ListDocumentOptionsDialog::ListDocumentOptionsDialog(const QString& fileName,
                                                     const QList<EditionInfo>& known,
                                                     QWidget* parent)
    : QDialog(parent)
    , m_known(known)
    , m_listKey(new QComboBox(this))
    , m_listName(new QLineEdit(this))
    , m_regimeKey(new QLineEdit(this))
    , m_regimeName(new QLineEdit(this))
    , m_edition(new QLineEdit(this))
{
    setWindowTitle(tr("Import List Document"));
    const ListTextOptions defaults = withListTextDefaults({}, fileName);
    m_listKey->setEditable(true);
    QStringList keys;
    for (const EditionInfo& e : known)
        if (!keys.contains(e.listKey))
            keys << e.listKey;
    m_listKey->addItems(keys);
    m_listKey->setEditText(defaults.listKey);
    m_listName->setText(defaults.listName);
    m_regimeKey->setText(defaults.regimeKey);
    m_regimeName->setText(defaults.regimeName);
    m_edition->setText(defaults.editionLabel);
    connect(m_listKey, &QComboBox::currentTextChanged, this,
            &ListDocumentOptionsDialog::fillFromKnownList);

    auto* intro = new QLabel(tr("Which list is %1? Pick a list already in the database to add an "
                                "edition to it, or name a new one.")
                                 .arg(QFileInfo(fileName).fileName()),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&List key:"), m_listKey);
    form->addRow(tr("List &name:"), m_listName);
    form->addRow(tr("&Regime key:"), m_regimeKey);
    form->addRow(tr("Regime na&me:"), m_regimeName);
    form->addRow(tr("&Edition label:"), m_edition);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ListDocumentOptionsDialog::fillFromKnownList(const QString& key)
{
    for (const EditionInfo& e : m_known) {
        if (e.listKey == key) {
            m_listName->setText(e.listName);
            m_regimeKey->setText(e.regimeKey);
            m_regimeName->setText(e.regimeName);
            return;
        }
    }
}

ImportOptions ListDocumentOptionsDialog::options() const
{
    ImportOptions o;
    o.listKey = m_listKey->currentText().trimmed();
    o.listName = m_listName->text().trimmed();
    o.regimeKey = m_regimeKey->text().trimmed();
    o.regimeName = m_regimeName->text().trimmed();
    o.editionLabel = m_edition->text().trimmed();
    return o;
}

} // namespace paceline
