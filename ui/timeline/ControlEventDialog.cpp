#include "ControlEventDialog.h"

#include "PartialDateEdit.h"
#include "RecordWidgets.h"
#include "TechnologyChecklist.h"

#include <QLabel>
#include <QLineEdit>

namespace paceline {

using namespace RecordWidgets;

ControlEventDialog::ControlEventDialog(const ControlEvent& initial,
                                       const ControlEventDialogContext& context, Check check,
                                       QWidget* parent)
    : TimelineRecordDialog(initial.id ? tr("Edit Control Event %1").arg(initial.extId)
                                      : tr("Add Control Event"),
                           parent)
    , m_initial(initial)
    , m_context(context)
    , m_check(std::move(check))
    , m_id(new QLineEdit(initial.extId, this))
    , m_date(new PartialDateEdit(this))
    , m_regime(suggestionCombo(this, context.regimes, initial.regime))
    , m_type(suggestionCombo(this, context.eventTypes, initial.eventType))
    , m_codes(new QLineEdit(initial.entryCodes, this))
    , m_codesInfo(new QLabel(this))
    , m_technologies(new TechnologyChecklist(this))
    , m_description(textBox(this, initial.description, 3))
    , m_source(new QLineEdit(initial.sourceUrl, this))
    , m_source2(new QLineEdit(initial.sourceUrl2, this))
    , m_confidence(confidenceCombo(this, initial.confidence))
    , m_notes(textBox(this, initial.notes, 2))
{
    m_date->setDate(initial.date);
    m_technologies->setTechnologies(context.technologies, initial.technologyLabels);
    m_codes->setPlaceholderText(tr("4.A.5; 4.D.4 (Wassenaar) or 4A005; 4D004 (US, EU); remarks "
                                   "may follow in brackets"));
    m_codesInfo->setTextFormat(Qt::PlainText);
    m_codesInfo->setWordWrap(true);
    m_source->setPlaceholderText(QStringLiteral("https://…"));
    addField("event_id", tr("&ID:"), m_id);
    addField("date", tr("&Date:"), m_date);
    addField("regime", tr("&Regime:"), m_regime);
    addField("event_type", tr("Event &type:"), m_type);
    addField("entry_codes", tr("&Entry codes:"), m_codes);
    addRow(m_codesInfo);
    addField("technology_label", tr("Tec&hnologies:"), m_technologies);
    addField("description", tr("Desc&ription:"), m_description);
    addField("source_url", tr("&Source:"), m_source);
    addField("source_url_2", tr("Second so&urce:"), m_source2);
    addField("confidence", tr("&Confidence:"), m_confidence);
    addField("notes", tr("&Notes:"), m_notes);
    connect(m_codes, &QLineEdit::textChanged, this, &ControlEventDialog::updateCodes);
    updateCodes();
}

void ControlEventDialog::updateCodes()
{
    const QString summary =
        m_context.describeCodes ? m_context.describeCodes(m_codes->text()) : QString();
    m_codesInfo->setText(summary);
    m_codesInfo->setVisible(!summary.isEmpty());
    const bool missing = summary.contains(tr("not found"));
    m_codesInfo->setStyleSheet(missing ? QStringLiteral("color: #b03a00;")
                                       : QStringLiteral("color: #2e6b30;"));
}

QString ControlEventDialog::codesSummary() const
{
    return m_codesInfo->text();
}

ControlEvent ControlEventDialog::event() const
{
    ControlEvent e = m_initial;
    e.extId = m_id->text().trimmed();
    e.date = m_date->date().value_or(PartialDate());
    e.regime = m_regime->currentText().trimmed();
    e.eventType = m_type->currentText().trimmed();
    e.entryCodes = m_codes->text().trimmed();
    e.codes = extractEntryCodes(e.entryCodes);
    e.technologyLabels = m_technologies->checkedLabels();
    e.description = plainText(m_description);
    e.sourceUrl = m_source->text().trimmed();
    e.sourceUrl2 = m_source2->text().trimmed();
    e.confidence = confidenceOf(m_confidence);
    e.notes = plainText(m_notes);
    return e;
}

Status ControlEventDialog::validate()
{
    if (!m_date->text().trimmed().isEmpty() && !m_date->date())
        return dateError(m_date->text());
    return m_check ? m_check(event()) : Status();
}

} // namespace paceline
