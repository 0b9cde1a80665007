#pragma once

#include "TimelineRecordDialog.h"
#include "timeline/Era.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace paceline {

class PartialDateEdit;

// Adds or edits one era. An empty end date means the era is still going. OK checks the record
// with `check` and stays open when refused.
class EraDialog : public TimelineRecordDialog {
    Q_OBJECT
public:
    using Check = std::function<Status(const Era&)>;
    // kinds: the kinds already in use, offered besides the usual ones.
    EraDialog(const Era& initial, const QStringList& kinds, Check check, QWidget* parent = nullptr);
    Era era() const;
    PartialDateEdit* startEdit() const { return m_start; }
    PartialDateEdit* endEdit() const { return m_end; }

protected:
    Status validate() override;

private:
    Era m_initial;
    Check m_check;
    QLineEdit* m_id;
    QLineEdit* m_label;
    PartialDateEdit* m_start;
    PartialDateEdit* m_end;
    QComboBox* m_kind;
    QPlainTextEdit* m_note;
    QLineEdit* m_source;
};

} // namespace paceline
