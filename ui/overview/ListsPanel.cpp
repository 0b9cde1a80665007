#include "ListsPanel.h"

#include "session/DatabaseSession.h"
#include "stats/DatabaseStats.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace paceline {

ListsPanel::ListsPanel(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("List / edition"), tr("Entries")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_session, &DatabaseSession::contentChanged, this, &ListsPanel::reload);
}

void ListsPanel::reload()
{
    m_tree->clear();
    if (!m_session->isOpen())
        return;
    auto stats = collectStats(*m_session->database());
    if (!stats) {
        emit statusMessage(tr("Could not read the lists: %1").arg(stats.error().toString()));
        return;
    }
    QHash<QString, QTreeWidgetItem*> lists;
    const QLocale locale;
    for (const EditionCounts& e : stats->editions) {
        QTreeWidgetItem*& list = lists[e.listKey];
        if (!list) {
            list = new QTreeWidgetItem(m_tree, {e.listName});
            list->setToolTip(0, QStringLiteral("%1 / %2").arg(e.regimeKey, e.listKey));
            list->setExpanded(true);
        }
        auto* edition = new QTreeWidgetItem(list, {e.editionLabel, locale.toString(e.nodesByKind.value(QStringLiteral("entry")))});
        edition->setToolTip(0, tr("%1 nodes, %2 defined terms; dated %3")
                                   .arg(locale.toString(e.nodes), locale.toString(e.terms),
                                        e.editionDate.isEmpty() ? tr("(no date)") : e.editionDate));
        edition->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace paceline
