#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace paceline {

class TextUndoBinder;

// One replacement in a text field. Consecutive replacements typed in one burst (adjacent and
// less than two seconds apart) merge, so one Undo takes back a word or a sentence, not a key.
class TextEditCommand : public QUndoCommand {
public:
    TextEditCommand(TextUndoBinder* binder, const QString& name, int position, QString removed,
                    QString added);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

    int position() const { return m_position; }
    const QString& removed() const { return m_removed; }
    const QString& added() const { return m_added; }

private:
    void updateText();

    TextUndoBinder* m_binder;
    QString m_name;
    int m_position;
    QString m_removed;
    QString m_added;
    bool m_applied = true; // the widget already shows the change when the command is pushed
    QElapsedTimer m_last;
};

// A change of one form field (title, kind, a justification field, the sources, a link list).
// The editor applies values through `apply`; edits of the same field in a burst merge.
class FieldEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const QString& key, const QVariant& value)>;
    FieldEditCommand(const QString& key, const QString& label, QVariant before, QVariant after,
                     Apply apply, bool mergeable);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeable ? 2 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QString m_key;
    QVariant m_before;
    QVariant m_after;
    Apply m_apply;
    bool m_mergeable;
    bool m_applied = true;
    QElapsedTimer m_last;
};

} // namespace paceline
