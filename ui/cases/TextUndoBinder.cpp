#include "TextUndoBinder.h"

#include "cases/CaseEditCommands.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QUndoStack>

namespace paceline {

namespace {

bool isUndoShortcut(QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
}

class UndoShortcutFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (isUndoShortcut(event)) {
            event->ignore(); // not accepted: the shortcut goes to the window's action
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void routeUndoShortcutsToWindow(QWidget* widget)
{
    widget->installEventFilter(new UndoShortcutFilter(widget));
}

TextUndoBinder::TextUndoBinder(QPlainTextEdit* edit, QUndoStack* stack, const QString& name,
                               QObject* parent)
    : QObject(parent)
    , m_edit(edit)
    , m_stack(stack)
    , m_name(name)
    , m_shadow(edit->toPlainText())
{
    m_edit->setUndoRedoEnabled(false);
    m_edit->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TextUndoBinder::onTextChanged);
}

void TextUndoBinder::setTextSilently(const QString& text)
{
    m_applying = true;
    m_edit->setPlainText(text);
    m_shadow = text;
    m_applying = false;
}

void TextUndoBinder::apply(int position, int removedLength, const QString& inserted)
{
    m_applying = true;
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(position);
    cursor.setPosition(position + removedLength, QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
    m_edit->setTextCursor(cursor);
    m_shadow = m_edit->toPlainText();
    m_applying = false;
    emit edited(TextEdit{position, removedLength, static_cast<int>(inserted.size())});
}

void TextUndoBinder::onTextChanged()
{
    if (m_applying)
        return;
    const QString now = m_edit->toPlainText();
    if (now == m_shadow)
        return;
    // The change is the stretch between the common prefix and the common suffix: exact for
    // typing, pasting and deleting, and cheap (one linear scan) even for long texts.
    const qsizetype oldLen = m_shadow.size();
    const qsizetype newLen = now.size();
    qsizetype prefix = 0;
    const qsizetype maxPrefix = std::min(oldLen, newLen);
    while (prefix < maxPrefix && m_shadow.at(prefix) == now.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldLen - prefix && suffix < newLen - prefix &&
           m_shadow.at(oldLen - 1 - suffix) == now.at(newLen - 1 - suffix))
        ++suffix;
    const QString removed = m_shadow.mid(prefix, oldLen - prefix - suffix);
    const QString added = now.mid(prefix, newLen - prefix - suffix);
    m_shadow = now;
    m_stack->push(new TextEditCommand(this, m_name, static_cast<int>(prefix), removed, added));
    emit edited(TextEdit{static_cast<int>(prefix), static_cast<int>(removed.size()),
                         static_cast<int>(added.size())});
}

bool TextUndoBinder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && isUndoShortcut(event)) {
        event->ignore(); // let the window's Undo/Redo actions take it
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace paceline
