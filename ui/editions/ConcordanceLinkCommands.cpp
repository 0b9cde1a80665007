#include "ConcordanceLinkCommands.h"

#include "session/DatabaseSession.h"

#include <QCoreApplication>

namespace paceline {

namespace {

// The database the command was made for, or null when another one is open now.
Database* databaseFor(DatabaseSession* session, const QString& path)
{
    return session->isOpen() && session->path() == path ? session->database() : nullptr;
}

void finish(QUndoCommand* command, DatabaseSession* session, const Status& s,
            const LinkChanged& changed)
{
    if (!s)
        command->setObsolete(true);
    if (changed)
        changed(s);
    if (s)
        session->announce(ChangeSet(ChangeSet::Concordance));
}

} // namespace

AddConcordanceLinkCommand::AddConcordanceLinkCommand(DatabaseSession* session, LinkEnds ends,
                                                     LinkChanged changed)
    : m_session(session)
    , m_path(session->path())
    , m_ends(std::move(ends))
    , m_changed(std::move(changed))
{
    if (Database* db = databaseFor(m_session, m_path))
        if (auto hidden =
                Concordance(*db).isHidden(m_ends.listA, m_ends.codeA, m_ends.listB, m_ends.codeB))
            m_unhide = hidden.value();
    setText(QCoreApplication::translate("Concordance", "Link %1 to %2")
                .arg(m_ends.codeA, m_ends.codeB));
}

void AddConcordanceLinkCommand::apply(bool add)
{
    Database* db = databaseFor(m_session, m_path);
    if (!db) {
        setObsolete(true);
        return;
    }
    Concordance c(*db);
    const auto& e = m_ends;
    Status s;
    if (m_unhide)
        s = add ? c.unhideDerivedLink(e.listA, e.codeA, e.listB, e.codeB)
                : c.hideDerivedLink(e.listA, e.codeA, e.listB, e.codeB);
    else
        s = add ? c.addManualLink(e.listA, e.codeA, e.listB, e.codeB)
                : c.deleteManualLink(e.listA, e.codeA, e.listB, e.codeB);
    finish(this, m_session, s, m_changed);
}

void AddConcordanceLinkCommand::redo()
{
    apply(true);
}

void AddConcordanceLinkCommand::undo()
{
    apply(false);
}

RemoveConcordanceLinkCommand::RemoveConcordanceLinkCommand(DatabaseSession* session, LinkEnds ends,
                                                           LinkOrigin origin, LinkChanged changed)
    : m_session(session)
    , m_path(session->path())
    , m_ends(std::move(ends))
    , m_origin(origin)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("Concordance", "Unlink %1 from %2")
                .arg(m_ends.codeA, m_ends.codeB));
}

void RemoveConcordanceLinkCommand::apply(bool remove)
{
    Database* db = databaseFor(m_session, m_path);
    if (!db) {
        setObsolete(true);
        return;
    }
    Concordance c(*db);
    const auto& e = m_ends;
    Status s;
    if (m_origin == LinkOrigin::Manual)
        s = remove ? c.deleteManualLink(e.listA, e.codeA, e.listB, e.codeB)
                   : c.addManualLink(e.listA, e.codeA, e.listB, e.codeB);
    else
        s = remove ? c.hideDerivedLink(e.listA, e.codeA, e.listB, e.codeB)
                   : c.unhideDerivedLink(e.listA, e.codeA, e.listB, e.codeB);
    finish(this, m_session, s, m_changed);
}

void RemoveConcordanceLinkCommand::redo()
{
    apply(true);
}

void RemoveConcordanceLinkCommand::undo()
{
    apply(false);
}

} // namespace paceline
