#include "CaseTargetOptions.h"

#include "browse/ListBrowser.h"
#include "cases/CaseTarget.h"
#include "storage/Database.h"

namespace paceline {

namespace {

constexpr int kPreviewLength = 90;

QString preview(const QString& text)
{
    QString s = text.simplified();
    if (s.size() > kPreviewLength)
        s = s.left(kPreviewLength - 1).trimmed() + QStringLiteral("…");
    return s;
}

CaseTargetKind targetKindOfNode(const QString& nodeKind)
{
    if (nodeKind == QLatin1String("item") || nodeKind == QLatin1String("text"))
        return CaseTargetKind::Item;
    if (nodeKind == QLatin1String("note"))
        return CaseTargetKind::Note;
    return CaseTargetKind::Entry;
}

} // namespace

QString noteLabel(const QString& label, const QString& text)
{
    if (!label.trimmed().isEmpty())
        return label.trimmed();
    const QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.endsWith(QLatin1Char(':')) && first.size() <= 60 &&
        first.contains(QLatin1String("note"), Qt::CaseInsensitive))
        return first.chopped(1);
    return {};
}

Result<CaseTargetChoices> caseTargetChoices(Database& db, qint64 editionId, const QString& code)
{
    auto doc = ListBrowser(db).entry(editionId, code);
    if (!doc)
        return doc.error();
    CaseTargetChoices out;
    out.focusCode = doc->focusCode.isEmpty() ? code : doc->focusCode;
    for (const EntryNode& n : doc->nodes) {
        CaseTargetOption o;
        o.kind = n.depth == 0 ? CaseTargetKind::Entry : targetKindOfNode(n.kind);
        o.code = n.code;
        o.depth = n.depth;
        if (o.kind == CaseTargetKind::Note)
            o.name = noteLabel(n.label, n.text);
        o.title = caseTargetTitle(o.kind, o.code, o.name);
        o.preview = preview(n.title.isEmpty() ? n.text : n.title + QLatin1Char(' ') + n.text);
        if (n.depth == 0)
            out.entryCode = n.code;
        out.options.append(o);
    }
    for (const ListTerm& t : doc->terms) {
        CaseTargetOption o;
        o.kind = CaseTargetKind::Term;
        o.code = out.entryCode;
        o.name = t.term;
        o.title = caseTargetTitle(o.kind, o.code, o.name);
        o.preview = preview(t.definition);
        out.options.append(o);
    }
    return out;
}

Result<QList<ListTerm>> definedTermsOf(Database& db, qint64 editionId)
{
    auto q = db.prepare("SELECT term, definition, scope FROM term WHERE edition_id = ?1 "
                        "ORDER BY term COLLATE NOCASE, id");
    if (!q)
        return q.error();
    q->bind(1, editionId);
    QList<ListTerm> out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        out.append({r.text(0), r.text(1), r.text(2)});
    });
    if (!walked)
        return walked.error();
    return out;
}

} // namespace paceline
