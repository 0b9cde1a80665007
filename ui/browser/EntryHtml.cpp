#include "EntryHtml.h"

#include "browse/Citation.h"
#include "lists/CodeGrammar.h"
#include "lists/TermLinker.h"
#include "search/Sensitivity.h"

#include <QRegularExpression>

#include <algorithm>

namespace paceline {

namespace {

struct Span {
    qsizetype start = 0;
    qsizetype length = 0;
    QString html;
};

QString attributeName(const QString& key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("related_controls"), QObject::tr("Related controls")},
        {QStringLiteral("related_definitions"), QObject::tr("Related definitions")},
        {QStringLiteral("license_exceptions"), QObject::tr("Licence exceptions")},
        {QStringLiteral("text_status"), QObject::tr("Text status")},
        {QStringLiteral("wa_agreed"), QObject::tr("Agreed in Wassenaar")},
        {QStringLiteral("number_note"), QObject::tr("Numbering note")},
        {QStringLiteral("not-used-since"), QObject::tr("Not used since")},
    };
    QString name = names.value(key, key);
    name.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

// "SL" or "VSL" after a code on the Sensitive List; a link so that hovering says it in full.
QString sensitivityBadge(const QList<QPair<QString, QString>>& attributes)
{
    const Sensitivity s = sensitivityOf(attributes);
    if (s == Sensitivity::None)
        return {};
    QUrl url;
    url.setScheme(QLatin1String(kSensitivityScheme));
    url.setPath(sensitivityValue(s));
    const bool very = s == Sensitivity::VerySensitive;
    return QStringLiteral("&nbsp;<a href=\"%1\" title=\"%2\" style=\"text-decoration:none; "
                          "color:#ffffff; background-color:%3; font-size:small; "
                          "font-weight:bold;\">&nbsp;%4&nbsp;</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
             sensitivityToolTip(url).toHtmlEscaped(),
             very ? QStringLiteral("#8e1b1b") : QStringLiteral("#b45309"),
             very ? QStringLiteral("VSL") : QStringLiteral("SL"));
}

QString headOf(const EntryNode& n)
{
    if (!n.label.isEmpty())
        return n.label;
    return n.code.contains(QLatin1Char('~')) ? QString() : n.code;
}

QString noteBox(const QString& body, int indent, const QString& anchor, bool focus)
{
    const QString colour = focus ? QStringLiteral("#fff4c2") : QStringLiteral("#eef2f6");
    return QStringLiteral("<a name=\"%1\"></a><table width=\"100%\" cellpadding=\"6\" "
                          "style=\"margin-left:%2px; margin-top:4px; margin-bottom:4px; "
                          "background-color:%3;\"><tr><td>%4</td></tr></table>")
        .arg(anchor)
        .arg(indent)
        .arg(colour, body);
}

QString nodeHtml(const EntryNode& n, const QHash<QString, QString>& terms, bool focus)
{
    const int indent = 24 * std::max(0, n.depth - 1) + (n.depth > 0 ? 8 : 0);
    QString body;
    if (!n.title.isEmpty())
        body += QStringLiteral("<b>%1</b> ").arg(linkifiedHtml(n.title, terms));
    body += linkifiedHtml(n.text, terms);
    body.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    const QString anchor = nodeAnchor(n.id);
    if (n.kind == QLatin1String("note")) {
        static const QRegularExpression technical(QStringLiteral("^\\s*Technical Notes?"),
                                                  QRegularExpression::CaseInsensitiveOption);
        // The document's own head ("Note 2", "Technical Notes", "N.B.1") where the list gives it.
        const QString what = !n.label.isEmpty()                   ? n.label.toHtmlEscaped()
                             : technical.match(n.text).hasMatch() ? QObject::tr("Technical note")
                                                                  : QObject::tr("Note");
        return noteBox(
            QStringLiteral("<span style=\"color:#455a64; font-size:small;\">%1</span><br/>%2")
                .arg(what, body),
            indent, anchor, focus);
    }
    const QString head = headOf(n);
    const QString style = focus ? QStringLiteral(" background-color:#fff4c2;") : QString();
    return QStringLiteral("<a name=\"%1\"></a><p style=\"margin-left:%2px; margin-top:3px; "
                          "margin-bottom:3px;%3\">%4%5</p>")
        .arg(anchor)
        .arg(indent)
        .arg(style,
             head.isEmpty() ? sensitivityBadge(n.attributes)
                            : QStringLiteral("<b>%1</b>%2&nbsp; ")
                                  .arg(head.toHtmlEscaped(), sensitivityBadge(n.attributes)),
             body);
}

QString attributesHtml(const EntryNode& root, const QHash<QString, QString>& terms, bool expanded)
{
    QList<QPair<QString, QString>> attributes = root.attributes;
    attributes.removeIf(
        [](const auto& a) { return a.first == QLatin1String(kSensitivityAttribute); });
    if (attributes.isEmpty()) // the Sensitive List is the badge by the code
        return {};
    QStringList names;
    for (const auto& [key, value] : attributes)
        names << attributeName(key);
    QString html =
        QStringLiteral("<p style=\"margin-top:14px;\"><a href=\"%1:attributes\" "
                       "style=\"text-decoration:none;\">%2 %3</a></p>")
            .arg(QLatin1String(kToggleScheme), expanded ? QStringLiteral("▾") : QStringLiteral("▸"),
                 names.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!expanded)
        return html;
    for (const auto& [key, value] : attributes)
        html += QStringLiteral("<p style=\"margin-left:16px;\"><b>%1:</b> %2</p>")
                    .arg(attributeName(key).toHtmlEscaped(), linkifiedHtml(value, terms));
    return html;
}

QString childListHtml(const EntryDocument& doc, const QHash<QString, QString>& terms)
{
    QString html;
    for (const EntryNode& n : doc.nodes.mid(1)) {
        const QString title = n.title.isEmpty() ? n.text.left(240) : n.title;
        html += QStringLiteral("<p style=\"margin-left:8px;\"><a href=\"%1\">%2</a>%3&nbsp; %4</p>")
                    .arg(codeLink(n.code).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         n.code.toHtmlEscaped(), sensitivityBadge(n.attributes),
                         linkifiedHtml(title, terms));
    }
    return html;
}

} // namespace

