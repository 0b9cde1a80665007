#include "ComparisonExport.h"

#include "io/FileWriter.h"
#include "text/Redline.h"

namespace paceline {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

const char kStyle[] = R"(body{font-family:sans-serif;margin:2em;max-width:60em}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 8px;text-align:left}
td.n{text-align:right}h2{margin-top:1.5em}.change{margin:1em 0;padding-top:.5em;border-top:1px solid #ccc}
.code{font-family:monospace;font-weight:bold}.kind{font-style:italic;color:#444}
.redline{white-space:normal;margin:.3em 0 0 1.5em}
s{text-decoration:line-through}u{text-decoration:underline})";

QString summaryTable(const EditionComparison& cmp)
{
    QString h = QStringLiteral("<table><tr><th>Category</th><th>Title</th><th>Added</th>"
                               "<th>Removed</th><th>Changed</th></tr>\n");
    for (const CategoryCounts& c : cmp.categories)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=n>%3</td><td class=n>%4</td>"
                            "<td class=n>%5</td></tr>\n")
                 .arg(esc(c.code), esc(c.title))
                 .arg(c.added)
                 .arg(c.removed)
                 .arg(c.changed);
    h += QStringLiteral(
             "<tr><th colspan=2>Total</th><th>%1</th><th>%2</th><th>%3</th></tr></table>\n")
             .arg(cmp.count(ChangeKind::Added))
             .arg(cmp.count(ChangeKind::Removed))
             .arg(cmp.count(ChangeKind::Changed));
    return h;
}

} // namespace

QString fieldRedlinesHtml(const QList<FieldDiff>& diffs)
{
    QString h;
    for (const FieldDiff& d : diffs) {
        const QString label =
            d.field.isEmpty() ? QString() : QStringLiteral("<i>%1:</i> ").arg(esc(d.field));
        h += QStringLiteral("<div class=redline>%1%2</div>").arg(label, redlineHtml(d.segments));
    }
    return h;
}

namespace {

QString changeSection(const EditionComparison& cmp, const NodeChange& c)
{
    QString kind = changeKindName(c.kind);
    if (c.kind == ChangeKind::Changed)
        kind += QStringLiteral(" (%1)").arg(changedFieldNames(c.fields).join(QStringLiteral(", ")));
    return QStringLiteral(
               "<div class=change><span class=code>%1</span> <span class=kind>%2 %3</span>"
               "%4</div>\n")
        .arg(esc(c.code), esc(c.nodeKind), esc(kind), fieldRedlinesHtml(cmp.fieldDiffs(c)));
}

// A cell that starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe, so that a
// spreadsheet opening the comparison shows list text instead of evaluating it.
QString csvField(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QString s =
        !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text : text;
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QString comparisonTitle(const EditionComparison& cmp)
{
    return QStringLiteral("%1: %2 → %3").arg(cmp.to.listName, cmp.from.label, cmp.to.label);
}

QByteArray comparisonToHtml(const EditionComparison& cmp)
{
    QString h = QStringLiteral(
                    "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>\n<title>%1</title>\n"
                    "<style>%2</style></head><body>\n<h1>%1</h1>\n")
                    .arg(esc(comparisonTitle(cmp)), QLatin1String(kStyle));
    h += QStringLiteral(
             "<p>List <b>%1</b>. From <b>%2</b>%3 to <b>%4</b>%5. Typography %6. "
             "Deletions are struck through inside [- -]; insertions are underlined inside "
             "{+ +}.</p>\n")
             .arg(esc(cmp.to.listKey), esc(cmp.from.label),
                  cmp.from.date.isEmpty() ? QString()
                                          : QStringLiteral(" (%1)").arg(esc(cmp.from.date)),
                  esc(cmp.to.label),
                  cmp.to.date.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(cmp.to.date)),
                  cmp.options.ignoreTypography
                      ? QStringLiteral("ignored (quotes, spacing, line breaks)")
                      : QStringLiteral("counted"));
    h += QStringLiteral("<h2>Summary</h2>\n") + summaryTable(cmp);
    QString category;
    for (const NodeChange& c : cmp.changes) {
        if (c.category != category) {
            category = c.category;
            h += QStringLiteral("<h2>Category %1</h2>\n").arg(esc(category));
        }
        h += changeSection(cmp, c);
    }
    if (cmp.changes.isEmpty())
        h += QStringLiteral("<p>No differences.</p>\n");
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

QByteArray comparisonToCsv(const EditionComparison& cmp)
{
    QString out = QStringLiteral("code,category,change,old text,new text\r\n");
    for (const NodeChange& c : cmp.changes) {
        const EditionNode* a = cmp.oldNode(c);
        const EditionNode* b = cmp.newNode(c);
        out += csvField(c.code) + QLatin1Char(',') + csvField(c.category) + QLatin1Char(',') +
               changeKindName(c.kind) + QLatin1Char(',') +
               csvField(a ? nodeComparableText(*a) : QString()) + QLatin1Char(',') +
               csvField(b ? nodeComparableText(*b) : QString()) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Status exportComparisonHtml(const EditionComparison& cmp, const QString& path)
{
    return writeFileAtomically(path, comparisonToHtml(cmp));
}

Status exportComparisonCsv(const EditionComparison& cmp, const QString& path)
{
    return writeFileAtomically(path, comparisonToCsv(cmp));
}

} // namespace paceline
