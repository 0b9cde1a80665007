#pragma once

#include "pacing/ImplementationTable.h"
#include "pacing/TextSimilarity.h"
#include "timeline/ChartData.h"
#include "timeline/TimelineTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace paceline {

// The regime's wordings a national node is measured against: the one before the change and
// every one from the change on (a list that took up a later rewording has taken this one too).
struct ChangeWordings {
    FoldedWords before;
    QList<FoldedWords> after;
};

// A node as one national edition has it.
struct NationalNode {
    QString code;
    QString text; // title and body
};

enum class NodeState { Absent, Old, Matches, Differs };

// What one national edition shows for one regime change.
struct NodeReading {
    NodeState state = NodeState::Absent;
    QString code;
    QString text;
    double similarity = -1;
};

NodeReading readNode(RegimeChangeKind kind, const ChangeWordings& wordings,
                     const std::optional<NationalNode>& node, bool keepsPreviousCode);

struct DatedEdition {
    qint64 id = 0;
    QString label;
    PartialDate date;
};

// The status, date and evidence of one change in one national list, from what its editions
// (oldest first, one reading each) show. `events` are the timeline's controls by that list's
// regime that name the change's code, any order; they date the change where no edition
// brackets it more closely.
Implementation decideImplementation(RegimeChangeKind kind, const DateSpan& regimeDate,
                                    const QList<DatedEdition>& editions,
                                    const QList<NodeReading>& readings,
                                    const QList<const ControlEvent*>& events);

// The regime group of a list's regime key ("us-ear" -> US, "eu" -> EU, "wa" -> Wassenaar;
// a country's own list -> National).
RegimeGroup regimeGroupOfList(const QString& listRegimeKey);
// Whether a timeline event's regime ("US-EAR", "EU", "Wassenaar", "UK-national") is the
// regime of a list (regime key "us-ear", "eu", "wa", "uk").
bool eventConcernsRegime(const QString& eventRegime, const QString& listRegimeKey);
// Whether the event names the key or an entry or item above it ("5A001" for "5A001.j").
bool eventNamesKey(const ControlEvent& event, const QString& key);

} // namespace paceline
