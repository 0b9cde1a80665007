#include "CaseEditor.h"

#include "cases/CaseDraftStore.h"
#include "cases/CaseEditCommands.h"
#include "cases/CaseImpact.h"
#include "cases/CaseJustificationForm.h"
#include "cases/CaseReviewPanel.h"
#include "cases/CaseStore.h"
#include "cases/CaseTarget.h"
#include "cases/TextUndoBinder.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"
#include "text/ReadableDiff.h"
#include "text/Redline.h"
#include "text/WordDiff.h"

#include <QDataStream>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace paceline {

namespace {

struct RedlineResult {
    QString html;
    DiffCounts counts;
};

std::tuple<QString, CaseKind, QString> listedFields(const CaseRecord& c)
{
    return {c.title, c.kind, c.targetCode};
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight:bold"));
    return label;
}

} // namespace

CaseEditor::CaseEditor(Database& db, qint64 caseId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_announce([this](const ChangeSet& changes) { applyChange(changes); })
    , m_stack(new QUndoStack(this))
    , m_autosave(new QTimer(this))
    , m_autosaveMax(new QTimer(this))
    , m_redlineTimer(new QTimer(this))
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_target(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_lockBar(new QFrame(this))
    , m_lockText(new QLabel(m_lockBar))
    , m_unlock(new QPushButton(tr("Return to Draft…"), m_lockBar))
    , m_statusButton(new QToolButton(this))
    , m_base(new QPlainTextEdit(this))
    , m_proposed(new QPlainTextEdit(this))
    , m_redline(new QTextBrowser(this))
    , m_redlineCounts(new QLabel(this))
    , m_passagesOnly(new QCheckBox(tr("Changed passages only"), this))
    , m_history(new QTextBrowser(this))
    , m_side(new QTabWidget(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_textSplit(new QSplitter(Qt::Vertical, this))
    , m_lower(new QTabWidget(this))
    , m_sideToggle(new QAction(tr("Side Panel"), this))
{
    m_record.id = caseId;
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    m_autosaveMax->setSingleShot(true);
    m_autosaveMax->setInterval(kAutosaveMaxMs);
    for (QTimer* timer : {m_autosave, m_autosaveMax})
        connect(timer, &QTimer::timeout, this, [this] {
            if (Status s = saveNow(); !s)
                emit message(tr("Could not save the case: %1").arg(s.error().toString()));
        });
    m_redlineTimer->setSingleShot(true);
    m_redlineTimer->setInterval(kRedlineDelayMs);
    connect(m_redlineTimer, &QTimer::timeout, this, &CaseEditor::startRedline);

    m_form = new CaseJustificationForm(db, m_stack, this);
    m_review = new CaseReviewPanel(
        db, caseId, [this] { (void)saveNow(); }, this);
    m_review->selection = [this] {
        const QTextCursor c = m_proposed->textCursor();
        return std::tuple<int, int, QString>{c.selectionStart(), c.selectionEnd(),
                                             m_proposed->toPlainText()};
    };
    connect(m_review, &CaseReviewPanel::commentActivated, this, [this](int start, int end) {
        QTextCursor c(m_proposed->document());
        c.setPosition(start);
        c.setPosition(end, QTextCursor::KeepAnchor);
        m_proposed->setTextCursor(c);
    });
    connect(m_review, &CaseReviewPanel::recorded, this, &CaseEditor::message);
    connect(m_review, &CaseReviewPanel::reviewChanged, this,
            [this] { announce(ChangeSet::ofCase(m_record.id, ChangeSet::CasePart::Comments)); });
    connect(m_form, &CaseJustificationForm::changed, this, &CaseEditor::markDirty);

    // Each page scrolls rather than making the window taller than a 720-pixel screen.
    for (QWidget* page : {static_cast<QWidget*>(m_form), static_cast<QWidget*>(m_review)}) {
        auto* scroll = new QScrollArea(this);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_side->addTab(scroll, page == m_form ? tr("Justification") : tr("Review"));
    }
    m_side->addTab(m_history, tr("History"));

    // The text first: the side panel gives way (and can be hidden) before the proposed text does.
    m_split->addWidget(buildTexts());
    m_split->addWidget(m_side);
    m_split->setCollapsible(0, false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({600, 400});
    m_side->setMinimumWidth(240);
    m_sideToggle->setCheckable(true);
    m_sideToggle->setChecked(true);
    m_sideToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+J")));
    m_sideToggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sideToggle->setToolTip(tr("Show or hide the justification, review and history beside the "
                                "text (Ctrl+Shift+J)"));
    addAction(m_sideToggle);
    connect(m_sideToggle, &QAction::toggled, this, [this](bool on) {
        m_side->setVisible(on);
        saveLayout();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_split, 1);
    restoreLayout();
    for (QSplitter* split : {m_split, m_textSplit})
        connect(split, &QSplitter::splitterMoved, this, &CaseEditor::saveLayout);
    connect(m_lower, &QTabWidget::currentChanged, this, &CaseEditor::saveLayout);
    load();
}

void CaseEditor::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kLayoutVersion << m_split->saveState() << m_textSplit->saveState()
        << m_passagesOnly->isChecked() << !m_side->isHidden() << qint32(m_lower->currentIndex());
    AppSettings::setCaseEditorLayout(state);
}

void CaseEditor::restoreLayout()
{
    QDataStream in(AppSettings::caseEditorLayout());
    quint8 version = 0;
    QByteArray split, textSplit;
    bool passagesOnly = false;
    bool side = true;
    qint32 lower = 0;
    in >> version >> split >> textSplit >> passagesOnly >> side >> lower;
    if (in.status() != QDataStream::Ok || version != kLayoutVersion)
        return;
    m_split->restoreState(split);
    m_textSplit->restoreState(textSplit);
    m_lower->setCurrentIndex(lower);
    const QSignalBlocker quietPassages(m_passagesOnly);
    m_passagesOnly->setChecked(passagesOnly);
    const QSignalBlocker quiet(m_sideToggle);
    m_sideToggle->setChecked(side);
    m_side->setVisible(side);
}

CaseEditor::~CaseEditor()
{
    // Closing the tab or the window keeps the last keystrokes.
    if (m_loaded && m_dirty)
        (void)saveNow();
}

void CaseEditor::announceThrough(DatabaseSession* session)
{
    QPointer<DatabaseSession> to(session);
    m_announce = [to](const ChangeSet& changes) {
        if (to)
            to->announce(changes);
    };
    connect(session, &DatabaseSession::changed, this, &CaseEditor::applyChange);
}

void CaseEditor::announce(const ChangeSet& changes)
{
    if (m_announce)
        m_announce(changes);
}

void CaseEditor::applyChange(const ChangeSet& changes)
{
    using Part = ChangeSet::CasePart;
    if (!m_loaded)
        return;
    const ChangeSet::CaseParts parts = changes.caseParts(m_record.id);
    if (parts & (Part::Revision | Part::Workflow)) {
        auto fresh = CaseStore(m_db).load(m_record.id);
        if (fresh) {
            m_record.status = fresh->status;
            m_record.revision = fresh->revision;
        }
        showStatus();
        showHistory();
    }
    if (parts & Part::Comments)
        m_review->reload();
    // Text changes come from this editor; it holds the newest text already.
}

QWidget* CaseEditor::buildHeader()
{
    auto* header = new QWidget(this);
    auto* grid = new QFormLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    for (CaseKind k : {CaseKind::NewEntry, CaseKind::AmendEntry, CaseKind::DeleteEntry,
                       CaseKind::AmendDefinition, CaseKind::NoteOrDecontrol})
        m_kind->addItem(caseKindTitle(k), static_cast<int>(k));
    m_title->setPlaceholderText(tr("What the proposal does, in one line"));
    routeUndoShortcutsToWindow(m_title);
    routeUndoShortcutsToWindow(m_code);
    m_code->setPlaceholderText(tr("entry code, or the proposed new code"));
    m_code->setMaximumWidth(180);
    m_code->setMinimumWidth(90);
    m_target->setWordWrap(true); // the edition's label can be long; it wraps rather than crowds
    auto* row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(new QLabel(tr("Code:"), header));
    row->addWidget(m_code);
    row->addWidget(m_target, 1);
    auto* statusRow = new QHBoxLayout;
    m_statusButton->setText(tr("Change Status"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setMenu(new QMenu(m_statusButton));
    auto* revision = new QPushButton(tr("Save Revision"), header);
    revision->setToolTip(tr("Freeze the current text and justification as a numbered revision"));
    auto* sideButton = new QToolButton(header);
    sideButton->setDefaultAction(m_sideToggle);
    statusRow->addWidget(m_statusLabel);
    statusRow->addWidget(m_statusButton);
    statusRow->addWidget(revision);
    statusRow->addStretch();
    statusRow->addWidget(m_saveState);
    statusRow->addWidget(sideButton);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color:#8a4b00"));
    m_warning->hide();
    grid->addRow(tr("&Title:"), m_title);
    grid->addRow(tr("Target:"), row);
    grid->addRow(tr("Status:"), statusRow);
    grid->addRow(m_warning);
    auto* lockLayout = new QHBoxLayout(m_lockBar);
    lockLayout->setContentsMargins(8, 4, 8, 4);
    lockLayout->addWidget(m_lockText, 1);
    lockLayout->addWidget(m_unlock);
    m_lockText->setWordWrap(true);
    m_lockBar->setObjectName(QStringLiteral("lockBar"));
    m_lockBar->setStyleSheet(
        QStringLiteral("#lockBar{background:#fff4d6;border:1px solid #e0c27a;border-radius:3px}"));
    m_lockBar->hide();
    m_unlock->setToolTip(tr("Take the case out of review to change its text; the reason is "
                            "recorded in the history"));
    connect(m_unlock, &QPushButton::clicked, this, [this] { askTransition(CaseStatus::Draft); });
    grid->addRow(m_lockBar);

    connect(revision, &QPushButton::clicked, this, [this] {
        auto r = saveRevision();
        emit message(r ? tr("Saved revision %1").arg(r.value()) : r.error().toString());
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_stack->push(new FieldEditCommand(
            QStringLiteral("title"), tr("title"), m_record.title, text,
            [this](const QString& k, const QVariant& v) { applyField(k, v); }, true));
        applyField(QStringLiteral("title"), text);
    });
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_stack->push(new FieldEditCommand(
            QStringLiteral("code"), tr("target code"), m_record.targetCode, text,
            [this](const QString& k, const QVariant& v) { applyField(k, v); }, true));
        applyField(QStringLiteral("code"), text);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const int value = m_kind->currentData().toInt();
        if (value == static_cast<int>(m_record.kind))
            return;
        m_stack->push(new FieldEditCommand(
            QStringLiteral("kind"), tr("kind"), static_cast<int>(m_record.kind), value,
            [this](const QString& k, const QVariant& v) { applyField(k, v); }, false));
        applyField(QStringLiteral("kind"), value);
    });
    return header;
}

QWidget* CaseEditor::buildTexts()
{
    auto* propBox = new QWidget(this);
    auto* propLayout = new QVBoxLayout(propBox);
    propLayout->setContentsMargins(0, 0, 0, 0);
    propLayout->addWidget(caption(tr("Proposed text"), propBox));
    propLayout->addWidget(m_proposed);

    auto* redBox = new QWidget(this);
    auto* redLayout = new QVBoxLayout(redBox);
    redLayout->setContentsMargins(0, 4, 0, 0);
    // The switch and the counts first, the legend in the redline's own colours below them: in
    // the text column at 1280 px the three side by side squeezed the legend into four lines.
    auto* redHead = new QHBoxLayout;
    redHead->addWidget(m_passagesOnly);
    redHead->addStretch(1);
    redHead->addWidget(m_redlineCounts);
    auto* legend = new QLabel(
        tr("<span style='color:#b00020;background:#fde7ea'><s>[-deleted-]</s></span> · "
           "<span style='color:#0b6b2f;background:#e3f5e8'><u>{+inserted+}</u></span> · "
           "<span style='background:#fff4d6'>[<s>old</s> → <b><u>new</u></b>]</span> number"),
        redBox);
    legend->setTextFormat(Qt::RichText);
    m_passagesOnly->setToolTip(tr("Show only the changes, with a few words around each; the "
                                  "rest of the text as …"));
    connect(m_passagesOnly, &QCheckBox::toggled, this, [this] {
        startRedline();
        saveLayout();
    });
    redLayout->addLayout(redHead);
    redLayout->addWidget(legend);
    redLayout->addWidget(m_redline);
    m_redline->setOpenLinks(false);
    m_base->setReadOnly(true);
    m_base->setStyleSheet(QStringLiteral("QPlainTextEdit{background:palette(window)}"));
    m_lower->setDocumentMode(true);
    m_lower->addTab(redBox, tr("Redline"));
    m_lower->addTab(m_base, tr("Current Text"));
    m_lower->setTabToolTip(1, tr("The entry as the base edition has it (a frozen snapshot)"));

    m_textSplit->addWidget(propBox);
    m_textSplit->addWidget(m_lower);
    m_textSplit->setCollapsible(0, false);
    m_textSplit->setSizes({300, 300});

    m_proposedBinder = new TextUndoBinder(m_proposed, m_stack, tr("proposed text"), this);
    connect(m_proposedBinder, &TextUndoBinder::edited, this, &CaseEditor::onProposedEdited);
    return m_textSplit;
}

void CaseEditor::load()
{
    auto c = CaseStore(m_db).load(m_record.id);
    if (!c) {
        m_warning->setText(tr("Could not read the case: %1").arg(c.error().toString()));
        m_warning->show();
        setEnabled(false);
        return;
    }
    m_record = c.value();
    m_title->setText(m_record.title);
    m_code->setText(m_record.targetCode);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_record.kind)));
    showTarget();
    m_base->setPlainText(m_record.baseText.isEmpty() ? QString() : m_record.baseText);
    m_base->setPlaceholderText(tr("(no current text: a new entry)"));
    m_proposedBinder->setTextSilently(m_record.proposedText);
    m_form->load(CaseJustification::fromJson(m_record.justification), m_record.notes);
    m_stack->clear();
    m_listed = listedFields(m_record);
    m_loaded = true;
    m_dirty = false;
    m_saveState->setText(tr("Saved"));
    showStatus();
    showHistory();
    showConflicts();
    startRedline();
}

// The target as documents name it ("4.E.1 — definition of "vulnerability disclosure"") where
// the code alone does not say it, then the list and base edition. A definition case amends its
// term and nothing else; other cases do not amend a definition (a case of an older version
// keeps the kind it has).
void CaseEditor::showTarget()
{
    const bool named =
        m_record.targetKind == CaseTargetKind::Term || m_record.targetKind == CaseTargetKind::Note;
    const QString where =
        tr("list %1 · base edition “%2”")
            .arg(m_record.listKey.isEmpty() ? tr("(none)") : m_record.listKey,
                 m_record.editionLabel.isEmpty() ? tr("(none)") : m_record.editionLabel);
    m_target->setText(named ? tr("%1 · %2").arg(caseTargetTitle(m_record), where) : where);
    m_target->setToolTip(caseTargetTitle(m_record));
    if (auto* model = qobject_cast<QStandardItemModel*>(m_kind->model())) {
        const bool term = m_record.targetKind == CaseTargetKind::Term;
        for (int row = 0; row < m_kind->count(); ++row) {
            const auto k = static_cast<CaseKind>(m_kind->itemData(row).toInt());
            const bool definition = k == CaseKind::AmendDefinition;
            model->item(row)->setEnabled(definition == term || k == m_record.kind);
        }
    }
}

QString CaseEditor::title() const
{
    return m_record.title;
}

void CaseEditor::applyField(const QString& key, const QVariant& value)
{
    if (key == QLatin1String("title")) {
        m_record.title = value.toString();
        if (m_title->text() != m_record.title)
            m_title->setText(m_record.title);
        emit titleChanged(m_record.title);
    } else if (key == QLatin1String("code")) {
        m_record.targetCode = value.toString();
        if (m_code->text() != m_record.targetCode)
            m_code->setText(m_record.targetCode);
        showTarget();
    } else if (key == QLatin1String("kind")) {
        m_record.kind = static_cast<CaseKind>(value.toInt());
        m_kind->setCurrentIndex(m_kind->findData(value.toInt()));
        showTarget();
    }
    markDirty();
}

void CaseEditor::onProposedEdited(const TextEdit& edit)
{
    m_record.proposedText = m_proposedBinder->text();
    m_review->transformAnchors(edit, m_record.proposedText);
    markDirty();
    scheduleRedline();
}

void CaseEditor::markDirty()
{
    if (!m_loaded)
        return;
    m_dirty = true;
    m_saveState->setText(tr("Editing…"));
    m_autosave->start(); // restarts: the save follows the last change by kAutosaveMs
    if (!m_autosaveMax->isActive())
        m_autosaveMax->start(); // and typing without a pause is saved every kAutosaveMaxMs
}

CaseRecord CaseEditor::currentRecord() const
{
    CaseRecord c = m_record;
    c.proposedText = m_proposedBinder->text();
    c.justification = m_form->justification().toJson();
    c.notes = m_form->notes();
    return c;
}

Status CaseEditor::saveNow()
{
    m_autosave->stop();
    m_autosaveMax->stop();
    if (!m_loaded || !m_dirty)
        return {};
    auto written = CaseDraftStore(m_db).saveDraft(currentRecord(), m_review->anchors(),
                                                  AppSettings::userName());
    if (!written) {
        m_saveState->setText(tr("<span style='color:#b00020'>Not saved: %1</span>")
                                 .arg(written.error().message.toHtmlEscaped()));
        return written.error();
    }
    m_dirty = false;
    ChangeSet changes = ChangeSet::ofCase(m_record.id, ChangeSet::CasePart::Text);
    if (listedFields(m_record) != m_listed) {
        m_listed = listedFields(m_record);
        changes.add(ChangeSet::Cases);
    }
    announce(changes);
    showConflicts(); // the text may now quote, or no longer quote, a defined term
    m_saveState->setText(
        tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    emit saved();
    return {};
}

Result<int> CaseEditor::saveRevision()
{
    if (Status s = saveNow(); !s)
        return s.error();
    auto r = CaseDraftStore(m_db).saveRevision(m_record.id, AppSettings::userName());
    if (r)
        announce(ChangeSet::ofCase(m_record.id, ChangeSet::CasePart::Revision));
    return r;
}

void CaseEditor::scheduleRedline()
{
    m_redlineTimer->start();
}

void CaseEditor::startRedline()
{
    // Off the UI thread; the newest request wins, so fast typing never waits for a diff and
    // never shows an outdated one.
    const QString base = m_record.baseText;
    const QString proposed = m_proposedBinder->text();
    const bool passagesOnly = m_passagesOnly->isChecked();
    m_redlineJob->start<RedlineResult>(
        [base, proposed, passagesOnly](const ProgressCallback&) -> Result<RedlineResult> {
            const auto diff = wordDiff(base, proposed);
            const auto readable = readableDiff(diff);
            return RedlineResult{
                redlineHtml(passagesOnly ? changedPassagesOnly(readable) : readable),
                countWords(diff)};
        },
        [this](Result<RedlineResult> r) {
            m_redline->setHtml(r->html);
            m_redlineCounts->setText(tr("%1 word(s) inserted, %2 deleted")
                                         .arg(r->counts.insertedWords)
                                         .arg(r->counts.deletedWords));
            emit redlineUpdated();
        });
}

QList<QAction*> CaseEditor::statusActions() const
{
    return m_statusButton->menu()->actions();
}

void CaseEditor::showStatus()
{
    m_statusLabel->setText(QStringLiteral("<b>%1</b> · revision %2")
                               .arg(caseStatusTitle(m_record.status).toHtmlEscaped())
                               .arg(m_record.revision));
    QMenu* menu = m_statusButton->menu();
    menu->clear();
    for (CaseStatus to : allowedTransitions(m_record.status)) {
        QAction* a = menu->addAction(tr("Move to “%1”…").arg(caseStatusTitle(to)));
        a->setData(static_cast<int>(to));
        connect(a, &QAction::triggered, this, [this, to] { askTransition(to); });
    }
    m_statusButton->setEnabled(!menu->isEmpty());
    m_statusButton->setToolTip(
        menu->isEmpty() ? tr("%1 is final").arg(caseStatusTitle(m_record.status)) : QString());
    showLock();
}

void CaseEditor::showLock()
{
    const bool editable = isTextEditable(m_record.status);
    m_proposed->setReadOnly(!editable);
    m_title->setReadOnly(!editable);
    m_code->setReadOnly(!editable);
    m_kind->setEnabled(editable);
    m_form->setReadOnly(!editable);
    m_lockBar->setVisible(!editable);
    if (editable)
        return;
    // Undo would change the text behind the reviewers' backs.
    m_stack->clear();
    const QString status = caseStatusTitle(m_record.status);
    const bool canReturn = isAllowedTransition(m_record.status, CaseStatus::Draft);
    m_unlock->setVisible(canReturn);
    m_lockText->setText(
        canReturn ? tr("<b>%1</b>: the text and justification are locked as the reviewers read "
                       "them. Comments and sign-offs go on. To change the text, return the case "
                       "to Draft with a reason.")
                        .arg(status.toHtmlEscaped())
                  : tr("<b>%1</b>: the text and justification can no longer change.")
                        .arg(status.toHtmlEscaped()));
}

void CaseEditor::askTransition(CaseStatus to)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Change Status"),
        (transitionNeedsReason(m_record.status, to)
             ? tr("Why does the case go back from “%1” to “%2”? (required, recorded in the "
                  "history)")
             : tr("Why does the case move from “%1” to “%2”? (recorded in the history)"))
            .arg(caseStatusTitle(m_record.status), caseStatusTitle(to)),
        {}, &ok);
    if (!ok)
        return;
    if (Status s = changeStatus(to, reason); !s)
        QMessageBox::warning(this, tr("Change Status"), s.error().toString());
}

Status CaseEditor::changeStatus(CaseStatus to, const QString& reason)
{
    if (Status s = saveNow(); !s)
        return s;
    if (Status s =
            CaseDraftStore(m_db).changeStatus(m_record.id, to, AppSettings::userName(), reason);
        !s)
        return s;
    // A transition freezes a revision too.
    announce(
        ChangeSet(ChangeSet::Cases)
            .addCase(m_record.id, ChangeSet::CasePart::Workflow | ChangeSet::CasePart::Revision));
    emit statusChanged(m_record.status);
    emit message(tr("Case moved to “%1”").arg(caseStatusTitle(m_record.status)));
    return {};
}

void CaseEditor::showHistory()
{
    auto history = CaseStore(m_db).statusHistory(m_record.id);
    QString html =
        tr("<p>Created %1 by %2.</p>")
            .arg(m_record.createdAt.left(16).toHtmlEscaped(), m_record.author.toHtmlEscaped());
    if (history) {
        html += QStringLiteral("<table cellpadding='3'>");
        for (const CaseStatusChange& h : history.value())
            html +=
                QStringLiteral(
                    "<tr><td>%1</td><td>%2 → <b>%3</b></td><td>%4</td><td><i>%5</i></td></tr>")
                    .arg(h.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')).toHtmlEscaped(),
                         caseStatusTitle(h.from).toHtmlEscaped(),
                         caseStatusTitle(h.to).toHtmlEscaped(), h.actor.toHtmlEscaped(),
                         h.reason.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_history->setHtml(html);
}

void CaseEditor::showConflicts()
{
    auto impact = analyseCaseImpact(m_db, currentRecord());
    if (!impact)
        return;
    QStringList lines;
    for (const CaseRecord& o : impact->otherOpenCases)
        lines << tr("⚠ Another open case targets %1: “%2” (%3, %4).")
                     .arg(caseTargetTitle(m_record), o.title, caseStatusTitle(o.status), o.author);
    for (const TermImpact& t : impact->terms)
        if (!t.codes.isEmpty())
            lines << tr("The case changes the defined term “%1”, also used by %2.")
                         .arg(t.term, t.codes.join(QStringLiteral(", ")));
    if (!impact->correspondingEntries.isEmpty())
        lines << tr("Corresponding entries in other lists that may need the same change: %1.")
                     .arg(impact->correspondingEntries.join(QStringLiteral(", ")));
    m_warning->setText(lines.join(QLatin1Char('\n')));
    m_warning->setVisible(!lines.isEmpty());
}

int CaseEditor::cursorPosition() const
{
    return m_proposed->textCursor().position();
}

void CaseEditor::setCursorPosition(int position)
{
    QTextCursor c(m_proposed->document());
    c.setPosition(std::clamp(position, 0, static_cast<int>(m_proposed->toPlainText().size())));
    m_proposed->setTextCursor(c);
    m_proposed->ensureCursorVisible();
    m_proposed->setFocus();
}

} // namespace paceline
