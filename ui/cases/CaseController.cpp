#include "CaseController.h"

#include "cases/BundleConflictDialog.h"
#include "cases/CaseBundle.h"
#include "cases/CaseJustification.h"
#include "cases/CaseEditor.h"
#include "cases/CaseStore.h"
#include "cases/CaseTarget.h"
#include "cases/CaseTargetOptions.h"
#include "cases/CaseText.h"
#include "cases/NewCaseDialog.h"
#include "cases/ProposeAmendmentDialog.h"
#include "io/FileWriter.h"
#include "lists/ListStore.h"
#include "report/ProposalDocument.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"
#include "storage/Database.h"
#include "timeline/TechnologyEvidence.h"
#include "timeline/TimelineStore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

namespace paceline {

CaseController::CaseController(DatabaseSession* session, QTabWidget* tabs, QUndoGroup* undo,
                               QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_tabs(tabs)
    , m_undo(undo)
    , m_window(window)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &CaseController::activate);
}

void CaseController::activate(int index)
{
    auto* editor = qobject_cast<CaseEditor*>(m_tabs->widget(index));
    // Outside a case, Edit ▸ Undo acts on the window's own edits (e.g. concordance links).
    m_undo->setActiveStack(editor ? editor->undoStack() : m_fallback);
}

void CaseController::setFallbackStack(QUndoStack* stack)
{
    m_fallback = stack;
    activate(m_tabs->currentIndex());
}

QList<CaseEditor*> CaseController::editors() const
{
    QList<CaseEditor*> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* e = qobject_cast<CaseEditor*>(m_tabs->widget(i)))
            out << e;
    return out;
}

CaseEditor* CaseController::currentEditor() const
{
    return qobject_cast<CaseEditor*>(m_tabs->currentWidget());
}

CaseEditor* CaseController::openCase(qint64 caseId)
{
    for (CaseEditor* e : editors()) {
        if (e->caseId() == caseId) {
            m_tabs->setCurrentWidget(e);
            return e;
        }
    }
    if (!m_session->isOpen())
        return nullptr;
    auto* editor = new CaseEditor(*m_session->database(), caseId, m_tabs);
    editor->announceThrough(m_session);
    m_undo->addStack(editor->undoStack());
    const int index = m_tabs->addTab(editor, editor->title().left(40));
    m_tabs->setTabToolTip(index, editor->title());
    connect(editor, &CaseEditor::titleChanged, this, [this, editor](const QString& title) {
        const int i = m_tabs->indexOf(editor);
        m_tabs->setTabText(i, title.left(40));
        m_tabs->setTabToolTip(i, title);
    });
    connect(editor, &CaseEditor::saved, this, &CaseController::rememberOpenCases);
    connect(editor, &CaseEditor::message, this, &CaseController::statusMessage);
    connect(editor, &QObject::destroyed, this, [this] {
        // After the tab is gone: remember the cases still open.
        QTimer::singleShot(0, this, &CaseController::rememberOpenCases);
    });
    m_tabs->setCurrentIndex(index);
    activate(index);
    rememberOpenCases();
    return editor;
}

void CaseController::rememberOpenCases()
{
    if (m_closingAll || !m_session->isOpen())
        return;
    QStringList open;
    for (CaseEditor* e : editors())
        if (!e->property("closing").toBool())
            open << QStringLiteral("%1:%2").arg(e->caseId()).arg(e->cursorPosition());
    AppSettings::setOpenCases(m_session->path(), open);
}

void CaseController::closeAll()
{
    rememberOpenCases();
    m_closingAll = true;
    for (CaseEditor* e : editors())
        delete e; // the destructor saves the last changes
    m_closingAll = false;
}

void CaseController::restoreOpenCases()
{
    if (!m_session->isOpen() || AppSettings::openCasesDatabase() != m_session->path())
        return;
    const QStringList remembered = AppSettings::openCases();
    CaseEditor* last = nullptr;
    for (const QString& entry : remembered) {
        const qint64 id = entry.section(QLatin1Char(':'), 0, 0).toLongLong();
        const int cursor = entry.section(QLatin1Char(':'), 1, 1).toInt();
        if (CaseEditor* e = openCase(id); e && e->isLoaded()) {
            e->setCursorPosition(cursor);
            last = e;
        } else if (e) {
            delete e; // the case is gone from this database
        }
    }
    if (last)
        m_tabs->setCurrentWidget(last);
}

Result<qint64> CaseController::createCase(CaseRecord record)
{
    if (!m_session->isOpen())
        return badInput(tr("no database is open"));
    record.author = AppSettings::userName();
    record.organisation = AppSettings::userOrganisation();
    if (record.proposedText.isEmpty())
        record.proposedText = record.baseText;
    // The technology starts as the one whose control events cite the entry, if only one does.
    CaseJustification justification = CaseJustification::fromJson(record.justification);
    auto events = TimelineStore(*m_session->database()).events();
    if (justification.technology.isEmpty() && events) {
        justification.technology = technologyCitingCode(events.value(), record.targetCode);
        if (!justification.technology.isEmpty())
            record.justification = justification.toJson();
    }
    auto id = CaseStore(*m_session->database()).create(record, record.author);
    if (!id)
        return id;
    m_session->announce(ChangeSet(ChangeSet::Cases).addCase(id.value(), ChangeSet::kAllCaseParts));
    openCase(id.value());
    return id;
}

