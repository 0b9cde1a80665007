#pragma once

#include "util/PartialDate.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace paceline {

// Date entry at year, month or day precision: "2013", "2013-12", "2013-12-04". The precision
// follows what is typed; choosing a coarser one cuts the text, a finer one asks for the
// missing part instead of inventing it.
class PartialDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit PartialDateEdit(QWidget* parent = nullptr);

    void setDate(const PartialDate& date);
    // The date typed, or nothing while the text is not a valid date.
    std::optional<PartialDate> date() const;
    QString text() const;
    void setText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void dateChanged();

private:
    void textEdited();
    void precisionChosen(int index);
    QLineEdit* m_edit;
    QComboBox* m_precision;
    QLabel* m_hint;
};

} // namespace paceline
