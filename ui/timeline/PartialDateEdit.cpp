#include "PartialDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace paceline {

PartialDateEdit::PartialDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_precision(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    m_edit->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    // Digits and dashes in the three forms only; whether the date exists is checked below.
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), m_edit));
    m_edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_precision->addItem(tr("Year"), QStringLiteral("year"));
    m_precision->addItem(tr("Month"), QStringLiteral("month"));
    m_precision->addItem(tr("Day"), QStringLiteral("day"));
    m_precision->setToolTip(tr("How precisely the source dates the fact. A coarser precision "
                               "drops the day or month; a finer one asks you to type it."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_precision);
    layout->addWidget(m_hint, 1);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &PartialDateEdit::textEdited);
    connect(m_precision, &QComboBox::activated, this, &PartialDateEdit::precisionChosen);
    textEdited();
}

void PartialDateEdit::setDate(const PartialDate& date)
{
    setText(date.isValid() ? date.toIsoString() : QString());
}

void PartialDateEdit::setText(const QString& text)
{
    m_edit->setText(text);
}

QString PartialDateEdit::text() const
{
    return m_edit->text();
}

std::optional<PartialDate> PartialDateEdit::date() const
{
    return PartialDate::parse(m_edit->text());
}

void PartialDateEdit::textEdited()
{
    const auto d = date();
    if (d) {
        m_precision->setCurrentIndex(static_cast<int>(d->precision()));
        m_hint->setText(tr("%1 · %2 precision")
                            .arg(d->toDisplayString(), PartialDate::precisionName(d->precision())));
        m_hint->setStyleSheet(QString());
    } else {
        m_hint->setText(m_edit->text().isEmpty()
                            ? tr("required")
                            : tr("not a date yet (YYYY, YYYY-MM or YYYY-MM-DD)"));
        m_hint->setStyleSheet(QStringLiteral("color: #b03a00;"));
    }
    emit dateChanged();
}

void PartialDateEdit::precisionChosen(int index)
{
    const auto chosen = static_cast<PartialDate::Precision>(index);
    const auto d = date();
    const QString t = m_edit->text();
    if (!d)
        return; // nothing valid to cut or extend; the hint already says what is missing
    if (chosen < d->precision()) {
        m_edit->setText(t.left(chosen == PartialDate::Precision::Year ? 4 : 7));
        return;
    }
    if (chosen > d->precision()) {
        // Never invent: open the missing part for the user to type.
        m_edit->setText(t + QLatin1Char('-'));
        m_edit->setFocus();
        m_edit->end(false);
        if (d->precision() == PartialDate::Precision::Year && chosen == PartialDate::Precision::Day)
            m_hint->setText(tr("type the month and the day"));
        else
            m_hint->setText(chosen == PartialDate::Precision::Month ? tr("type the month")
                                                                    : tr("type the day"));
    }
}

} // namespace paceline