void CaseController::proposeAmendment(qint64 editionId, const QString& code)
{
    if (!m_session->isOpen())
        return;
    Database& db = *m_session->database();
    auto choices = caseTargetChoices(db, editionId, code);
    auto listTerms = definedTermsOf(db, editionId);
    if (!choices || !listTerms) {
        QMessageBox::warning(
            m_window, tr("Propose Amendment"),
            tr("The text of %1 could not be read: %2")
                .arg(code, (!choices ? choices.error() : listTerms.error()).toString()));
        return;
    }
    ProposeAmendmentDialog dialog(choices.value(), listTerms.value(), m_window);
    const bool accepted = chooseTarget ? chooseTarget(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    const CaseTargetOption target = dialog.target();
    CaseRecord c;
    c.kind = dialog.kind();
    c.title = dialog.caseTitle();
    c.targetKind = target.kind;
    c.targetCode = target.code;
    c.targetName = target.name;
    c.baseEditionId = editionId;
    auto editions = ListStore(db).editions();
    if (editions)
        for (const EditionInfo& e : editions.value())
            if (e.id == editionId)
                c.listKey = e.listKey;
    auto base = caseTextOfTarget(db, editionId, target.kind, target.code, target.name);
    if (!base) {
        QMessageBox::warning(
            m_window, tr("Propose Amendment"),
            tr("The text of %1 could not be read: %2").arg(target.title, base.error().toString()));
        return;
    }
    c.baseText = base.value();
    if (auto r = createCase(c); !r)
        QMessageBox::warning(m_window, tr("Propose Amendment"), r.error().toString());
}

void CaseController::newCaseDialog()
{
    if (!m_session->isOpen())
        return;
    Database& db = *m_session->database();
    auto editions = ListStore(db).editions();
    auto termsOf = [&db](qint64 editionId) {
        QStringList out;
        if (auto terms = definedTermsOf(db, editionId))
            for (const ListTerm& t : terms.value())
                out << t.term;
        return out;
    };
    NewCaseDialog dialog(editions ? editions.value() : QList<EditionInfo>{}, termsOf, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CaseRecord c;
    c.title = dialog.caseTitle();
    c.kind = dialog.kind();
    c.targetCode = dialog.code();
    c.baseEditionId = dialog.editionId();
    if (c.kind == CaseKind::AmendDefinition) {
        c.targetKind = CaseTargetKind::Term;
        c.targetName = dialog.term();
    }
    if (editions)
        for (const EditionInfo& e : editions.value())
            if (e.id == c.baseEditionId)
                c.listKey = e.listKey;
    if (c.baseEditionId > 0 && c.targetKind != CaseTargetKind::Term && !c.targetCode.isEmpty() &&
        c.kind != CaseKind::NewEntry) {
        // The code may be an item or a note: the case then targets that.
        if (auto choices = caseTargetChoices(db, c.baseEditionId, c.targetCode))
            for (const CaseTargetOption& o : choices->options)
                if (o.code == c.targetCode && o.kind != CaseTargetKind::Term) {
                    c.targetKind = o.kind;
                    c.targetName = o.name;
                }
    }
    const bool hasBase =
        c.baseEditionId > 0 && c.kind != CaseKind::NewEntry &&
        (c.targetKind == CaseTargetKind::Term ? !c.targetName.isEmpty() : !c.targetCode.isEmpty());
    if (hasBase) {
        auto base = caseTextOfTarget(db, c.baseEditionId, c.targetKind, c.targetCode, c.targetName);
        if (!base) {
            QMessageBox::warning(m_window, tr("New Case"),
                                 tr("%1 is not in that edition: %2")
                                     .arg(caseTargetTitle(c), base.error().toString()));
            return;
        }
        c.baseText = base.value();
    }
    if (auto r = createCase(c); !r)
        QMessageBox::warning(m_window, tr("New Case"), r.error().toString());
}

void CaseController::saveRevisionOfCurrent()
{
    if (CaseEditor* e = currentEditor()) {
        auto r = e->saveRevision();
        emit statusMessage(r ? tr("Saved revision %1").arg(r.value()) : r.error().toString());
    }
}

void CaseController::exportCurrentDialog()
{
    CaseEditor* e = currentEditor();
    if (!e) {
        QMessageBox::information(m_window, tr("Export Proposal"), tr("Open a case first."));
        return;
    }
    if (Status s = e->saveNow(); !s) {
        QMessageBox::warning(m_window, tr("Export Proposal"), s.error().toString());
        return;
    }
    QString name = e->title().left(60);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    // Word and ODT come twice: tracked changes alone, or beside the text in force in two
    // columns.
    const QString twoColumnFilter = tr("Word, text in force | amendment table (*.docx)");
    const QString odtTwoColumnFilter = tr("OpenDocument, text in force | amendment table (*.odt)");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Proposal"),
        QDir::homePath() + QLatin1Char('/') + name + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md);;"
           "Word with tracked changes (*.docx);;Akoma Ntoso XML (*.akn.xml *.xml)") +
            QStringLiteral(";;") + twoColumnFilter + QStringLiteral(";;") + odtTwoColumnFilter,
        &filter);
    if (path.isEmpty())
        return;
    const auto format = proposalFormatFromName(QFileInfo(path).suffix());
    if (!format) {
        QMessageBox::warning(m_window, tr("Export Proposal"),
                             tr("Choose a name ending in .pdf, .odt, .html, .md, .docx or .xml."));
        return;
    }
    ProposalOptions options;
    options.twoColumn = filter == twoColumnFilter || filter == odtTwoColumnFilter;
    auto data = loadProposal(*m_session->database(), e->caseId());
    Status written =
        data ? exportProposal(data.value(), *format, path, options) : Status(data.error());
    if (!written)
        QMessageBox::warning(m_window, tr("Export Proposal"), written.error().toString());
    else
        emit statusMessage(tr("Proposal written to %1").arg(QDir::toNativeSeparators(path)));
}

