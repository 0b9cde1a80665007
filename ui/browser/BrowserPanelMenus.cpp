#include "BrowserPanel.h"

#include "browse/Citation.h"
#include "browse/ListBrowser.h"
#include "browser/ListTreeModel.h"
#include "browser/SearchResultsModel.h"
#include "session/DatabaseSession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>

// The browser panel's context menus and their keyboard shortcuts.
namespace paceline {

namespace {
const QKeySequence kCitationKeys(QObject::tr("Ctrl+Shift+C"));
const QKeySequence kNewTabKeys(QObject::tr("Ctrl+Return"));
} // namespace

void BrowserPanel::copyText(const QString& text)
{
    QApplication::clipboard()->setText(text);
    emit statusMessage(tr("Copied: %1").arg(text));
}

BrowserPanel::Target BrowserPanel::targetAt(const QModelIndex& index) const
{
    if (!index.isValid() || !m_session->isOpen())
        return {};
    if (index.model() == m_resultsModel) {
        const SearchHit& hit = m_resultsModel->hit(index.row());
        return {hit.editionId, hit.code, hit.source == SearchHit::Source::Term};
    }
    if (index.data(ListTreeModel::LevelRole).toInt() != static_cast<int>(TreeRow::Level::Node))
        return {};
    return {index.data(ListTreeModel::EditionIdRole).toLongLong(),
            index.data(ListTreeModel::CodeRole).toString(), false};
}

void BrowserPanel::copyCitation(const Target& t)
{
    if (auto edition = ListBrowser(*m_session->database()).edition(t.editionId))
        copyText(citationFor(edition.value(), t.code));
}

// The menu's keyboard shortcuts also work on the view's current row.
void BrowserPanel::addShortcuts(QAbstractItemView* view)
{
    auto add = [this, view](const QString& text, const QKeySequence& keys, auto run) {
        auto* action = new QAction(text, view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, view, run] {
            if (const Target t = targetAt(view->currentIndex()); !t.code.isEmpty())
                run(t);
        });
        view->addAction(action);
    };
    add(tr("Copy Citation"), kCitationKeys, [this](const Target& t) {
        if (!t.isTerm)
            copyCitation(t);
    });
    add(tr("Open in New Tab"), kNewTabKeys, [this](const Target& t) {
        if (!t.isTerm)
            emit openEntryRequested(t.editionId, t.code, true);
    });
}

QMenu* BrowserPanel::nodeMenu(const Target& t)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto add = [this, menu](const QString& text, auto run, const QKeySequence& keys = {}) {
        QAction* action = menu->addAction(text);
        action->setShortcut(keys); // shown in the menu; the view has the working shortcut
        connect(action, &QAction::triggered, this, run);
    };
    if (t.isTerm) {
        add(tr("Show Definition"), [=, this] { emit openTermRequested(t.editionId, t.code); });
        add(
            tr("Copy Term"), [=, this] { copyText(t.code); }, QKeySequence::Copy);
        return menu;
    }
    add(
        tr("Open"), [=, this] { emit openEntryRequested(t.editionId, t.code, false); },
        QKeySequence(Qt::Key_Return));
    add(
        tr("Open in New Tab"), [=, this] { emit openEntryRequested(t.editionId, t.code, true); },
        kNewTabKeys);
    menu->addSeparator();
    add(
        tr("Copy Code"), [=, this] { copyText(t.code); }, QKeySequence::Copy);
    add(
        tr("Copy Citation"), [=, this] { copyCitation(t); }, kCitationKeys);
    menu->addSeparator();
    add(tr("Show in Tree"), [=, this] { revealInTree(t.editionId, t.code); });
    add(tr("Compare with Previous Edition"),
        [=, this] { emit compareWithPreviousRequested(t.editionId, t.code); });
    add(tr("Propose Amendment…"),
        [=, this] { emit proposeAmendmentRequested(t.editionId, t.code); });
    return menu;
}

void BrowserPanel::showContextMenu(QWidget* view, const QPoint& pos)
{
    auto* itemView = static_cast<QAbstractItemView*>(view);
    QModelIndex index = itemView->indexAt(pos);
    if (!index.isValid())
        index = itemView->currentIndex(); // the menu key
    const Target t = targetAt(index);
    if (t.code.isEmpty())
        return;
    nodeMenu(t)->popup(itemView->viewport()->mapToGlobal(itemView->visualRect(index).center()));
}

} // namespace paceline
