#include "CaseSummaryView.h"

#include "cases/CaseStore.h"

#include <QJsonArray>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paceline {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString para(const QString& s)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(esc(s));
}

QString justificationHtml(const QJsonObject& j)
{
    static const std::pair<const char*, const char*> fields[] = {
        {"technology", QT_TRANSLATE_NOOP("CaseSummaryView", "Technology")},
        {"why_now", QT_TRANSLATE_NOOP("CaseSummaryView", "Why now")},
        {"foreign_availability", QT_TRANSLATE_NOOP("CaseSummaryView", "Foreign availability")},
        {"specifiability", QT_TRANSLATE_NOOP("CaseSummaryView", "Can it be specified clearly?")},
        {"legitimate_use", QT_TRANSLATE_NOOP("CaseSummaryView", "Effect on legitimate use")},
        {"licensing_impact", QT_TRANSLATE_NOOP("CaseSummaryView", "Licensing and enforcement")},
        {"consultations", QT_TRANSLATE_NOOP("CaseSummaryView", "Consultations")},
    };
    QString html;
    for (const auto& [key, title] : fields) {
        const QString value = j.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            html += QStringLiteral("<h4>%1</h4>").arg(CaseSummaryView::tr(title)) + para(value);
    }
    const QJsonArray sources = j.value(QLatin1String("sources")).toArray();
    if (!sources.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(CaseSummaryView::tr("Sources"));
        for (const QJsonValue& v : sources) {
            const QJsonObject s = v.toObject();
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(esc(s.value(QLatin1String("title")).toString()),
                             esc(s.value(QLatin1String("url")).toString()));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

CaseSummaryView::CaseSummaryView(Database& db, qint64 caseId, QWidget* parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
{
    m_view->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    CaseStore store(db);
    auto c = store.load(caseId);
    if (!c) {
        m_view->setPlainText(tr("Could not read the case: %1").arg(c.error().toString()));
        return;
    }
    m_title = c->title;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(c->title));
    html += tr("<p><b>%1</b> · %2 · target <b>%3</b> in %4, edition “%5” · by %6</p>")
                .arg(esc(caseStatusTitle(c->status)), esc(caseKindTitle(c->kind)), esc(c->targetCode),
                     esc(c->listKey), esc(c->editionLabel), esc(c->author));
    html += tr("<h3>Current text</h3>") + para(c->baseText.isEmpty() ? tr("(none: a new entry)") : c->baseText);
    html += tr("<h3>Proposed text</h3>") + para(c->proposedText);
    html += tr("<h3>Justification</h3>") + justificationHtml(c->justification);
    if (!c->notes.isEmpty())
        html += tr("<h3>Notes</h3>") + para(c->notes);

    if (auto history = store.statusHistory(caseId); history && !history->isEmpty()) {
        html += tr("<h3>Status history</h3><ul>");
        for (const CaseStatusChange& h : history.value())
            html += tr("<li>%1: %2 → %3 by %4%5</li>")
                        .arg(esc(h.at.left(10)), esc(caseStatusTitle(h.from)), esc(caseStatusTitle(h.to)),
                             esc(h.actor), h.reason.isEmpty() ? QString() : QStringLiteral(" — ") + esc(h.reason));
        html += QStringLiteral("</ul>");
    }
    if (auto comments = store.comments(caseId); comments && !comments->isEmpty()) {
        html += tr("<h3>Review comments</h3>");
        for (const CaseComment& cm : comments.value()) {
            html += QStringLiteral("<p style='margin-left:%1px'><b>%2</b> (%3, %4)%5<br/>%6%7</p>")
                        .arg(cm.parentUuid.isEmpty() ? 0 : 24)
                        .arg(esc(cm.author), esc(cm.organisation), esc(cm.createdAt.left(10)),
                             cm.resolvedAt.isEmpty() ? QString() : tr(" — resolved"),
                             cm.anchorText.isEmpty() ? QString()
                                                     : QStringLiteral("<i>on “%1”</i><br/>").arg(esc(cm.anchorText)),
                             esc(cm.body));
        }
    }
    if (auto signoffs = store.signoffs(caseId); signoffs && !signoffs->isEmpty()) {
        html += tr("<h3>Sign-offs</h3><ul>");
        for (const CaseSignoff& s : signoffs.value())
            html += QStringLiteral("<li>%1 (%2): <b>%3</b> %4 — %5</li>")
                        .arg(esc(s.reviewer), esc(s.organisation),
                             s.approve ? tr("approved") : tr("requested changes"), esc(s.createdAt.left(10)),
                             esc(s.comment));
        html += QStringLiteral("</ul>");
    }
    m_view->setHtml(html);
}

QString CaseSummaryView::plainText() const
{
    return m_view->toPlainText();
}

} // namespace paceline
