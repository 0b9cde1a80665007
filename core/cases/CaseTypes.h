#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace paceline {

enum class CaseStatus {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Submitted,
    Adopted,
    Rejected,
    Withdrawn
};
enum class CaseKind { NewEntry, AmendEntry, DeleteEntry, AmendDefinition, NoteOrDecontrol };
// What a case amends: a whole entry, one item of it, a note, or a defined term of the list.
enum class CaseTargetKind { Entry, Item, Note, Term };

std::optional<CaseStatus> caseStatusFromString(const QString& text);
QString caseStatusName(CaseStatus status);  // stored form: "in_review"
QString caseStatusTitle(CaseStatus status); // for people: "In review"
std::optional<CaseKind> caseKindFromString(const QString& text);
QString caseKindName(CaseKind kind);
QString caseKindTitle(CaseKind kind);
std::optional<CaseTargetKind> caseTargetKindFromString(const QString& text);
QString caseTargetKindName(CaseTargetKind kind); // stored form: "entry", "item", "note", "term"

// The review workflow: Draft -> In review -> Changes requested -> In review -> ... ->
// Approved -> Submitted -> Adopted / Rejected; Withdrawn from any open state. In review and
// Approved may go back to Draft, with a reason.
bool isAllowedTransition(CaseStatus from, CaseStatus to);
QList<CaseStatus> allowedTransitions(CaseStatus from);
// A transition that undoes review work must say why.
bool transitionNeedsReason(CaseStatus from, CaseStatus to);
// Only a draft (or one sent back for changes) is edited: from In review on, the text stays as
// the reviewers read it until the case goes back to Draft.
bool isTextEditable(CaseStatus status);

struct CaseRecord {
    qint64 id = 0;
    QString uuid;
    QString title;
    CaseKind kind = CaseKind::AmendEntry;
    QString listKey;
    qint64 baseEditionId = 0;
    QString editionLabel;
    // The entry, item or note amended; for a defined term, the entry it was chosen from (may be
    // empty). For a new entry, the proposed code.
    QString targetCode;
    CaseTargetKind targetKind = CaseTargetKind::Entry;
    // The defined term for a term target, the note's label ("Note 1") for a note; else empty.
    QString targetName;
    QString baseText;
    QString proposedText;
    QJsonObject justification;
    QString notes;
    QString author;
    QString organisation;
    CaseStatus status = CaseStatus::Draft;
    int revision = 1;
    QString createdAt;
    QString updatedAt;
};

struct CaseStatusChange {
    CaseStatus from = CaseStatus::Draft;
    CaseStatus to = CaseStatus::Draft;
    QString actor;
    QString at;
    QString reason;
};

struct CaseComment {
    QString uuid;
    QString parentUuid;
    QString anchorText;
    int anchorStart = -1;
    int anchorEnd = -1;
    bool outdated = false;
    QString body;
    QString author;
    QString organisation;
    QString createdAt;
    QString resolvedAt;
    QString resolvedBy;
};

struct CaseSignoff {
    QString uuid;
    QString reviewer;
    QString organisation;
    bool approve = true;
    QString comment;
    QString createdAt;
};

} // namespace paceline
