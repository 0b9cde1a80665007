#include "CaseText.h"

#include "browse/ListBrowser.h"

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

QString caseTextOfTerm(const ListTerm& term)
{
    const QString definition = term.definition.trimmed();
    const QString quoted = QStringLiteral("\"%1\"").arg(term.term.trimmed());
    if (definition.startsWith(QLatin1String("means "), Qt::CaseInsensitive))
        return quoted + QLatin1Char(' ') + definition;
    return definition.isEmpty() ? quoted : quoted + QStringLiteral(": ") + definition;
}

Result<QString> caseTextOfTarget(Database& db, qint64 editionId, CaseTargetKind kind,
                                 const QString& code, const QString& name)
{
    if (kind == CaseTargetKind::Term) {
        auto term = ListBrowser(db).definedTerm(editionId, name);
        if (!term)
            return term.error();
        return caseTextOfTerm(term.value());
    }
    // An item or a note is the top of its own subtree: its text and whatever is under it.
    return caseTextOfEntry(db, editionId, code);
}

} // namespace paceline
