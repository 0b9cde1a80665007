#include "CaseText.h"

#include <algorithm>

namespace paceline {

QString caseTextOf(const QList<SubtreeNode>& nodes)
{
    QStringList paragraphs;
    for (const SubtreeNode& n : nodes) {
        if (n.depth == 0) {
            for (const QString& part : {n.title.trimmed(), n.text.trimmed()})
                if (!part.isEmpty())
                    paragraphs << part;
            continue;
        }
        const QString indent(2 * std::max(0, n.depth - 1), QLatin1Char(' '));
        QStringList parts;
        for (const QString& part : {n.label.trimmed(), n.title.trimmed(), n.text.trimmed()})
            if (!part.isEmpty())
                parts << part;
        if (!parts.isEmpty())
            paragraphs << indent + parts.join(QLatin1Char(' '));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

Result<QString> caseTextOfEntry(Database& db, qint64 editionId, const QString& code)
{
    auto nodes = ListStore(db).subtree(editionId, code);
    if (!nodes)
        return nodes.error();
    return caseTextOf(nodes.value());
}

} // namespace paceline
