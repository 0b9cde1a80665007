// HTML and Markdown renderings of a proposal (ProposalDocument.h).
#include "cases/CaseTarget.h"
#include "report/ProposalDocument.h"
#include "report/ProposalSections.h"
#include "text/ReadableDiff.h"
#include "text/Redline.h"
#include "text/WordDiff.h"

#include <QRegularExpression>

namespace paceline {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// List codes ("4.A.5", "5A002.a.1") are never broken across lines: Qt's line breaking would
// break after any of their dots, so a word joiner (U+2060, invisible, not copied as a space)
// follows each dot inside a code.
QString keepCodesWhole(const QString& escaped)
{
    static const QRegularExpression code(
        QStringLiteral("(?<![\\w.])\\d[0-9A-Za-z]*(?:\\.[0-9A-Za-z]+)+"));
    QString out;
    qsizetype done = 0;
    for (auto it = code.globalMatch(escaped); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += escaped.mid(done, m.capturedStart() - done);
        QString whole = m.captured();
        whole.replace(QLatin1Char('.'), QStringLiteral(".\u2060"));
        out += whole;
        done = m.capturedEnd();
    }
    return out + escaped.mid(done);
}

// Case text keeps its line breaks; QTextDocument ignores white-space:pre-wrap on <p>.
// Leading spaces show the depth of list items; keep them as non-breaking spaces.
QString paragraphs(const QString& s)
{
    QString html;
    for (const QString& para : s.split(QStringLiteral("\n\n"))) {
        QStringList lines;
        for (const QString& line : para.split(QLatin1Char('\n'))) {
            qsizetype indent = 0;
            while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
                ++indent;
            lines << QStringLiteral("&nbsp;").repeated(indent) +
                         keepCodesWhole(esc(line.mid(indent)));
        }
        html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br/>")));
    }
    return html;
}

QString targetLine(const CaseRecord& c)
{
    QString t = caseKindTitle(c.kind);
    if (const QString target = caseTargetTitle(c); !target.isEmpty())
        t += QStringLiteral(" · ") + target;
    if (!c.listKey.isEmpty())
        t += QStringLiteral(" · list ") + c.listKey;
    if (!c.editionLabel.isEmpty())
        t += QStringLiteral(" · base edition “%1”").arg(c.editionLabel);
    return t;
}

QString commentLine(const CaseComment& c)
{
    QString line =
        QStringLiteral("%1%2, %3")
            .arg(c.author,
                 c.organisation.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.organisation),
                 c.createdAt.left(10));
    if (!c.anchorText.isEmpty())
        line += QStringLiteral(", on “%1”%2")
                    .arg(c.anchorText, c.outdated ? QStringLiteral(" (outdated)") : QString());
    if (!c.resolvedAt.isEmpty())
        line += QStringLiteral(" [resolved]");
    return line + QStringLiteral(": ") + c.body;
}

} // namespace

