#include "OverviewPage.h"

#include "cases/CaseTypes.h"
#include "session/DatabaseSession.h"
#include "stats/DatabaseStats.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paceline {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString editionsTable(const DatabaseStats& stats, const QLocale& locale)
{
    if (stats.editions.isEmpty())
        return OverviewPage::tr(
            "<p>No list editions yet. Use <b>File ▸ Import…</b> to add a <i>paceline.list</i> "
            "JSON file, a Wassenaar or EUR-Lex PDF, or <b>File ▸ Import Wassenaar Edition "
            "Folder…</b> for the Secretariat's Word chapter files of an edition.</p>");
    // Dates and counts never wrap: "2023-0/9" and "Item/s" read badly in a narrow window.
    QString html =
        QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>"
                       "<tr style='background:#e8ecf2'><th align='left'>%1</th>"
                       "<th align='left'>%2</th>"
                       "<th align='left' style='white-space:nowrap'>%3</th>"
                       "<th align='right' style='white-space:nowrap'>%4</th>"
                       "<th align='right' style='white-space:nowrap'>%5</th>"
                       "<th align='right' style='white-space:nowrap'>%6</th>"
                       "<th align='right' style='white-space:nowrap'>%7</th></tr>")
            .arg(OverviewPage::tr("List"), OverviewPage::tr("Edition"), OverviewPage::tr("Date"),
                 OverviewPage::tr("Entries"), OverviewPage::tr("Items"), OverviewPage::tr("Notes"),
                 OverviewPage::tr("Terms"));
    for (const EditionCounts& e : stats.editions) {
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td style='white-space:nowrap'>%3</td>"
                    "<td align='right'>%4</td><td align='right'>%5</td><td align='right'>%6</td>"
                    "<td align='right'>%7</td></tr>")
                    .arg(esc(e.listName), esc(e.editionLabel), esc(e.editionDate),
                         locale.toString(e.nodesByKind.value(QStringLiteral("entry"))),
                         locale.toString(e.nodesByKind.value(QStringLiteral("item"))),
                         locale.toString(e.nodesByKind.value(QStringLiteral("note"))),
                         locale.toString(e.terms));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

OverviewPage::OverviewPage(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new QTextBrowser(this))
{
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // It counts editions, timeline records and cases by status.
    connect(m_session, &DatabaseSession::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(ChangeSet::Lists | ChangeSet::Timeline | ChangeSet::Cases))
            reload();
    });
}

QString OverviewPage::plainText() const
{
    return m_view->toPlainText();
}

void OverviewPage::reload()
{
    if (!m_session->isOpen()) {
        m_view->setHtml(tr("<h2>No database open</h2><p>Use <b>File ▸ New database…</b> or "
                           "<b>File ▸ Open database…</b>.</p>"));
        return;
    }
    auto stats = collectStats(*m_session->database());
    if (!stats) {
        m_view->setPlainText(tr("Could not read the database: %1").arg(stats.error().toString()));
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2><p style='color:#555'>%2</p>")
                       .arg(esc(QFileInfo(m_session->path()).fileName()), esc(m_session->path()));
    html += tr("<h3>Control lists</h3>") + editionsTable(stats.value(), locale);
    html += tr("<h3>Innovation versus update</h3><p>%1 technologies, %2 milestones of their "
               "emergence and %3 control-list events (plenary decisions, rules, list updates) with "
               "sources and confidence ratings.</p>")
                .arg(locale.toString(stats->technologies), locale.toString(stats->milestones),
                     locale.toString(stats->events));
    QStringList byStatus;
    for (auto it = stats->casesByStatus.begin(); it != stats->casesByStatus.end(); ++it) {
        const auto status = caseStatusFromString(it.key());
        byStatus << QStringLiteral("%1 %2").arg(
            locale.toString(it.value()),
            esc(status ? caseStatusTitle(*status).toLower() : it.key()));
    }
    html +=
        tr("<h3>Amendment cases</h3><p>%1 cases%2. Double-click a case in the <b>Cases</b> "
           "panel below to read it.</p>")
            .arg(locale.toString(stats->cases),
                 byStatus.isEmpty() ? QString()
                                    : QStringLiteral(": ") + byStatus.join(QStringLiteral(", ")));
    html += tr("<h3>Getting started</h3><ul>"
               "<li><b>Lists</b> (left): expand a list down to its items, or type a code "
               "(<tt>4a5</tt>, <tt>5A001.j</tt>) or words (<tt>\"intrusion software\"</tt>) in "
               "the search field (Ctrl+F). Right-click an entry to compare it with the previous "
               "edition or to propose an amendment.</li>"
               "<li><b>View ▸ Compare Editions…</b> shows what changed between two editions; the "
               "<b>Inspector</b> (right) shows an entry's history and the same item in other "
               "lists.</li>"
               "<li><b>Charts</b> shows when technologies emerged against when the lists caught "
               "up, and how long that took.</li>"
               "<li><b>File ▸ Import…</b> adds <i>paceline.list</i> JSON, timeline CSV, eCFR XML, "
               "the Wassenaar Arrangement's official PDF or Word chapter files, EUR-Lex Annex I "
               "or another list published as PDF; <b>File ▸ Update from eCFR…</b> fetches new "
               "editions "
               "of the Commerce Control List. Imports run in the background and can be "
               "cancelled. The same works from a terminal: <tt>paceline-cli import FILE</tt>.</li>"
               "<li>List texts in the demo database are summaries written for Paceline, not "
               "official text.</li></ul>");
    m_view->setHtml(html);
}

} // namespace paceline
