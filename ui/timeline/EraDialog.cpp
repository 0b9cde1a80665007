#include "EraDialog.h"

#include "PartialDateEdit.h"
#include "RecordWidgets.h"

#include <QLineEdit>

namespace paceline {

using namespace RecordWidgets;

namespace {

// The date field's own message, naming its column, when its text is not a date.
Status checkTyped(const PartialDateEdit* edit, const char* column)
{
    if (edit->text().trimmed().isEmpty() || edit->date())
        return {};
    return badInput(EraDialog::tr("\"%1\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
                        .arg(edit->text()),
                    QLatin1String(column));
}

} // namespace

EraDialog::EraDialog(const Era& initial, const QStringList& kinds, Check check, QWidget* parent)
    : TimelineRecordDialog(initial.id ? tr("Edit Era %1").arg(initial.extId) : tr("Add Era"),
                           parent)
    , m_initial(initial)
    , m_check(std::move(check))
    , m_id(new QLineEdit(initial.extId, this))
    , m_label(new QLineEdit(initial.label, this))
    , m_start(new PartialDateEdit(this))
    , m_end(new PartialDateEdit(this))
    , m_kind(suggestionCombo(
          this,
          kinds + QStringList{QStringLiteral("plenary"), QStringLiteral("legislation"),
                              QStringLiteral("rulemaking"), QStringLiteral("regime")},
          initial.kind))
    , m_note(textBox(this, initial.note, 3))
    , m_source(new QLineEdit(initial.sourceUrl, this))
{
    m_start->setDate(initial.start);
    m_end->setDate(initial.end);
    m_end->lineEdit()->setPlaceholderText(tr("empty: still going"));
    m_label->setPlaceholderText(tr("shown on the band, e.g. \"WA plenary Dec 2013\""));
    m_kind->setToolTip(tr("Picks the band's colour: plenary, legislation, rulemaking, regime; "
                          "other kinds are grey"));
    m_source->setPlaceholderText(QStringLiteral("https://…"));
    addField("era_id", tr("&ID:"), m_id);
    addField("label", tr("&Label:"), m_label);
    addField("start_date", tr("&Start:"), m_start);
    addField("end_date", tr("E&nd:"), m_end);
    addField("kind", tr("&Kind:"), m_kind);
    addField("note", tr("N&ote:"), m_note);
    addField("source_url", tr("So&urce:"), m_source);
}

Era EraDialog::era() const
{
    Era e = m_initial;
    e.extId = m_id->text().trimmed();
    e.label = m_label->text().trimmed();
    e.start = m_start->date().value_or(PartialDate());
    e.end = m_end->date().value_or(PartialDate());
    e.kind = m_kind->currentText().trimmed();
    e.note = plainText(m_note);
    e.sourceUrl = m_source->text().trimmed();
    return e;
}

Status EraDialog::validate()
{
    if (Status s = checkTyped(m_start, "start_date"); !s)
        return s;
    if (Status s = checkTyped(m_end, "end_date"); !s)
        return s;
    return m_check ? m_check(era()) : Status();
}

} // namespace paceline
