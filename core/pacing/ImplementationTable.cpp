#include "ImplementationTable.h"

namespace paceline {

namespace {

QString edition(const QString& label, const QString& date)
{
    return date.isEmpty() ? QStringLiteral("\u201c%1\u201d").arg(label)
                          : QStringLiteral("\u201c%1\u201d (%2)").arg(label, date);
}

} // namespace

QString Implementation::evidenceSentence() const
{
    QStringList parts;
    if (evidence == EvidenceKind::TimelineEvent)
        parts << QStringLiteral("timeline event %1, %2 (%3)").arg(eventExtId, eventType, eventDate);
    if (editionLacksIt) {
        parts << QStringLiteral("edition %1 does not carry it, though it is later")
                     .arg(edition(editionLabel, editionDate));
        QString out = parts.join(QStringLiteral("; "));
        out[0] = out[0].toUpper();
        return out;
    }
    switch (status) {
    case ImplementationStatus::Implemented:
    case ImplementationStatus::ImplementedDifferently:
        if (editionLabel.isEmpty())
            break;
        parts << QStringLiteral("first in edition %1").arg(edition(editionLabel, editionDate));
        parts << (previousEditionLabel.isEmpty()
                      ? QStringLiteral("no earlier edition of this list")
                      : QStringLiteral("not in %1")
                            .arg(edition(previousEditionLabel, previousEditionDate)));
        break;
    case ImplementationStatus::NotYetImplemented:
        parts << QStringLiteral("not in edition %1, the newest after the decision")
                     .arg(edition(editionLabel, editionDate));
        break;
    case ImplementationStatus::Unknown:
        parts << QStringLiteral(
            "no edition of this list known to be after the decision and no timeline "
            "event dates it");
        break;
    }
    QString out = parts.join(QStringLiteral("; "));
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

int ImplementationTable::count(int listIndex, ImplementationStatus status) const
{
    int n = 0;
    for (const ImplementationRow& r : rows)
        if (listIndex < r.cells.size() && r.cells[listIndex].status == status)
            ++n;
    return n;
}

} // namespace paceline
