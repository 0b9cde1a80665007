#include "TimelineRecordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QVBoxLayout>

namespace paceline {

TimelineRecordDialog::TimelineRecordDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    setWindowTitle(title);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b03a00; font-weight: bold; }"));
    m_error->hide();
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &TimelineRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(m_form, 1);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

void TimelineRecordDialog::addField(const char* name, const QString& label, QWidget* widget)
{
    m_form->addRow(label, widget);
    widget->setObjectName(QLatin1String(name)); // the CSV column: tests and errors find it
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        line->setCursorPosition(0); // long URLs and code lists show their beginning
    // The buttons were made first; keep them last in the tab order, the first field focused.
    if (m_fields.size() == 1)
        widget->setFocus(Qt::OtherFocusReason);
    else
        setTabOrder(m_last, widget);
    setTabOrder(widget, m_ok);
    setTabOrder(m_ok, m_cancel);
    m_last = widget;
    m_fields.insert(QLatin1String(name), widget);
    QString plain = label;
    m_labels.insert(QLatin1String(name), plain.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void TimelineRecordDialog::addRow(QWidget* widget)
{
    m_form->addRow(QString(), widget);
}

QString TimelineRecordDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void TimelineRecordDialog::accept()
{
    const Status s = validate();
    if (s) {
        m_error->clear();
        QDialog::accept();
        return;
    }
    const Error& e = s.error();
    QWidget* field = m_fields.value(e.place);
    m_error->setText(field ? tr("%1: %2").arg(m_labels.value(e.place), e.message) : e.toString());
    m_error->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace paceline
