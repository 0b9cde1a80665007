#pragma once

#include "cases/TextAnchor.h"

#include <QObject>
#include <QString>

class QPlainTextEdit;
class QUndoStack;
class QWidget;

namespace paceline {

// Routes the edits of a QPlainTextEdit through a QUndoStack: the widget's own undo is off,
// every change becomes a TextEditCommand (merged while the analyst types one burst), and
// Ctrl+Z reaches the Edit menu's undo rather than the widget.
class TextUndoBinder : public QObject {
    Q_OBJECT
public:
    TextUndoBinder(QPlainTextEdit* edit, QUndoStack* stack, const QString& name, QObject* parent);

    // Replaces the text without an undo command (loading a case).
    void setTextSilently(const QString& text);
    // Applies a replacement from a command: `removed` text at position becomes `inserted`.
    void apply(int position, int removedLength, const QString& inserted);
    QString text() const { return m_shadow; }
    QPlainTextEdit* editor() const { return m_edit; }

signals:
    // After every change, typed or undone: where and how much.
    void edited(const paceline::TextEdit& edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextChanged();

    QPlainTextEdit* m_edit;
    QUndoStack* m_stack;
    QString m_name;
    QString m_shadow;
    bool m_applying = false;
};

// Makes Ctrl+Z / Ctrl+Shift+Z in a line edit or text widget reach the window's Undo and Redo
// actions (the case's undo stack) instead of the widget's private undo.
void routeUndoShortcutsToWindow(QWidget* widget);

} // namespace paceline
