#pragma once

#include "browse/BrowseTypes.h"
#include "browse/NavigationHistory.h"
#include "browser/EntryHtml.h"
#include "util/Result.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTextBrowser;
class QUrl;

namespace paceline {

class DatabaseSession;

// An entry as a readable document in a tab. Links are internal only: paceline-code: opens
// the code, paceline-term: shows the definition (tooltip on hover, side panel on click).
// Each tab keeps where it has been: Back and Forward (Alt+Left, Alt+Right, the mouse's side
// buttons) return to an entry at the place the reader left it.
class EntryView : public QWidget {
    Q_OBJECT
public:
    explicit EntryView(DatabaseSession* session, QWidget* parent = nullptr);

    // Shows the entry as a new place in this tab's history.
    Status showEntry(qint64 editionId, const QString& code);
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    bool goBack();
    bool goForward();
    qint64 editionId() const { return m_doc.edition.id; }
    QString rootCode() const
    {
        return m_doc.nodes.isEmpty() ? QString() : m_doc.nodes.first().code;
    }
    QString focusCode() const { return m_doc.focusCode; }
    QString tabTitle() const;
    const EntryDocument& document() const { return m_doc; }
    QTextBrowser* browser() const { return m_browser; }
    QString plainText() const;
    QString definitionText() const;

    // What a click on a link does; public so tests can follow links.
    void activateLink(const QUrl& url);
    QString toolTipFor(const QUrl& url) const;

signals:
    void openCodeRequested(qint64 editionId, const QString& code);
    void compareWithPreviousRequested(qint64 editionId, const QString& code);
    void proposeAmendmentRequested(qint64 editionId, const QString& code);
    void revealInTreeRequested(qint64 editionId, const QString& code);
    void statusMessage(const QString& message);
    // Back or Forward showed another entry in this tab.
    void navigated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Status load(qint64 editionId, const QString& code);
    bool showPlace(const NavigationHistory::Place& place);
    void updateNavigation();
    void render();
    void showDefinition(const QString& term);
    ListTerm termNamed(const QString& term) const;

    DatabaseSession* m_session;
    QTextBrowser* m_browser;
    QSplitter* m_split;
    QWidget* m_termPanel;
    QLabel* m_termTitle;
    QLabel* m_termScope;
    QTextBrowser* m_termText;
    EntryDocument m_doc;
    EntryHtmlOptions m_options;
    NavigationHistory m_history;
    QAction* m_back;
    QAction* m_forward;
};

} // namespace paceline
