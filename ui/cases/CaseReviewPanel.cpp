#include "CaseReviewPanel.h"

#include "cases/CaseStore.h"
#include "shell/AppSettings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace paceline {

CaseReviewPanel::CaseReviewPanel(Database& db, qint64 caseId, std::function<void()> flush,
                                 QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_caseId(caseId)
    , m_flush(std::move(flush))
    , m_tree(new QTreeWidget(this))
    , m_thread(new QTextBrowser(this))
    , m_signoffs(new QListWidget(this))
    , m_resolve(new QPushButton(tr("Resolve"), this))
    , m_summary(new QLabel(this))
{
    m_tree->setHeaderLabels({tr("Comment"), tr("By"), tr("On the words")});
    m_tree->setWordWrap(true);
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(1, 120);
    auto* add = new QPushButton(tr("Comment on Selection…"), this);
    auto* replyButton = new QPushButton(tr("Reply…"), this);
    auto* approve = new QPushButton(tr("Approve…"), this);
    auto* changes = new QPushButton(tr("Request Changes…"), this);
    add->setToolTip(tr("Select words in the proposed text, then comment on them"));

    auto* layout = new QVBoxLayout(this);
    auto* commentButtons = new QHBoxLayout;
    commentButtons->addWidget(add);
    commentButtons->addWidget(replyButton);
    commentButtons->addWidget(m_resolve);
    commentButtons->addStretch();
    layout->addWidget(new QLabel(tr("<b>Comments</b>"), this));
    layout->addLayout(commentButtons);
    layout->addWidget(m_tree, 3);
    m_thread->setPlaceholderText(tr("Select a comment to read its thread"));
    layout->addWidget(m_thread, 2);
    layout->addWidget(new QLabel(tr("<b>Sign-offs</b>"), this));
    auto* signButtons = new QHBoxLayout;
    signButtons->addWidget(approve);
    signButtons->addWidget(changes);
    signButtons->addStretch();
    layout->addLayout(signButtons);
    layout->addWidget(m_signoffs, 1);
    layout->addWidget(m_summary);

    connect(add, &QPushButton::clicked, this, &CaseReviewPanel::commentOnSelection);
    connect(replyButton, &QPushButton::clicked, this, &CaseReviewPanel::replyToCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &CaseReviewPanel::toggleResolved);
    connect(approve, &QPushButton::clicked, this, [this] { askSignOff(true); });
    connect(changes, &QPushButton::clicked, this, [this] { askSignOff(false); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showThread();
        if (!item)
            return;
        const QString uuid = item->data(0, Qt::UserRole).toString();
        for (const CaseComment& c : m_comments)
            if (c.uuid == uuid) {
                m_resolve->setText(c.resolvedAt.isEmpty() ? tr("Resolve") : tr("Reopen"));
                if (c.anchorStart >= 0 && !c.outdated)
                    emit commentActivated(c.anchorStart, c.anchorEnd);
            }
    });
    reload();
}

void CaseReviewPanel::reload()
{
    CaseStore store(m_db);
    if (auto c = store.comments(m_caseId))
        m_comments = c.value();
    m_signoffs->clear();
    int approvals = 0;
    int requests = 0;
    if (auto s = store.signoffs(m_caseId)) {
        for (const CaseSignoff& so : s.value()) {
            (so.approve ? approvals : requests)++;
            const QString who = so.organisation.isEmpty()
                                    ? so.reviewer
                                    : so.reviewer + QStringLiteral(", ") + so.organisation;
            m_signoffs->addItem(
                QStringLiteral("%1 %2 — %3 (%4)%5")
                    .arg(so.approve ? QStringLiteral("✔") : QStringLiteral("✎"),
                         so.approve ? tr("Approved") : tr("Changes requested"), who,
                         so.createdAt.left(10),
                         so.comment.isEmpty() ? QString() : QStringLiteral(": ") + so.comment));
        }
    }
    m_summary->setText(
        tr("%1 approval(s), %2 request(s) for changes").arg(approvals).arg(requests));
    rebuild();
}

void CaseReviewPanel::rebuild()
{
    const QString current = currentThreadUuid();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem*> items;
    for (const CaseComment& c : m_comments) {
        QTreeWidgetItem* parent = c.parentUuid.isEmpty() ? nullptr : items.value(c.parentUuid);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        QString state;
        if (!c.resolvedAt.isEmpty())
            state = tr(" [resolved]");
        item->setText(0, c.body + state);
        item->setText(1, c.organisation.isEmpty()
                             ? c.author
                             : c.author + QStringLiteral(" (") + c.organisation + QLatin1Char(')'));
        if (c.anchorStart >= 0 || !c.anchorText.isEmpty())
            item->setText(
                2, c.outdated
                       ? tr("“%1” — outdated: these words were edited away").arg(c.anchorText)
                       : QStringLiteral("“%1”").arg(c.anchorText));
        item->setToolTip(0, c.body);
        item->setData(0, Qt::UserRole, c.uuid);
        if (c.outdated || !c.resolvedAt.isEmpty())
            for (int col = 0; col < 3; ++col)
                item->setForeground(col, palette().color(QPalette::Disabled, QPalette::Text));
        items.insert(c.uuid, item);
        if (c.uuid == current)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
}

void CaseReviewPanel::transformAnchors(const TextEdit& edit, const QString& now)
{
    bool outdatedChanged = false;
    for (CaseComment& c : m_comments) {
        if (c.anchorStart < 0)
            continue;
        if (c.outdated) {
            const AnchorSpan span =
                reviveAnchor({c.anchorStart, c.anchorEnd, true}, c.anchorText, edit, now);
            outdatedChanged |= !span.outdated;
            c.outdated = span.outdated;
            continue;
        }
        const AnchorSpan span = transformAnchor({c.anchorStart, c.anchorEnd, false}, edit);
        c.anchorStart = span.start;
        c.anchorEnd = span.end;
        outdatedChanged |= span.outdated;
        c.outdated = span.outdated;
        if (!span.outdated)
            c.anchorText = now.mid(span.start, span.end - span.start);
    }
    if (outdatedChanged)
        rebuild();
}

QList<CommentAnchorState> CaseReviewPanel::anchors() const
{
    QList<CommentAnchorState> out;
    for (const CaseComment& c : m_comments)
        if (c.anchorStart >= 0)
            out.append({c.uuid, c.anchorStart, c.anchorEnd, c.anchorText, c.outdated});
    return out;
}

Status CaseReviewPanel::addComment(int start, int end, const QString& proposedText,
                                   const QString& body)
{
    if (body.trimmed().isEmpty())
        return badInput(tr("a comment needs some text"));
    m_flush();
    CaseComment c;
    c.body = body;
    c.author = AppSettings::userName();
    c.organisation = AppSettings::userOrganisation();
    if (start >= 0 && end > start) {
        c.anchorStart = start;
        c.anchorEnd = end;
        c.anchorText = proposedText.mid(start, end - start);
    }
    if (Status s = CaseStore(m_db).addComment(m_caseId, c); !s)
        return s;
    emit reviewChanged();
    emit recorded(tr("Comment recorded"));
    return {};
}

Status CaseReviewPanel::reply(const QString& parentUuid, const QString& body)
{
    if (body.trimmed().isEmpty())
        return badInput(tr("a reply needs some text"));
    CaseComment c;
    c.parentUuid = parentUuid;
    c.body = body;
    c.author = AppSettings::userName();
    c.organisation = AppSettings::userOrganisation();
    if (Status s = CaseStore(m_db).addComment(m_caseId, c); !s)
        return s;
    emit reviewChanged();
    return {};
}

Status CaseReviewPanel::setResolved(const QString& uuid, bool resolved)
{
    if (Status s = CaseDraftStore(m_db).setCommentResolved(m_caseId, uuid, resolved,
                                                           AppSettings::userName());
        !s)
        return s;
    emit reviewChanged();
    return {};
}

Status CaseReviewPanel::signOff(bool approve, const QString& comment)
{
    CaseSignoff so;
    so.reviewer = AppSettings::userName();
    so.organisation = AppSettings::userOrganisation();
    so.approve = approve;
    so.comment = comment;
    if (Status s = CaseStore(m_db).addSignoff(m_caseId, so); !s)
        return s;
    emit reviewChanged();
    emit recorded(approve ? tr("Approval recorded") : tr("Request for changes recorded"));
    return {};
}

// The selected thread in full: the tree's columns are too narrow for a reviewer's paragraph.
void CaseReviewPanel::showThread()
{
    const QString root = currentThreadUuid();
    QString html;
    for (const CaseComment& c : m_comments) {
        if (c.uuid != root && c.parentUuid != root)
            continue;
        QString head =
            c.author +
            (c.organisation.isEmpty() ? QString() : QStringLiteral(", ") + c.organisation) +
            QStringLiteral(" · ") + c.createdAt.left(10);
        if (!c.resolvedAt.isEmpty())
            head += tr(" · resolved by %1").arg(c.resolvedBy);
        html += QStringLiteral("<p style='margin-left:%1px'><b>%2</b>")
                    .arg(c.parentUuid.isEmpty() ? 0 : 18)
                    .arg(head.toHtmlEscaped());
        if (!c.anchorText.isEmpty())
            html += QStringLiteral("<br/><i>%1</i>")
                        .arg((c.outdated ? tr("on “%1” (outdated: the words were edited away)")
                                         : tr("on “%1”"))
                                 .arg(c.anchorText)
                                 .toHtmlEscaped());
        html +=
            QStringLiteral("<br/>%1</p>")
                .arg(c.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    m_thread->setHtml(html);
}

QString CaseReviewPanel::currentThreadUuid() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CaseReviewPanel::commentOnSelection()
{
    const auto [start, end, text] =
        selection ? selection() : std::tuple<int, int, QString>{-1, -1, QString()};
    const QString prompt = end > start
                               ? tr("Comment on “%1”:").arg(text.mid(start, end - start).left(80))
                               : tr("Comment on the whole case (select words first to anchor it):");
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, tr("Comment"), prompt, {}, &ok);
    if (!ok)
        return;
    if (Status s = addComment(start, end, text, body); !s)
        QMessageBox::warning(this, tr("Comment"), s.error().toString());
}

void CaseReviewPanel::replyToCurrent()
{
    const QString parent = currentThreadUuid();
    if (parent.isEmpty())
        return;
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, tr("Reply"), tr("Reply:"), {}, &ok);
    if (ok)
        if (Status s = reply(parent, body); !s)
            QMessageBox::warning(this, tr("Reply"), s.error().toString());
}

void CaseReviewPanel::toggleResolved()
{
    const QString uuid = currentThreadUuid();
    for (const CaseComment& c : m_comments)
        if (c.uuid == uuid)
            if (Status s = setResolved(uuid, c.resolvedAt.isEmpty()); !s)
                QMessageBox::warning(this, tr("Comment"), s.error().toString());
}

void CaseReviewPanel::askSignOff(bool approve)
{
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this, approve ? tr("Approve") : tr("Request Changes"),
        tr("Signing as %1. Comment (optional):").arg(AppSettings::userName()), {}, &ok);
    if (ok)
        if (Status s = signOff(approve, comment); !s)
            QMessageBox::warning(this, tr("Sign-off"), s.error().toString());
}

} // namespace paceline
