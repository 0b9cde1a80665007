#include "BrowserController.h"

#include "browse/ListBrowser.h"
#include "browser/BrowserPanel.h"
#include "browser/EntryHtml.h"
#include "browser/EntryView.h"
#include "session/DatabaseSession.h"

#include <QTabWidget>
#include <QTextBrowser>

namespace paceline {

BrowserController::BrowserController(DatabaseSession* session, QTabWidget* tabs,
                                     BrowserPanel* panel, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_panel(panel)
{
    connect(panel, &BrowserPanel::openEntryRequested, this, &BrowserController::openEntry);
    connect(panel, &BrowserPanel::openTermRequested, this, &BrowserController::openTerm);
    connect(panel, &BrowserPanel::compareWithPreviousRequested, this,
            &BrowserController::compareWithPreviousRequested);
    connect(panel, &BrowserPanel::proposeAmendmentRequested, this,
            &BrowserController::proposeAmendmentRequested);
    connect(panel, &BrowserPanel::statusMessage, this, &BrowserController::statusMessage);
    connect(tabs, &QTabWidget::currentChanged, this, &BrowserController::announceCurrent);
}

void BrowserController::announceCurrent()
{
    auto* view = qobject_cast<EntryView*>(m_tabs->currentWidget());
    if (!view || view->editionId() == 0)
        return; // another kind of tab: the inspector keeps what it shows
    m_shownView = view;
    m_shownEditionId = view->editionId();
    m_shownCode = view->rootCode();
    emit entryShown(m_shownEditionId, m_shownCode);
}

void BrowserController::onViewDestroyed(QObject* view)
{
    if (view != m_shownView)
        return;
    m_shownView = nullptr;
    // The tab widget picks the next current tab only once the view is gone.
    QMetaObject::invokeMethod(
        this,
        [this, editionId = m_shownEditionId, code = m_shownCode] {
            if (qobject_cast<EntryView*>(m_tabs->currentWidget()))
                announceCurrent();
            else if (!m_shownView)
                emit entryClosed(editionId, code);
        },
        Qt::QueuedConnection);
}

EntryView* BrowserController::newEntryView()
{
    auto* view = new EntryView(m_session, m_tabs);
    connect(view, &QObject::destroyed, this, &BrowserController::onViewDestroyed);
    connect(view, &EntryView::openCodeRequested, this,
            [this, view](qint64 editionId, const QString& code) {
                // A link navigates inside its tab, unless that entry is open elsewhere.
                if (EntryView* open = findEntryTab(editionId, code); open && open != view) {
                    m_tabs->setCurrentWidget(open);
                    return;
                }
                if (Status s = view->showEntry(editionId, code); !s) {
                    emit statusMessage(s.error().toString());
                    return;
                }
                retitle(view);
                if (m_tabs->currentWidget() == view)
                    announceCurrent();
            });
    connect(view, &EntryView::navigated, this, [this, view] {
        retitle(view);
        if (m_tabs->currentWidget() == view)
            announceCurrent();
    });
    connect(view, &EntryView::compareWithPreviousRequested, this,
            &BrowserController::compareWithPreviousRequested);
    connect(view, &EntryView::proposeAmendmentRequested, this,
            &BrowserController::proposeAmendmentRequested);
    connect(view, &EntryView::revealInTreeRequested, m_panel, &BrowserPanel::revealInTree);
    connect(view, &EntryView::statusMessage, this, &BrowserController::statusMessage);
    return view;
}

EntryView* BrowserController::findEntryTab(qint64 editionId, const QString& code) const
{
    if (!m_session->isOpen())
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* view = qobject_cast<EntryView*>(m_tabs->widget(i));
        if (!view || view->editionId() != editionId)
            continue;
        for (const EntryNode& n : view->document().nodes)
            if (n.code == code)
                return view;
    }
    return nullptr;
}

void BrowserController::retitle(EntryView* view)
{
    const int index = m_tabs->indexOf(view);
    m_tabs->setTabText(index, view->tabTitle());
    const EntryDocument& doc = view->document();
    m_tabs->setTabToolTip(index,
                          QStringLiteral("%1 — %2\n%3")
                              .arg(view->rootCode(), doc.edition.listName, doc.edition.label));
}

EntryView* BrowserController::openEntry(qint64 editionId, const QString& code, bool newTab)
{
    EntryView* view = newTab ? nullptr : findEntryTab(editionId, code);
    if (view && view->focusCode() == code) {
        if (m_tabs->currentWidget() == view)
            announceCurrent(); // the inspector may show a comparison's entry meanwhile
        else
            m_tabs->setCurrentWidget(view);
        return view;
    }
    if (!view && !newTab)
        view = qobject_cast<EntryView*>(m_tabs->currentWidget());
    const bool created = view == nullptr;
    if (created)
        view = newEntryView();
    if (Status s = view->showEntry(editionId, code); !s) {
        emit statusMessage(tr("Cannot open %1: %2").arg(code, s.error().toString()));
        if (created)
            delete view;
        return nullptr;
    }
    if (created)
        m_tabs->addTab(view, view->tabTitle());
    retitle(view);
    // Another tab becoming current announces itself; a current tab that navigated does not.
    if (m_tabs->currentWidget() == view)
        announceCurrent();
    else
        m_tabs->setCurrentWidget(view);
    return view;
}

void BrowserController::openTerm(qint64 editionId, const QString& term)
{
    if (!m_session->isOpen())
        return;
    ListBrowser browser(*m_session->database());
    auto edition = browser.edition(editionId);
    if (!edition)
        return;
    auto* view = new QTextBrowser(m_tabs);
    view->setOpenLinks(false);
    view->setObjectName(QStringLiteral("termDefinition"));
    view->document()->setDocumentMargin(16);
    // Codes named in a definition open their entry, like links in an entry.
    connect(view, &QTextBrowser::anchorClicked, this, [this, editionId](const QUrl& url) {
        if (url.scheme() != QLatin1String(kCodeScheme) || !m_session->isOpen())
            return;
        auto target = ListBrowser(*m_session->database()).resolveReference(editionId, url.path());
        if (target && target->has_value())
            openEntry(target->value().editionId, target->value().code, false);
        else
            emit statusMessage(tr("%1 is not in any loaded list.").arg(url.path()));
    });
    m_tabs->setCurrentIndex(m_tabs->addTab(view, term));
    auto defined = browser.definedTerm(editionId, term);
    // "Defined term — Cat 2, 6; ML 8" when the list says where the definition applies.
    const QString what = defined && !defined->scope.isEmpty()
                             ? tr("Defined term \u2014 %1").arg(defined->scope)
                             : tr("Defined term");
    // The definition is imported text: escaped, with code references as links.
    view->setHtml(QStringLiteral("<h2>%1</h2><p style=\"color:#555;\">%2 · %3 · %4</p><p>%5</p>")
                      .arg(term.toHtmlEscaped(), what.toHtmlEscaped(),
                           edition->listName.toHtmlEscaped(), edition->label.toHtmlEscaped(),
                           defined ? linkifiedHtml(defined->definition, {})
                                   : defined.error().toString().toHtmlEscaped()));
}

} // namespace paceline
