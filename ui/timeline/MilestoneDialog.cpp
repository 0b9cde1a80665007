#include "MilestoneDialog.h"

#include "PartialDateEdit.h"
#include "RecordWidgets.h"
#include "TechnologyChecklist.h"

#include <QLineEdit>

namespace paceline {

using namespace RecordWidgets;

MilestoneDialog::MilestoneDialog(const Milestone& initial, const QList<Technology>& technologies,
                                 Check check, QWidget* parent)
    : TimelineRecordDialog(
          initial.id ? tr("Edit Milestone %1").arg(initial.extId) : tr("Add Milestone"), parent)
    , m_initial(initial)
    , m_check(std::move(check))
    , m_id(new QLineEdit(initial.extId, this))
    , m_date(new PartialDateEdit(this))
    , m_technologies(new TechnologyChecklist(this))
    , m_class(new QComboBox(this))
    , m_type(new QLineEdit(initial.milestoneType, this))
    , m_description(textBox(this, initial.description, 3))
    , m_source(new QLineEdit(initial.sourceUrl, this))
    , m_source2(new QLineEdit(initial.sourceUrl2, this))
    , m_confidence(confidenceCombo(this, initial.confidence))
    , m_notes(textBox(this, initial.notes, 2))
{
    m_date->setDate(initial.date);
    m_technologies->setTechnologies(technologies, initial.technologyLabels);
    m_class->addItems(milestoneClasses());
    m_class->setCurrentText(initial.milestoneClass);
    m_type->setPlaceholderText(tr("detailed wording, e.g. \"first demonstration (patent)\""));
    m_source->setPlaceholderText(QStringLiteral("https://…"));
    addField("milestone_id", tr("&ID:"), m_id);
    addField("date", tr("&Date:"), m_date);
    addField("technology_label", tr("&Technologies:"), m_technologies);
    addField("milestone_class", tr("C&lass:"), m_class);
    addField("milestone_type", tr("&Milestone:"), m_type);
    addField("description", tr("D&escription:"), m_description);
    addField("source_url", tr("&Source:"), m_source);
    addField("source_url_2", tr("Second so&urce:"), m_source2);
    addField("confidence", tr("&Confidence:"), m_confidence);
    addField("notes", tr("&Notes:"), m_notes);
}

Milestone MilestoneDialog::milestone() const
{
    Milestone m = m_initial;
    m.extId = m_id->text().trimmed();
    m.date = m_date->date().value_or(PartialDate());
    m.technologyLabels = m_technologies->checkedLabels();
    m.milestoneClass = m_class->currentText();
    m.milestoneType = m_type->text().trimmed();
    m.description = plainText(m_description);
    m.sourceUrl = m_source->text().trimmed();
    m.sourceUrl2 = m_source2->text().trimmed();
    m.confidence = confidenceOf(m_confidence);
    m.notes = plainText(m_notes);
    return m;
}

Status MilestoneDialog::validate()
{
    if (!m_date->text().trimmed().isEmpty() && !m_date->date())
        return dateError(m_date->text());
    return m_check ? m_check(milestone()) : Status();
}

} // namespace paceline
