#pragma once

#include "editions/Concordance.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace paceline {

class DatabaseSession;

// The two items a link joins.
struct LinkEnds {
    qint64 listA = 0;
    QString codeA;
    qint64 listB = 0;
    QString codeB;
};

// Called after every redo and undo with its outcome, so that the view can show the error; a
// success is also announced to the session as a concordance change.
using LinkChanged = std::function<void(const Status&)>;

// Adds a link by hand; undo takes it away again. Adding a code-rule link the user had hidden
// shows it again (and undo hides it), so that no manual row shadows the rule.
class AddConcordanceLinkCommand : public QUndoCommand {
public:
    AddConcordanceLinkCommand(DatabaseSession* session, LinkEnds ends, LinkChanged changed);
    void redo() override;
    void undo() override;

private:
    void apply(bool add);
    DatabaseSession* m_session;
    QString m_path; // the database the link belongs to; another one open makes this obsolete
    LinkEnds m_ends;
    LinkChanged m_changed;
    bool m_unhide = false;
};

// Removes a link: a manual one is deleted, a derived one is hidden. Undo brings it back.
class RemoveConcordanceLinkCommand : public QUndoCommand {
public:
    RemoveConcordanceLinkCommand(DatabaseSession* session, LinkEnds ends, LinkOrigin origin,
                                 LinkChanged changed);
    void redo() override;
    void undo() override;

private:
    void apply(bool remove);
    DatabaseSession* m_session;
    QString m_path;
    LinkEnds m_ends;
    LinkOrigin m_origin;
    LinkChanged m_changed;
};

} // namespace paceline
