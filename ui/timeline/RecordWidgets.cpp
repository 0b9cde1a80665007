#include "RecordWidgets.h"

#include <QCoreApplication>

namespace paceline::RecordWidgets {

QComboBox* confidenceCombo(QWidget* parent, Confidence current)
{
    auto* combo = new QComboBox(parent);
    for (Confidence c : {Confidence::High, Confidence::Medium, Confidence::Low})
        combo->addItem(confidenceName(c), static_cast<int>(c));
    combo->setCurrentIndex(combo->findData(static_cast<int>(current)));
    combo->setToolTip(QCoreApplication::translate(
        "RecordWidgets", "high: an official text or two independent reputable sources;\n"
                         "medium: one reputable secondary source;\nlow: a weak source or an "
                         "inference"));
    return combo;
}

Confidence confidenceOf(const QComboBox* combo)
{
    return static_cast<Confidence>(combo->currentData().toInt());
}

QComboBox* suggestionCombo(QWidget* parent, QStringList values, const QString& current)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    values.removeAll(QString());
    values.removeDuplicates();
    values.sort(Qt::CaseInsensitive);
    combo->addItems(values);
    combo->setCurrentText(current);
    return combo;
}

QPlainTextEdit* textBox(QWidget* parent, const QString& text, int lines)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QString plainText(const QPlainTextEdit* edit)
{
    return edit->toPlainText().trimmed();
}

Error dateError(const QString& text)
{
    return badInput(QCoreApplication::translate("RecordWidgets",
                                                "\"%1\" is not a date of the form YYYY, YYYY-MM "
                                                "or YYYY-MM-DD")
                        .arg(text),
                    QStringLiteral("date"));
}

} // namespace paceline::RecordWidgets
