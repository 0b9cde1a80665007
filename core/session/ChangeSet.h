#pragma once

#include <QFlags>
#include <QHash>
#include <QList>
#include <QMetaType>

namespace paceline {

// What a write changed in the database, so that each view re-reads only what it shows.
// Writers (imports, timeline and concordance commands, case editors; later a case document
// and a team-server client) announce one; the database session hands it to the views.
class ChangeSet {
public:
    enum Part {
        Lists = 0x1,       // editions imported or removed
        Timeline = 0x2,    // technologies, milestones, control events, eras
        Concordance = 0x4, // links added, removed, hidden or shown again
        Cases = 0x8,       // the set of cases: added, removed, renamed, moved to another status
    };
    Q_DECLARE_FLAGS(Parts, Part)

    // What changed in one case.
    enum class CasePart {
        Text = 0x1,     // title, kind, target, proposed text, justification, notes
        Revision = 0x2, // a revision frozen
        Comments = 0x4, // comments, replies, resolutions, sign-offs
        Workflow = 0x8, // its status moved (and the history has a new row)
    };
    Q_DECLARE_FLAGS(CaseParts, CasePart)
    static constexpr CaseParts kAllCaseParts = CaseParts(0xf);

    ChangeSet() = default;
    explicit ChangeSet(Parts parts)
        : m_parts(parts)
    {
    }
    // Everything may have changed: another database was opened.
    static ChangeSet everything();
    // These parts of one case changed.
    static ChangeSet ofCase(qint64 caseId, CaseParts parts);

    ChangeSet& add(Parts parts);
    ChangeSet& addCase(qint64 caseId, CaseParts parts);
    ChangeSet& merge(const ChangeSet& other);

    bool isEmpty() const { return !m_everything && !m_parts && m_cases.isEmpty(); }
    bool isEverything() const { return m_everything; }
    Parts parts() const { return m_parts; }
    // Whether any of these parts changed; always true for everything().
    bool touches(Parts any) const { return (m_parts & any) != 0; }
    // The cases named, ascending; empty for everything() (every case may have changed).
    QList<qint64> caseIds() const;
    // What changed in one case: all of it for everything(), nothing for a case not named.
    CaseParts caseParts(qint64 caseId) const;
    bool touchesCase(qint64 caseId, CaseParts any = kAllCaseParts) const
    {
        return (caseParts(caseId) & any) != 0;
    }

    bool operator==(const ChangeSet& other) const = default;

private:
    Parts m_parts;
    QHash<qint64, CaseParts> m_cases;
    bool m_everything = false;
};

} // namespace paceline

// At global scope, where they hide no other operator| (QCustomPlot's, Qt's own).
Q_DECLARE_OPERATORS_FOR_FLAGS(paceline::ChangeSet::Parts)
Q_DECLARE_OPERATORS_FOR_FLAGS(paceline::ChangeSet::CaseParts)
Q_DECLARE_METATYPE(paceline::ChangeSet)
