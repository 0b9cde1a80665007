#pragma once

#include "TimelineRecordDialog.h"
#include "timeline/TimelineTypes.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace paceline {

class PartialDateEdit;
class TechnologyChecklist;

// Adds or edits one milestone. OK checks the record with `check` and stays open when refused.
class MilestoneDialog : public TimelineRecordDialog {
    Q_OBJECT
public:
    using Check = std::function<Status(const Milestone&)>;
    MilestoneDialog(const Milestone& initial, const QList<Technology>& technologies, Check check,
                    QWidget* parent = nullptr);
    Milestone milestone() const;
    PartialDateEdit* dateEdit() const { return m_date; }

protected:
    Status validate() override;

private:
    Milestone m_initial;
    Check m_check;
    QLineEdit* m_id;
    PartialDateEdit* m_date;
    TechnologyChecklist* m_technologies;
    QComboBox* m_class;
    QLineEdit* m_type;
    QPlainTextEdit* m_description;
    QLineEdit* m_source;
    QLineEdit* m_source2;
    QComboBox* m_confidence;
    QPlainTextEdit* m_notes;
};

} // namespace paceline
