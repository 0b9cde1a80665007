#include "ProposalSections.h"

namespace paceline {

QList<std::pair<QString, QString>> justificationSections(const ProposalData& p)
{
    const CaseJustification& j = p.justification;
    QList<std::pair<QString, QString>> out;
    auto add = [&out](const char* title, const QString& text) {
        if (!text.trimmed().isEmpty())
            out.append({QString::fromUtf8(title), text});
    };
    QString technology = p.technologyName.isEmpty() ? j.technology : p.technologyName;
    add("Technology concerned", technology);
    QString whyNow = j.whyNow;
    if (!p.whyNowLinks.isEmpty())
        whyNow += QStringLiteral("\n\nLinked milestones and events:\n- ") +
                  p.whyNowLinks.join(QStringLiteral("\n- "));
    add("Why now", whyNow.trimmed());
    add("Foreign availability", j.foreignAvailability);
    add("Can the item be specified clearly and objectively?", j.specifiability);
    add("Parameters", j.parameters);
    QString legit = j.legitimateUse;
    if (!j.legitimateUseAreas.isEmpty()) {
        QStringList titles;
        for (const auto& [name, title] : legitimateUseAreaNames())
            if (j.legitimateUseAreas.contains(name))
                titles << title;
        legit += QStringLiteral("\n\nAreas affected: ") + titles.join(QStringLiteral(", "));
    }
    add("Effect on legitimate use", legit.trimmed());
    add("Licensing and enforcement impact", j.licensingImpact);
    add("Consultations", j.consultations);
    add("Notes", p.record.notes);
    return out;
}

QString statusChangeLine(const CaseStatusChange& h)
{
    QString line = QStringLiteral("%1: %2 → %3 by %4")
                       .arg(h.at.left(10), caseStatusTitle(h.from), caseStatusTitle(h.to), h.actor);
    if (!h.reason.isEmpty())
        line += QStringLiteral(" — ") + h.reason;
    return line;
}

QString reviewSummary(const ProposalData& p)
{
    QStringList parts;
    for (const CaseSignoff& s : p.signoffs) {
        const QString who = s.organisation.isEmpty()
                                ? s.reviewer
                                : QStringLiteral("%1 (%2)").arg(s.reviewer, s.organisation);
        parts << (s.approve ? QStringLiteral("approved by %1")
                            : QStringLiteral("changes requested by %1"))
                     .arg(who);
    }
    int open = 0;
    for (const CaseComment& c : p.comments)
        if (c.parentUuid.isEmpty() && c.resolvedAt.isEmpty())
            ++open;
    QString text = QStringLiteral("Status: %1, revision %2")
                       .arg(caseStatusTitle(p.record.status))
                       .arg(p.record.revision);
    if (!parts.isEmpty())
        text += QStringLiteral("; ") + parts.join(QStringLiteral(", "));
    text += QStringLiteral("; %1 open comment thread(s)").arg(open);
    return text;
}

} // namespace paceline
