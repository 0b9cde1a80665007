#include "SearchResultsModel.h"

namespace paceline {

namespace {

QString shortened(const QString& text, int length)
{
    const QString t = text.simplified();
    return t.size() > length ? t.left(length) + QChar(0x2026) : t;
}

QString kindLabel(const SearchHit& h)
{
    if (h.source == SearchHit::Source::Term)
        return QObject::tr("defined term");
    if (h.source == SearchHit::Source::Code)
        return QObject::tr("%1 · code match").arg(h.kind);
    return h.kind;
}

// "SL" / "VSL" after the code of a hit on the Sensitive List (styled by RichTextDelegate).
QString badge(Sensitivity s)
{
    if (s == Sensitivity::None)
        return {};
    return s == Sensitivity::VerySensitive
               ? QStringLiteral(" <span class=\"vsl\"><b>&nbsp;VSL&nbsp;</b></span>")
               : QStringLiteral(" <span class=\"sl\"><b>&nbsp;SL&nbsp;</b></span>");
}

} // namespace

void SearchResultsModel::setResults(const SearchResults& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResults({});
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.hits.size());
}

QString SearchResultsModel::markedToHtml(const QString& marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(kMatchStart, QStringLiteral("<span class=\"match\">"));
    html.replace(kMatchEnd, QStringLiteral("</span>"));
    // A snippet cut inside a match leaves a span open; QTextDocument closes it at the end.
    return html;
}

QString SearchResultsModel::markersRemoved(QString marked)
{
    return marked.remove(kMatchStart).remove(kMatchEnd);
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SearchHit& h = m_results.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.code + QStringLiteral("  ") + markersRemoved(h.title).simplified();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 — %2").arg(h.listName, h.editionLabel);
        if (h.sensitivity == Sensitivity::VerySensitive)
            tip += QLatin1Char('\n') + tr("On the Wassenaar Very Sensitive List");
        else if (h.sensitivity == Sensitivity::Sensitive)
            tip += QLatin1Char('\n') + tr("On the Wassenaar Sensitive List");
        return tip;
    }
    case HtmlRole: {
        // Notes and text blocks have synthetic codes ("4D004~4"): show the entry's code.
        const QString code =
            h.code.contains(QLatin1Char('~')) ? h.code.section(QLatin1Char('~'), 0, 0) : h.code;
        QString html = QStringLiteral("<b>%1</b>%2 <span class=\"meta\">%3 · %4</span>")
                           .arg(code.toHtmlEscaped(), badge(h.sensitivity),
                                kindLabel(h).toHtmlEscaped(), h.listName.toHtmlEscaped());
        if (h.source != SearchHit::Source::Term) // a term's title is the term itself
            html += QStringLiteral("<br/>") + markedToHtml(shortened(h.title, 220));
        // An item without a title shows its text as the title: no need to repeat it.
        if (!h.snippet.isEmpty() && markersRemoved(h.snippet) != markersRemoved(h.title))
            html += QStringLiteral("<br/><span class=\"snippet\">%1</span>")
                        .arg(markedToHtml(shortened(h.snippet, 220)));
        return html;
    }
    case EditionIdRole:
        return h.editionId;
    case CodeRole:
        return h.code;
    case KindRole:
        return h.kind;
    case SourceRole:
        return static_cast<int>(h.source);
    case ListNameRole:
        return h.listName;
    default:
        return {};
    }
}

} // namespace paceline
