#pragma once

#include "TimelineRecordDialog.h"
#include "timeline/TimelineTypes.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace paceline {

class PartialDateEdit;
class TechnologyChecklist;

// Suggestions for the free-text fields and a live check of the entry codes.
struct ControlEventDialogContext {
    QList<Technology> technologies;
    QStringList regimes;
    QStringList eventTypes;
    // Entry-codes text -> one line per code found, saying where it resolves (or that it does not).
    std::function<QString(const QString&)> describeCodes;
};

// Adds or edits one control event. OK checks the record with `check` and stays open when
// refused.
class ControlEventDialog : public TimelineRecordDialog {
    Q_OBJECT
public:
    using Check = std::function<Status(const ControlEvent&)>;
    ControlEventDialog(const ControlEvent& initial, const ControlEventDialogContext& context,
                       Check check, QWidget* parent = nullptr);
    ControlEvent event() const;
    QLineEdit* entryCodesEdit() const { return m_codes; }
    QString codesSummary() const;

protected:
    Status validate() override;

private:
    void updateCodes();
    ControlEvent m_initial;
    ControlEventDialogContext m_context;
    Check m_check;
    QLineEdit* m_id;
    PartialDateEdit* m_date;
    QComboBox* m_regime;
    QComboBox* m_type;
    QLineEdit* m_codes;
    QLabel* m_codesInfo;
    TechnologyChecklist* m_technologies;
    QPlainTextEdit* m_description;
    QLineEdit* m_source;
    QLineEdit* m_source2;
    QComboBox* m_confidence;
    QPlainTextEdit* m_notes;
};

} // namespace paceline