QString proposalHtml(const ProposalData& p)
{
    const CaseRecord& c = p.record;
    const auto diff = wordDiff(c.baseText, c.proposedText);
    const DiffCounts counts = countWords(diff);
    QString h = QStringLiteral("<html><head><meta charset='utf-8'><title>%1</title></head><body "
                               "style='font-family:serif'>")
                    .arg(esc(c.title));
    h += QStringLiteral("<p style='font-size:small;color:#555'>AMENDMENT PROPOSAL · case %1</p>")
             .arg(esc(c.uuid));
    h += QStringLiteral("<h1>%1</h1>").arg(keepCodesWhole(esc(c.title)));
    h += QStringLiteral("<table cellpadding='3' border='0'>");
    auto row = [&h](const char* label, const QString& value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                 .arg(QString::fromUtf8(label), keepCodesWhole(esc(value)));
    };
    row("Target", targetLine(c));
    row("Author", c.organisation.isEmpty()
                      ? c.author
                      : QStringLiteral("%1, %2").arg(c.author, c.organisation));
    row("Status",
        QStringLiteral("%1 (revision %2)").arg(caseStatusTitle(c.status)).arg(c.revision));
    row("Created", c.createdAt.left(10));
    row("Last changed", c.updatedAt.left(10));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>1. Current text</h2>");
    h += c.baseText.isEmpty() ? QStringLiteral("<p><i>(none: a new entry)</i></p>")
                              : paragraphs(c.baseText);
    h += QStringLiteral("<h2>2. Proposed text</h2>") + paragraphs(c.proposedText);
    h += QStringLiteral(
             "<h2>3. Redline</h2><p style='font-size:small'>Deletions are struck through inside "
             "[- -]; insertions are underlined inside {+ +}; a changed number reads [old → "
             "new]. %1 word(s) inserted, %2 deleted.</p>")
             .arg(counts.insertedWords)
             .arg(counts.deletedWords);
    h += QStringLiteral("<p>%1</p>").arg(keepCodesWhole(redlineHtml(readableDiff(diff))));
    h += QStringLiteral("<h2>4. Justification</h2>");
    for (const auto& [title, text] : justificationSections(p))
        h += QStringLiteral("<h3>%1</h3>").arg(esc(title)) + paragraphs(text);
    h += QStringLiteral("<h2>5. Sources</h2>");
    if (p.justification.sources.isEmpty())
        h += QStringLiteral("<p><i>None given.</i></p>");
    else {
        h += QStringLiteral("<ol>");
        for (const CaseSource& s : p.justification.sources)
            h +=
                QStringLiteral(
                    "<li>%1<br/><span style='font-family:monospace;font-size:small'>%2</span></li>")
                    .arg(esc(s.title), esc(s.url));
        h += QStringLiteral("</ol>");
    }
    h += QStringLiteral("<h2>6. Review status</h2><p>%1</p>").arg(esc(reviewSummary(p)));
    if (!p.history.isEmpty()) {
        h += QStringLiteral("<h3>Status history</h3><ul>");
        for (const CaseStatusChange& s : p.history)
            h += QStringLiteral("<li>%1</li>").arg(esc(statusChangeLine(s)));
        h += QStringLiteral("</ul>");
    }
    if (!p.comments.isEmpty()) {
        h += QStringLiteral("<h3>Review comments</h3><ul>");
        for (const CaseComment& cm : p.comments)
            h += QStringLiteral("<li style='margin-left:%1px'>%2</li>")
                     .arg(cm.parentUuid.isEmpty() ? 0 : 24)
                     .arg(esc(commentLine(cm)));
        h += QStringLiteral("</ul>");
    }
    return h + QStringLiteral("</body></html>");
}

QString proposalMarkdown(const ProposalData& p)
{
    const CaseRecord& c = p.record;
    const auto diff = wordDiff(c.baseText, c.proposedText);
    auto quote = [](const QString& text) {
        QString out;
        for (const QString& line : text.split(QLatin1Char('\n')))
            out += QStringLiteral("> ") + line + QLatin1Char('\n');
        return out;
    };
    QString m = QStringLiteral("# %1\n\n").arg(c.title);
    m += QStringLiteral("- **Target:** %1\n- **Author:** %2%3\n- **Status:** %4 (revision %5)\n- "
                        "**Case:** %6\n\n")
             .arg(targetLine(c), c.author,
                  c.organisation.isEmpty() ? QString() : QStringLiteral(", ") + c.organisation,
                  caseStatusTitle(c.status), QString::number(c.revision), c.uuid);
    m += QStringLiteral("## 1. Current text\n\n") +
         (c.baseText.isEmpty() ? QStringLiteral("*(none: a new entry)*\n") : quote(c.baseText));
    m += QStringLiteral("\n## 2. Proposed text\n\n") + quote(c.proposedText);
    m += QStringLiteral("\n## 3. Redline\n\nDeletions inside `[- -]`, insertions inside `{+ "
                        "+}`, a changed number `[old → new]`.\n\n```text\n%1\n```\n")
             .arg(redlinePlain(readableDiff(diff)));
    m += QStringLiteral("\n## 4. Justification\n");
    for (const auto& [title, text] : justificationSections(p))
        m += QStringLiteral("\n### %1\n\n%2\n").arg(title, text);
    m += QStringLiteral("\n## 5. Sources\n\n");
    int n = 0;
    for (const CaseSource& s : p.justification.sources)
        m += QStringLiteral("%1. %2 <%3>\n").arg(++n).arg(s.title, s.url);
    m += QStringLiteral("\n## 6. Review status\n\n%1\n").arg(reviewSummary(p));
    for (const CaseStatusChange& s : p.history)
        m += QStringLiteral("- %1\n").arg(statusChangeLine(s));
    if (!p.comments.isEmpty()) {
        m += QStringLiteral("\n### Review comments\n\n");
        for (const CaseComment& cm : p.comments)
            m += (cm.parentUuid.isEmpty() ? QStringLiteral("- ") : QStringLiteral("    - ")) +
                 commentLine(cm) + QLatin1Char('\n');
    }
    return m;
}

} // namespace paceline