QUrl codeLink(const QString& code)
{
    QUrl url;
    url.setScheme(QLatin1String(kCodeScheme));
    url.setPath(code);
    return url;
}

QUrl termLink(const QString& term)
{
    QUrl url;
    url.setScheme(QLatin1String(kTermScheme));
    url.setPath(term);
    return url;
}

QString sensitivityToolTip(const QUrl& badge)
{
    if (badge.scheme() != QLatin1String(kSensitivityScheme))
        return {};
    switch (sensitivityFromValue(badge.path())) {
    case Sensitivity::Sensitive:
        return QObject::tr("On the Wassenaar Sensitive List");
    case Sensitivity::VerySensitive:
        return QObject::tr("On the Wassenaar Very Sensitive List");
    case Sensitivity::None:
        break;
    }
    return {};
}

QString termWithScope(const ListTerm& term)
{
    return term.scope.isEmpty() ? term.term
                                : QStringLiteral("%1 \u2014 %2").arg(term.term, term.scope);
}

QString nodeAnchor(qint64 nodeId)
{
    return QStringLiteral("n%1").arg(nodeId);
}

QString linkifiedHtml(const QString& text, const QHash<QString, QString>& terms)
{
    static const QRegularExpression quoted(
        QStringLiteral("[\"\\x{201C}]([^\"\\x{201C}\\x{201D}\\n]{1,80})[\"\\x{201D}]|\\x{2018}([^"
                       "\\x{2018}\\x{2019}\\n]{1,80})\\x{2019}"));
    QList<Span> spans;
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int group = m.capturedLength(1) > 0 ? 1 : 2;
        QString phrase = m.captured(group);
        // "intrusion software." and "parts," keep their punctuation inside the quotes.
        while (!phrase.isEmpty() && QStringLiteral(".,;:").contains(phrase.back()))
            phrase.chop(1);
        const auto term = terms.constFind(TermLinker::normalise(phrase));
        if (term == terms.cend())
            continue;
        spans.append({m.capturedStart(group), phrase.size(),
                      QStringLiteral("<a href=\"%1\" style=\"color:#6a1b9a;\">%2</a>")
                          .arg(termLink(term.value()).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                               phrase.toHtmlEscaped())});
    }
    for (const CodeGrammar::Mention& m : CodeGrammar::mentions(text)) {
        const bool overlaps = std::any_of(spans.cbegin(), spans.cend(), [&](const Span& s) {
            return m.start < s.start + s.length && s.start < m.start + m.length;
        });
        if (!overlaps)
            spans.append({m.start, m.length,
                          QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(codeLink(m.code).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                   text.mid(m.start, m.length).toHtmlEscaped())});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    QString html;
    qsizetype at = 0;
    for (const Span& s : spans) {
        html += text.mid(at, s.start - at).toHtmlEscaped() + s.html;
        at = s.start + s.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

QString entryHtml(const EntryDocument& doc, const EntryHtmlOptions& options)
{
    if (doc.nodes.isEmpty())
        return {};
    QHash<QString, QString> terms;
    for (const ListTerm& t : doc.terms)
        terms.insert(TermLinker::normalise(t.term), t.term);
    const EntryNode& root = doc.nodes.first();
    const bool container =
        root.kind == QLatin1String("category") || root.kind == QLatin1String("group");
    QString html = QStringLiteral("<a name=\"%1\"></a><h2>%2%3&nbsp;&nbsp;%4</h2>")
                       .arg(nodeAnchor(root.id), root.code.toHtmlEscaped(),
                            sensitivityBadge(root.attributes), linkifiedHtml(root.title, terms));
    html += QStringLiteral("<p style=\"color:#555;\">%1 · %2<br/>%3 <i>%4</i></p>")
                .arg(doc.edition.listName.toHtmlEscaped(), doc.edition.label.toHtmlEscaped(),
                     QObject::tr("Cite as:"), citationFor(doc.edition, root.code).toHtmlEscaped());
    if (!root.reasons.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(QObject::tr("Reasons for control:"),
                         root.reasons.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!root.text.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(linkifiedHtml(root.text, terms)
                             .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    if (doc.itemsMissing) // a remark of ours, not the list's: no note box, no warning colour
        html += QStringLiteral("<p style=\"color:#555; font-style:italic;\">%1</p>")
                    .arg(QObject::tr("This edition has no items for %1 in its source.")
                             .arg(root.code)
                             .toHtmlEscaped());
    if (container) {
        html += childListHtml(doc, terms);
    } else {
        for (const EntryNode& n : doc.nodes.mid(1))
            html += nodeHtml(n, terms, n.code == doc.focusCode);
    }
    html += attributesHtml(root, terms, options.attributesExpanded);
    if (!doc.terms.isEmpty()) {
        QStringList links;
        for (const ListTerm& t : doc.terms)
            links << QStringLiteral("<a href=\"%1\" style=\"color:#6a1b9a;\">%2</a>")
                             .arg(termLink(t.term).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                  t.term.toHtmlEscaped()) +
                         (t.scope.isEmpty()
                              ? QString()
                              : QStringLiteral(" <span style=\"color:#555;\">(%1)</span>")
                                    .arg(t.scope.toHtmlEscaped()));
        html +=
            QStringLiteral("<p style=\"margin-top:14px;\"><b>%1</b> %2</p>")
                .arg(QObject::tr("Defined terms used here:"), links.join(QStringLiteral(" · ")));
    }
    return html;
}

} // namespace paceline
