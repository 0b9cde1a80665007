#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;

namespace paceline {

// Common frame of the technology, milestone and event dialogs: a form whose rows are named
// like the CSV columns, an error line, and OK that stays open while the record is refused,
// pointing at the field the error names.
class TimelineRecordDialog : public QDialog {
    Q_OBJECT
public:
    void accept() override;
    // The message shown for the last refused OK (tests read it).
    QString errorText() const;

protected:
    TimelineRecordDialog(const QString& title, QWidget* parent);
    void addField(const char* name, const QString& label, QWidget* widget);
    void addRow(QWidget* widget); // an unnamed full-width row (hints)
    // Builds the record from the form and checks it (TimelineEditor::check...).
    virtual Status validate() = 0;

private:
    QFormLayout* m_form;
    QLabel* m_error;
    QWidget* m_ok = nullptr;
    QWidget* m_cancel = nullptr;
    QWidget* m_last = nullptr;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QString> m_labels;
};

} // namespace paceline
