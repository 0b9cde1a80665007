#include "BundleConflictDialog.h"

#include "text/ReadableDiff.h"
#include "text/Redline.h"
#include "text/WordDiff.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paceline {

namespace {

QTextBrowser* redlineView(const QString& before, const QString& after, QWidget* parent)
{
    auto* view = new QTextBrowser(parent);
    view->setHtml(redlineHtml(readableDiff(wordDiff(before, after))));
    return view;
}

} // namespace

BundleConflictDialog::BundleConflictDialog(const CaseImportItem& item, QWidget* parent)
    : QDialog(parent)
    , m_item(item)
    , m_merged(new QPlainTextEdit(item.mineText, this))
{
    setWindowTitle(tr("Resolve Conflict — %1").arg(item.title));
    auto* intro =
        new QLabel(item.commonRevision > 0 ? tr("The proposed text of “%1” changed here and in the "
                                                "imported bundle since revision %2. "
                                                "The changes of each side against revision %2 are "
                                                "shown below; choose what to keep.")
                                                 .arg(item.title.toHtmlEscaped())
                                                 .arg(item.commonRevision)
                                           : tr("The proposed text of “%1” differs here and in the "
                                                "imported bundle, and the two have no "
                                                "revision in common. Choose what to keep.")
                                                 .arg(item.title.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>My changes</b> (this database)"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Their changes</b> (the bundle)"), this), 0, 1);
    grid->addWidget(redlineView(item.ancestorText, item.mineText, this), 1, 0);
    grid->addWidget(redlineView(item.ancestorText, item.theirsText, this), 1, 1);
    grid->addWidget(
        new QLabel(tr("<b>Merged text</b> (starts as mine; edit it, then use it)"), this), 2, 0, 1,
        2);
    grid->addWidget(m_merged, 3, 0, 1, 2);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    QPushButton* theirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::AcceptRole);
    QPushButton* merged = buttons->addButton(tr("Use Merged Text"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel Import"), QDialogButtonBox::RejectRole);
    connect(mine, &QPushButton::clicked, this, &BundleConflictDialog::keepMine);
    connect(theirs, &QPushButton::clicked, this, &BundleConflictDialog::takeTheirs);
    connect(merged, &QPushButton::clicked, this, &BundleConflictDialog::useMerged);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
}

void BundleConflictDialog::keepMine()
{
    m_resolved = m_item.mineText;
    accept();
}

void BundleConflictDialog::takeTheirs()
{
    m_resolved = m_item.theirsText;
    accept();
}

void BundleConflictDialog::useMerged()
{
    m_resolved = m_merged->toPlainText();
    accept();
}

} // namespace paceline
