#pragma once

#include "TimelineRecordDialog.h"
#include "timeline/TimelineTypes.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace paceline {

struct TechnologyDialogContext {
    QStringList categories;
    QStringList milestoneIds;
    QStringList eventIds;
};

// Adds or edits one technology and its lag judgement (the emergence milestone and first
// control event the analyst chose where the rules cannot decide).
class TechnologyDialog : public TimelineRecordDialog {
    Q_OBJECT
public:
    using Check = std::function<Status(const Technology&)>;
    TechnologyDialog(const Technology& initial, const TechnologyDialogContext& context, Check check,
                     QWidget* parent = nullptr);
    Technology technology() const;

protected:
    Status validate() override;

private:
    Technology m_initial;
    Check m_check;
    QLineEdit* m_label;
    QLineEdit* m_name;
    QComboBox* m_category;
    QComboBox* m_emergence;
    QComboBox* m_firstControl;
    QLineEdit* m_excluded;
    QPlainTextEdit* m_note;
};

} // namespace paceline
