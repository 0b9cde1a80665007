#include "CaseEditCommands.h"

#include "cases/TextUndoBinder.h"

#include <QCoreApplication>

namespace paceline {

namespace {
constexpr qint64 kBurstMs = 2000;
}

TextEditCommand::TextEditCommand(TextUndoBinder* binder, const QString& name, int position,
                                 QString removed, QString added)
    : m_binder(binder)
    , m_name(name)
    , m_position(position)
    , m_removed(std::move(removed))
    , m_added(std::move(added))
{
    m_last.start();
    updateText();
}

void TextEditCommand::updateText()
{
    setText(QCoreApplication::translate("CaseEditor", "Edit %1").arg(m_name));
}

void TextEditCommand::undo()
{
    m_binder->apply(m_position, static_cast<int>(m_added.size()), m_removed);
    m_applied = false;
}

void TextEditCommand::redo()
{
    if (m_applied)
        return; // first push: the widget already holds the change
    m_binder->apply(m_position, static_cast<int>(m_removed.size()), m_added);
    m_applied = true;
}

bool TextEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const TextEditCommand*>(other);
    if (next->m_binder != m_binder || m_last.elapsed() > kBurstMs)
        return false;
    const int p2 = next->m_position;
    const int r2 = static_cast<int>(next->m_removed.size());
    const int addedEnd = m_position + static_cast<int>(m_added.size());
    if (p2 >= m_position && p2 + r2 <= addedEnd) {
        // Within what this burst typed: typing on, or backspacing over fresh text.
        m_added.replace(p2 - m_position, r2, next->m_added);
    } else if (m_added.isEmpty() && next->m_added.isEmpty() && p2 + r2 == m_position) {
        m_position = p2; // backspacing further
        m_removed.prepend(next->m_removed);
    } else if (m_added.isEmpty() && next->m_added.isEmpty() && p2 == m_position) {
        m_removed.append(next->m_removed); // deleting forward
    } else {
        return false;
    }
    m_last.restart();
    if (m_added == m_removed)
        setObsolete(true);
    return true;
}

FieldEditCommand::FieldEditCommand(const QString& key, const QString& label, QVariant before,
                                   QVariant after, Apply apply, bool mergeable)
    : m_key(key)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
    , m_mergeable(mergeable)
{
    setText(QCoreApplication::translate("CaseEditor", "Change %1").arg(label));
    m_last.start();
}

void FieldEditCommand::undo()
{
    m_apply(m_key, m_before);
    m_applied = false;
}

void FieldEditCommand::redo()
{
    if (m_applied)
        return;
    m_apply(m_key, m_after);
    m_applied = true;
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const FieldEditCommand*>(other);
    if (next->m_key != m_key || !next->m_mergeable || m_last.elapsed() > kBurstMs)
        return false;
    m_after = next->m_after;
    m_last.restart();
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace paceline
