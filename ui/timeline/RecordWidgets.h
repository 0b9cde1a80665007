#pragma once

#include "timeline/TimelineTypes.h"
#include "util/Result.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace paceline {

// Small builders shared by the record dialogs.
namespace RecordWidgets {

QComboBox* confidenceCombo(QWidget* parent, Confidence current);
Confidence confidenceOf(const QComboBox* combo);
// An editable combo offering the values already in use.
QComboBox* suggestionCombo(QWidget* parent, QStringList values, const QString& current);
QPlainTextEdit* textBox(QWidget* parent, const QString& text, int lines);
QString plainText(const QPlainTextEdit* edit);
// The date field's own message when its text is not a date.
Error dateError(const QString& text);

} // namespace RecordWidgets

} // namespace paceline
