#include "CaseTypes.h"

namespace paceline {

namespace {

struct StatusName {
    CaseStatus status;
    const char* name;
    const char* title;
};

constexpr StatusName kStatuses[] = {
    {CaseStatus::Draft, "draft", "Draft"},
    {CaseStatus::InReview, "in_review", "In review"},
    {CaseStatus::ChangesRequested, "changes_requested", "Changes requested"},
    {CaseStatus::Approved, "approved", "Approved"},
    {CaseStatus::Submitted, "submitted", "Submitted"},
    {CaseStatus::Adopted, "adopted", "Adopted"},
    {CaseStatus::Rejected, "rejected", "Rejected"},
    {CaseStatus::Withdrawn, "withdrawn", "Withdrawn"},
};

struct KindName {
    CaseKind kind;
    const char* name;
    const char* title;
};

constexpr KindName kKinds[] = {
    {CaseKind::NewEntry, "new_entry", "New entry"},
    {CaseKind::AmendEntry, "amend_entry", "Amend entry"},
    {CaseKind::DeleteEntry, "delete_entry", "Delete entry"},
    {CaseKind::AmendDefinition, "amend_definition", "Amend definition"},
    {CaseKind::NoteOrDecontrol, "note_or_decontrol", "Add or change a note / decontrol"},
};

struct TargetName {
    CaseTargetKind kind;
    const char* name;
};

constexpr TargetName kTargets[] = {
    {CaseTargetKind::Entry, "entry"},
    {CaseTargetKind::Item, "item"},
    {CaseTargetKind::Note, "note"},
    {CaseTargetKind::Term, "term"},
};

} // namespace

std::optional<CaseStatus> caseStatusFromString(const QString& text)
{
    for (const auto& s : kStatuses)
        if (text == QLatin1String(s.name))
            return s.status;
    return std::nullopt;
}

QString caseStatusName(CaseStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QLatin1String(s.name);
    return {};
}

QString caseStatusTitle(CaseStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QLatin1String(s.title);
    return {};
}

std::optional<CaseKind> caseKindFromString(const QString& text)
{
    for (const auto& k : kKinds)
        if (text == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString caseKindName(CaseKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

QString caseKindTitle(CaseKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.title);
    return {};
}

std::optional<CaseTargetKind> caseTargetKindFromString(const QString& text)
{
    for (const auto& t : kTargets)
        if (text == QLatin1String(t.name))
            return t.kind;
    return std::nullopt;
}

QString caseTargetKindName(CaseTargetKind kind)
{
    for (const auto& t : kTargets)
        if (t.kind == kind)
            return QLatin1String(t.name);
    return {};
}

QList<CaseStatus> allowedTransitions(CaseStatus from)
{
    using S = CaseStatus;
    switch (from) {
    case S::Draft:
        return {S::InReview, S::Withdrawn};
    case S::InReview:
        return {S::ChangesRequested, S::Approved, S::Draft, S::Withdrawn};
    case S::ChangesRequested:
        return {S::InReview, S::Withdrawn};
    case S::Approved:
        return {S::Submitted, S::InReview, S::Draft, S::Withdrawn};
    case S::Submitted:
        return {S::Adopted, S::Rejected, S::Withdrawn};
    case S::Adopted:
    case S::Rejected:
    case S::Withdrawn:
        return {};
    }
    return {};
}

bool isAllowedTransition(CaseStatus from, CaseStatus to)
{
    return allowedTransitions(from).contains(to);
}

bool transitionNeedsReason(CaseStatus from, CaseStatus to)
{
    return to == CaseStatus::Draft && from != CaseStatus::Draft;
}

bool isTextEditable(CaseStatus status)
{
    return status == CaseStatus::Draft || status == CaseStatus::ChangesRequested;
}

} // namespace paceline
