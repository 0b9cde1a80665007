#pragma once

#include "pacing/PacingTypes.h"
#include "pacing/RegimeChanges.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

// How one national list took up one regime change, and what says so.
struct Implementation {
    ImplementationStatus status = ImplementationStatus::Unknown;
    QString code; // the national list's node, where it has one
    DateSpan date;
    EvidenceKind evidence = EvidenceKind::None;
    // The edition that shows the status (the first that carries the change, or the newest
    // that does not), and the one before it.
    qint64 editionId = 0;
    QString editionLabel;
    QString editionDate;
    QString previousEditionLabel;
    QString previousEditionDate;
    // The event says implemented, but that edition, later than the event, does not carry it.
    bool editionLacksIt = false;
    // The timeline event that dates it, where one does.
    qint64 eventId = 0;
    QString eventExtId;
    QString eventDate;
    QString eventType;
    double similarity = -1; // of the national wording to the regime's; -1 when not compared
    QString text;           // the national wording
    LagSpan lag;

    // One sentence on what the date rests on, for tooltips and reports.
    QString evidenceSentence() const;
};

struct NationalListInfo {
    qint64 id = 0;
    QString key;
    QString name;
    QString regimeKey;
    int editionCount = 0; // dated editions, the ones that can bound a date
};

struct ImplementationRow {
    RegimeChange change;
    DateSpan regimeDate;
    EvidenceKind regimeEvidence = EvidenceKind::Edition;
    qint64 regimeEventId = 0;
    QString regimeEventExtId;
    QList<Implementation> cells; // one per ImplementationTable::lists, in that order
};

struct ImplementationTable {
    qint64 regimeListId = 0;
    QString regimeListKey;
    QString regimeListName;
    QStringList regimeEditions; // labels, oldest first
    QList<NationalListInfo> lists;
    QList<ImplementationRow> rows;
    QStringList notes; // what a reader must know to read the figures

    int count(int listIndex, ImplementationStatus status) const;
};

} // namespace paceline
