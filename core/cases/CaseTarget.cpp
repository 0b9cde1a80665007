#include "CaseTarget.h"

#include "lists/CodeGrammar.h"

namespace paceline {

QString caseTargetTitle(CaseTargetKind kind, const QString& code, const QString& name)
{
    switch (kind) {
    case CaseTargetKind::Term: {
        const QString term = QStringLiteral("definition of \"%1\"").arg(name);
        return code.isEmpty() ? term : code + QStringLiteral(" — ") + term;
    }
    case CaseTargetKind::Note: {
        // The note's own code ("4.E.1~n1") is an importer's number; people cite the paragraph.
        QString parent = CodeGrammar::parentCode(code);
        if (parent.isEmpty())
            parent = code;
        const QString label = name.isEmpty() ? QStringLiteral("note") : name;
        return parent.isEmpty() ? label : parent + QStringLiteral(" — ") + label;
    }
    case CaseTargetKind::Entry:
    case CaseTargetKind::Item:
        break;
    }
    return code;
}

QString caseTargetTitle(const CaseRecord& c)
{
    return caseTargetTitle(c.targetKind, c.targetCode, c.targetName);
}

CaseKind caseKindForTarget(CaseTargetKind kind)
{
    switch (kind) {
    case CaseTargetKind::Term:
        return CaseKind::AmendDefinition;
    case CaseTargetKind::Note:
        return CaseKind::NoteOrDecontrol;
    case CaseTargetKind::Entry:
    case CaseTargetKind::Item:
        break;
    }
    return CaseKind::AmendEntry;
}

Status checkCaseTarget(const CaseRecord& c)
{
    const bool term = c.targetKind == CaseTargetKind::Term;
    if (c.kind == CaseKind::AmendDefinition && (!term || c.targetName.trimmed().isEmpty()))
        return badInput(QStringLiteral("an \"Amend definition\" case needs a defined term as its "
                                       "target: choose the term whose definition it amends"),
                        QStringLiteral("target"));
    if (term && c.targetName.trimmed().isEmpty())
        return badInput(QStringLiteral("name the defined term the case amends"),
                        QStringLiteral("target"));
    if (term && c.kind != CaseKind::AmendDefinition)
        return badInput(QStringLiteral("a defined term is changed by an \"Amend definition\" "
                                       "case, not by \"%1\"")
                            .arg(caseKindTitle(c.kind)),
                        QStringLiteral("kind"));
    return {};
}

} // namespace paceline