void CaseController::exportBundleDialog()
{
    CaseEditor* e = currentEditor();
    if (!e) {
        QMessageBox::information(m_window, tr("Export Case Bundle"),
                                 tr("Open the case to send first."));
        return;
    }
    if (Status s = e->saveNow(); !s) {
        QMessageBox::warning(m_window, tr("Export Case Bundle"), s.error().toString());
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Case Bundle"),
                                     QDir::homePath() + QStringLiteral("/case.paceline-cases.json"),
                                     tr("Paceline case bundles (*.json)"));
    if (path.isEmpty())
        return;
    auto bytes = exportCaseBundle(*m_session->database(), {e->caseId()}, AppSettings::userName());
    Status written = bytes ? writeFileAtomically(path, bytes.value()) : Status(bytes.error());
    if (!written)
        QMessageBox::warning(m_window, tr("Export Case Bundle"), written.error().toString());
    else
        emit statusMessage(tr("Case bundle written to %1").arg(QDir::toNativeSeparators(path)));
}

void CaseController::importBundleDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import Case Bundle"), QDir::homePath(),
                                     tr("Paceline case bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = importBundle(path); !s && s.error().kind != Error::Kind::Cancelled)
        QMessageBox::warning(m_window, tr("Import Case Bundle"),
                             tr("Nothing was imported.\n\n%1").arg(s.error().toString()));
}

// Names the imported cases, so that views read just those again (and every case when the
// list cannot be read).
void CaseController::announceImported(const QList<CaseImportItem>& items)
{
    ChangeSet changes(ChangeSet::Cases);
    QSet<QString> uuids;
    for (const CaseImportItem& item : items)
        uuids.insert(item.uuid);
    if (auto cases = CaseStore(*m_session->database()).list())
        for (const CaseRecord& c : cases.value())
            if (uuids.contains(c.uuid))
                changes.addCase(c.id, ChangeSet::kAllCaseParts);
    m_session->announce(changes);
}

Status CaseController::importBundle(const QString& path)
{
    if (!m_session->isOpen())
        return badInput(tr("no database is open"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(file.errorString(), path);
    auto bundle = readCaseBundle(file.readAll(), path);
    if (!bundle)
        return bundle.error();
    closeAll(); // the editors' last keystrokes are saved before the merge reads the cases
    Database& db = *m_session->database();
    auto plan = planCaseImport(db, bundle.value());
    if (!plan) {
        restoreOpenCases();
        return plan.error();
    }
    QHash<QString, QString> resolutions;
    for (const CaseImportItem& item : plan.value()) {
        if (item.text != CaseImportItem::Text::Conflict)
            continue;
        const std::optional<QString> text = resolve(item);
        if (!text) {
            restoreOpenCases();
            return cancelled();
        }
        resolutions.insert(item.uuid, *text);
    }
    auto done = importCaseBundle(db, bundle.value(), resolutions, AppSettings::userName());
    restoreOpenCases();
    if (!done)
        return done.error();
    int comments = 0;
    int signoffs = 0;
    for (const CaseImportItem& item : done.value()) {
        comments += item.newComments;
        signoffs += item.newSignoffs;
    }
    announceImported(done.value());
    emit statusMessage(tr("Imported %1 case(s): %2 new comment(s), %3 new sign-off(s)")
                           .arg(done->size())
                           .arg(comments)
                           .arg(signoffs));
    return {};
}

} // namespace paceline
