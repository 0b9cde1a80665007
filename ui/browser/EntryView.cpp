#include "EntryView.h"

#include "browse/Citation.h"
#include "browse/ListBrowser.h"
#include "lists/TermLinker.h"
#include "text/Excerpt.h"
#include "session/DatabaseSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QKeySequence>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace paceline {

EntryView::EntryView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_browser(new QTextBrowser(this))
    , m_split(new QSplitter(this))
    , m_termPanel(new QWidget(this))
    , m_termTitle(new QLabel(m_termPanel))
    , m_termScope(new QLabel(m_termPanel))
    , m_termText(new QTextBrowser(m_termPanel))
{
    // Links never leave the program: no file:, no http: opened by the widget itself.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(16);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &EntryView::activateLink);
    connect(m_browser, &QTextBrowser::highlighted, this, [this](const QUrl& url) {
        const QString tip = toolTipFor(url);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tip, m_browser);
    });

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back = toolbar->addAction(tr("\u25C0 Back"), this, &EntryView::goBack);
    m_forward = toolbar->addAction(tr("Forward \u25B6"), this, &EntryView::goForward);
    // Alt+Left and Alt+Right as in every browser, and the keyboards' own Back and Forward keys.
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_back->setToolTip(tr("Back to the entry before (%1)")
                           .arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setToolTip(
        tr("Forward again (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    // Added to the view too, so that the keys work wherever the focus is inside this tab.
    for (QAction* a : {m_back, m_forward}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    toolbar->addSeparator();
    // The mouse's side buttons go back and forward, as in a web browser.
    m_browser->viewport()->installEventFilter(this);
    updateNavigation();
    // Short labels, so that every action fits a tab beside two docks at 1280 pixels; the
    // tooltips say the rest.
    QAction* cite = toolbar->addAction(tr("Cite"), this, [this] {
        QApplication::clipboard()->setText(citationFor(m_doc.edition, m_doc.focusCode));
        emit statusMessage(tr("Copied: %1").arg(citationFor(m_doc.edition, m_doc.focusCode)));
    });
    cite->setToolTip(tr("Copy the citation of this entry to the clipboard"));
    QAction* reveal = toolbar->addAction(
        tr("In Tree"), this, [this] { emit revealInTreeRequested(editionId(), m_doc.focusCode); });
    reveal->setToolTip(tr("Show this entry in the Lists tree"));
    QAction* compare = toolbar->addAction(tr("Compare"), this, [this] {
        emit compareWithPreviousRequested(editionId(), rootCode());
    });
    compare->setToolTip(tr("Compare this entry with the previous edition of its list"));
    // The node the view was opened on (an item, say) is where the target chooser starts.
    QAction* propose = toolbar->addAction(tr("Propose Amendment…"), this, [this] {
        emit proposeAmendmentRequested(editionId(),
                                       focusCode().isEmpty() ? rootCode() : focusCode());
    });
    propose->setToolTip(tr("Start a case that amends this entry, one of its items or notes, or "
                           "a defined term, from its current text"));

    // The definition panel opens when a defined term is clicked.
    m_termText->setOpenLinks(false);
    m_termTitle->setTextFormat(Qt::PlainText);
    m_termTitle->setWordWrap(true);
    QFont bold = m_termTitle->font();
    bold.setBold(true);
    m_termTitle->setFont(bold);
    m_termScope->setTextFormat(Qt::PlainText);
    m_termScope->setWordWrap(true);
    m_termScope->setForegroundRole(QPalette::PlaceholderText);
    auto* close = new QToolButton(m_termPanel);
    close->setText(tr("Close"));
    connect(close, &QToolButton::clicked, m_termPanel, &QWidget::hide);
    auto* termLayout = new QVBoxLayout(m_termPanel);
    termLayout->setContentsMargins(6, 6, 6, 6);
    termLayout->addWidget(m_termTitle);
    termLayout->addWidget(m_termScope);
    termLayout->addWidget(m_termText, 1);
    termLayout->addWidget(close, 0, Qt::AlignRight);
    m_termPanel->hide();

    m_termPanel->setMinimumWidth(220);
    m_split->addWidget(m_browser);
    m_split->addWidget(m_termPanel);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_split, 1);
}

Status EntryView::showEntry(qint64 editionId, const QString& code)
{
    m_history.setCurrentScroll(m_browser->verticalScrollBar()->value());
    if (Status s = load(editionId, code); !s)
        return s;
    m_history.visit({editionId, m_doc.focusCode, 0});
    updateNavigation();
    return {};
}

bool EntryView::goBack()
{
    if (!m_history.canGoBack())
        return false;
    m_history.setCurrentScroll(m_browser->verticalScrollBar()->value());
    return showPlace(m_history.back());
}

bool EntryView::goForward()
{
    if (!m_history.canGoForward())
        return false;
    m_history.setCurrentScroll(m_browser->verticalScrollBar()->value());
    return showPlace(m_history.forward());
}

bool EntryView::showPlace(const NavigationHistory::Place& place)
{
    updateNavigation();
    if (Status s = load(place.editionId, place.code); !s) {
        emit statusMessage(tr("Cannot open %1: %2").arg(place.code, s.error().toString()));
        return false;
    }
    m_browser->verticalScrollBar()->setValue(place.scroll);
    emit navigated();
    return true;
}

void EntryView::updateNavigation()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}

bool EntryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto button = static_cast<QMouseEvent*>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            if (button == Qt::BackButton)
                goBack();
            else
                goForward();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

Status EntryView::load(qint64 editionId, const QString& code)
{
    if (!m_session->isOpen())
        return makeError(tr("no database is open"));
    auto doc = ListBrowser(*m_session->database()).entry(editionId, code);
    if (!doc)
        return doc.error();
    m_doc = std::move(doc.value());
    render();
    for (const EntryNode& n : m_doc.nodes)
        if (n.code == m_doc.focusCode && n.depth > 0)
            m_browser->scrollToAnchor(nodeAnchor(n.id));
    return {};
}

void EntryView::render()
{
    m_browser->setHtml(entryHtml(m_doc, m_options));
}

QString EntryView::tabTitle() const
{
    return rootCode();
}

QString EntryView::plainText() const
{
    return m_browser->toPlainText();
}

QString EntryView::definitionText() const
{
    if (m_termPanel->isHidden())
        return {};
    const QString scope =
        m_termScope->isHidden() ? QString() : m_termScope->text() + QLatin1Char('\n');
    return m_termTitle->text() + QLatin1Char('\n') + scope + m_termText->toPlainText();
}

ListTerm EntryView::termNamed(const QString& term) const
{
    const QString key = TermLinker::normalise(term);
    for (const ListTerm& t : m_doc.terms)
        if (TermLinker::normalise(t.term) == key)
            return t;
    return {};
}

QString EntryView::toolTipFor(const QUrl& url) const
{
    if (url.scheme() == QLatin1String(kTermScheme)) {
        const ListTerm t = termNamed(url.path());
        // Rich text on purpose, so that the escaped definition is shown as text.
        return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
            .arg(termWithScope({url.path(), {}, t.scope}).toHtmlEscaped(),
                 excerptAtWord(t.definition, 800).toHtmlEscaped());
    }
    if (url.scheme() == QLatin1String(kSensitivityScheme))
        return sensitivityToolTip(url).toHtmlEscaped();
    if (url.scheme() == QLatin1String(kCodeScheme))
        return tr("Open %1").arg(url.path()).toHtmlEscaped();
    return {};
}

void EntryView::showDefinition(const QString& term)
{
    const ListTerm t = termNamed(term);
    m_termTitle->setText(tr("Definition of \u201c%1\u201d").arg(term));
    m_termScope->setText(tr("Defined term \u2014 %1").arg(t.scope));
    m_termScope->setVisible(!t.scope.isEmpty());
    m_termText->setPlainText(t.definition);
    const bool opening = m_termPanel->isHidden();
    m_termPanel->show();
    // A definition reads in a column of about 40 characters, not in a sliver.
    if (opening) {
        const int total = m_split->width();
        const int panel = std::min(std::max(total / 3, 320), total / 2);
        m_split->setSizes({total - panel, panel});
    }
}

void EntryView::activateLink(const QUrl& url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String(kTermScheme)) {
        showDefinition(url.path());
    } else if (scheme == QLatin1String(kSensitivityScheme)) {
        emit statusMessage(sensitivityToolTip(url));
    } else if (scheme == QLatin1String(kToggleScheme)) {
        m_options.attributesExpanded = !m_options.attributesExpanded;
        const int scroll = m_browser->verticalScrollBar()->value();
        render();
        m_browser->verticalScrollBar()->setValue(scroll);
    } else if (scheme == QLatin1String(kCodeScheme) && m_session->isOpen()) {
        auto target = ListBrowser(*m_session->database()).resolveReference(editionId(), url.path());
        if (!target)
            emit statusMessage(target.error().toString());
        else if (!target->has_value())
            emit statusMessage(tr("%1 is not in any loaded list.").arg(url.path()));
        else
            emit openCodeRequested(target->value().editionId, target->value().code);
    } else {
        emit statusMessage(tr("Links of this kind are not opened: %1").arg(url.toDisplayString()));
    }
}

} // namespace paceline
