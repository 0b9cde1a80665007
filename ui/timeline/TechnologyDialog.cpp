#include "TechnologyDialog.h"

#include "RecordWidgets.h"

#include <QLineEdit>

namespace paceline {

using namespace RecordWidgets;

TechnologyDialog::TechnologyDialog(const Technology& initial,
                                   const TechnologyDialogContext& context, Check check,
                                   QWidget* parent)
    : TimelineRecordDialog(
          initial.id ? tr("Edit Technology %1").arg(initial.label) : tr("Add Technology"), parent)
    , m_initial(initial)
    , m_check(std::move(check))
    , m_label(new QLineEdit(initial.label, this))
    , m_name(new QLineEdit(initial.name, this))
    , m_category(suggestionCombo(this, context.categories, initial.category))
    , m_emergence(suggestionCombo(this, context.milestoneIds, initial.judgement.emergenceMilestone))
    , m_firstControl(suggestionCombo(this, context.eventIds, initial.judgement.firstControlEvent))
    , m_excluded(new QLineEdit(initial.judgement.excludedEvents.join(QStringLiteral("; ")), this))
    , m_note(textBox(this, initial.judgement.note, 3))
{
    m_label->setPlaceholderText(tr("key shared by the CSV files, e.g. intrusion_software"));
    m_emergence->lineEdit()->setPlaceholderText(tr("empty: the rules choose"));
    m_firstControl->lineEdit()->setPlaceholderText(tr("empty: the rules choose"));
    m_excluded->setPlaceholderText(tr("events judged not to control it: CE-014; CE-020"));
    addField("technology_label", tr("&Label:"), m_label);
    addField("technology_name", tr("&Name:"), m_name);
    addField("category", tr("&Category:"), m_category);
    addField("lag_emergence_milestone_id", tr("&Emergence milestone:"), m_emergence);
    addField("lag_first_control_event_id", tr("&First control event:"), m_firstControl);
    addField("lag_excluded_event_ids", tr("E&xcluded events:"), m_excluded);
    addField("lag_note", tr("&Why:"), m_note);
}

Technology TechnologyDialog::technology() const
{
    Technology t = m_initial;
    t.label = m_label->text().trimmed();
    t.name = m_name->text().trimmed();
    t.category = m_category->currentText().trimmed();
    t.judgement.emergenceMilestone = m_emergence->currentText().trimmed();
    t.judgement.firstControlEvent = m_firstControl->currentText().trimmed();
    t.judgement.excludedEvents.clear();
    for (const QString& id : m_excluded->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!id.trimmed().isEmpty())
            t.judgement.excludedEvents << id.trimmed();
    t.judgement.note = plainText(m_note);
    return t;
}

Status TechnologyDialog::validate()
{
    return m_check ? m_check(technology()) : Status();
}

} // namespace paceline
