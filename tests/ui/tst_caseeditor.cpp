#include "TestSupport.h"

#include "cases/BundleConflictDialog.h"
#include "cases/CaseBundle.h"
#include "cases/CaseController.h"
#include "cases/CaseDraftStore.h"
#include "cases/CaseEditor.h"
#include "cases/CaseJustificationForm.h"
#include "cases/CaseReviewPanel.h"
#include "cases/CaseStore.h"
#include "cases/CaseText.h"
#include "cases/CaseTablePanel.h"
#include "cases/CaseTableModel.h"
#include "cases/ProposeAmendmentDialog.h"
#include "demo/DemoDataset.h"
#include "io/FileWriter.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

qint64 makeDraft(Database& db, const QString& text)
{
    CaseRecord c;
    c.title = QStringLiteral("Draft case");
    c.author = QStringLiteral("tester");
    c.baseText = text;
    c.proposedText = text;
    c.listKey = QStringLiteral("wa-dul");
    c.targetCode = QStringLiteral("9.Z.9");
    return CaseStore(db).create(c, c.author).value();
}

void typeAt(QPlainTextEdit* edit, int position, const QString& text)
{
    QTextCursor c = edit->textCursor();
    c.setPosition(position);
    edit->setTextCursor(c);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestCaseEditor : public QObject {
    Q_OBJECT
private:
    const QString kText = QStringLiteral("The quick brown fox jumps over the lazy dog.");

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineCaseEditor"));
        AppSettings::setUserName(QStringLiteral("Test Reviewer"));
        AppSettings::setUserOrganisation(QStringLiteral("Test Ministry"));
        static_assert(CaseEditor::kAutosaveMs <= 2000 && CaseEditor::kAutosaveMaxMs <= 2000);
    }

    void typingBurstsAreSingleUndoSteps()
    {
        TempDatabase t;
        CaseEditor editor(*t.db, makeDraft(*t.db, kText));
        editor.show();
        QUndoStack* stack = editor.undoStack();
        QPlainTextEdit* edit = editor.proposedEdit();
        typeAt(edit, static_cast<int>(kText.size()), QStringLiteral(" Again"));
        QCOMPARE(stack->count(), 1);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QCOMPARE(stack->count(), 1); // backspacing over fresh text joins the burst
        typeAt(edit, 4, QStringLiteral("very "));
        QCOMPARE(stack->count(), 2); // elsewhere: a new step
        QCOMPARE(edit->toPlainText(),
                 QStringLiteral("The very quick brown fox jumps over the lazy dog. Aga"));
        stack->undo();
        QCOMPARE(edit->toPlainText(), kText + QStringLiteral(" Aga"));
        stack->undo();
        QCOMPARE(edit->toPlainText(), kText);
        stack->redo();
        stack->redo();
        QCOMPARE(edit->toPlainText(),
                 QStringLiteral("The very quick brown fox jumps over the lazy dog. Aga"));
        QCOMPARE(editor.currentRecord().proposedText, edit->toPlainText());
        // Selecting a word and typing over it is one replacement.
        QTextCursor c = edit->textCursor();
        c.setPosition(9);
        c.setPosition(14, QTextCursor::KeepAnchor);
        edit->setTextCursor(c);
        QTest::keyClicks(edit, QStringLiteral("slow"));
        QCOMPARE(edit->toPlainText().left(19), QStringLiteral("The very slow brown"));
        stack->undo();
        QCOMPARE(edit->toPlainText().left(20), QStringLiteral("The very quick brown"));
    }

    void fieldEditsUndoAndRedo()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        CaseEditor editor(*t.db, makeDraft(*t.db, kText));
        editor.show();
        QUndoStack* stack = editor.undoStack();
        QTest::keyClicks(editor.titleEdit(), QStringLiteral(" v2"));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(editor.title(), QStringLiteral("Draft case v2"));

        const int kind = editor.kindBox()->findData(static_cast<int>(CaseKind::DeleteEntry));
        editor.kindBox()->setCurrentIndex(kind);
        emit editor.kindBox()->activated(kind);
        QCOMPARE(editor.currentRecord().kind, CaseKind::DeleteEntry);

        CaseJustificationForm* form = editor.justificationForm();
        QComboBox* tech = form->technologyBox();
        QVERIFY(tech->count() > 1);
        tech->setCurrentIndex(1);
        const QString chosen = tech->itemData(1).toString();
        QCOMPARE(form->justification().technology, chosen);
        form->milestoneList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(form->justification().milestones.size(), 1);
        QTest::keyClicks(form->textField(QStringLiteral("why_now")),
                         QStringLiteral("Because of TM-09"));
        QCOMPARE(form->justification().whyNow, QStringLiteral("Because of TM-09"));
        QCOMPARE(stack->count(), 5);

        stack->undo(); // why now
        QVERIFY(form->justification().whyNow.isEmpty());
        stack->undo(); // milestone
        QVERIFY(form->justification().milestones.isEmpty());
        QCOMPARE(form->milestoneList()->item(0)->checkState(), Qt::Unchecked);
        stack->undo(); // technology
        QVERIFY(form->justification().technology.isEmpty());
        stack->undo(); // kind
        QCOMPARE(editor.kindBox()->currentData().toInt(), static_cast<int>(CaseKind::AmendEntry));
        stack->undo(); // title
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("Draft case"));
        stack->setIndex(5);
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("Draft case v2"));
        QCOMPARE(form->justification().technology, chosen);
        QCOMPARE(form->justification().whyNow, QStringLiteral("Because of TM-09"));

        QVERIFY(editor.saveNow());
        auto stored = CaseStore(*t.db).load(editor.caseId());
        QCOMPARE(stored->title, QStringLiteral("Draft case v2"));
        QCOMPARE(stored->kind, CaseKind::DeleteEntry);
        QCOMPARE(CaseJustification::fromJson(stored->justification).whyNow,
                 QStringLiteral("Because of TM-09"));
    }

    void autosaveFollowsTheLastChange()
    {
        TempDatabase t;
        const qint64 id = makeDraft(*t.db, kText);
        CaseEditor editor(*t.db, id);
        editor.show();
        QSignalSpy saved(&editor, &CaseEditor::saved);
        typeAt(editor.proposedEdit(), 0, QStringLiteral("Indeed, "));
        QVERIFY(editor.hasUnsavedChanges());
        QVERIFY(saved.wait(10000));
        QCOMPARE(CaseStore(*t.db).load(id)->proposedText, QStringLiteral("Indeed, ") + kText);
        QVERIFY(!editor.hasUnsavedChanges());
    }

    void redlineIsComputedAndMarked()
    {
        TempDatabase t;
        CaseEditor editor(*t.db, makeDraft(*t.db, kText));
        editor.show();
        typeAt(editor.proposedEdit(), 4, QStringLiteral("very "));
        // Computed off the UI thread; the result arrives through the event loop.
        QTRY_VERIFY_WITH_TIMEOUT(
            editor.redlineView()->toPlainText().contains(QStringLiteral("{+very")), 10000);
        typeAt(editor.proposedEdit(), 0, QStringLiteral("X"));
        QTest::keyClick(editor.proposedEdit(), Qt::Key_Delete); // "The" -> "Xhe"
        QTRY_VERIFY_WITH_TIMEOUT(
            editor.redlineView()->toPlainText().contains(QStringLiteral("[-The-]")), 10000);
    }

    void redlineShowsChangedPassagesOnly()
    {
        QSettings().remove(
            QStringLiteral("caseEditor")); // the full text first, as on a first start
        // A long entry with one word changed in the middle.
        QStringList words;
        for (int i = 0; i < 60; ++i)
            words << QStringLiteral("word%1").arg(i);
        TempDatabase t;
        CaseEditor editor(*t.db, makeDraft(*t.db, words.join(QLatin1Char(' '))));
        editor.show();
        const int middle = static_cast<int>(words.mid(0, 30).join(QLatin1Char(' ')).size()) + 1;
        typeAt(editor.proposedEdit(), middle, QStringLiteral("new "));
        QTRY_VERIFY_WITH_TIMEOUT(
            editor.redlineView()->toPlainText().contains(QStringLiteral("{+new +}")), 10000);
        QVERIFY(editor.redlineView()->toPlainText().contains(QStringLiteral("word0 ")));
        editor.passagesOnlyBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            !editor.redlineView()->toPlainText().contains(QStringLiteral("word0 ")), 10000);
        const QString shown = editor.redlineView()->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("… word22")) &&
                     shown.endsWith(QStringLiteral("word37 …")) &&
                     shown.contains(QStringLiteral("word29 {+new +}word30")),
                 qPrintable(shown));
        editor.passagesOnlyBox()->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(
            editor.redlineView()->toPlainText().contains(QStringLiteral("word0 ")), 10000);
        QSettings().remove(QStringLiteral("caseEditor"));
    }

    void workflowOffersOnlyAllowedTransitions()
    {
        TempDatabase t;
        const qint64 id = makeDraft(*t.db, kText);
        CaseEditor editor(*t.db, id);
        auto offered = [&editor] {
            QList<int> out;
            for (QAction* a : editor.statusActions())
                out << a->data().toInt();
            return out;
        };
        QCOMPARE(offered(), (QList<int>{int(CaseStatus::InReview), int(CaseStatus::Withdrawn)}));
        Status refused = editor.changeStatus(CaseStatus::Approved, QStringLiteral("skip review"));
        QVERIFY(!refused);
        QCOMPARE(editor.status(), CaseStatus::Draft);
        QVERIFY(editor.changeStatus(CaseStatus::InReview,
                                    QStringLiteral("ready for the working group")));
        QCOMPARE(editor.status(), CaseStatus::InReview);
        QCOMPARE(offered(),
                 (QList<int>{int(CaseStatus::ChangesRequested), int(CaseStatus::Approved),
                             int(CaseStatus::Draft), int(CaseStatus::Withdrawn)}));
        auto history = CaseStore(*t.db).statusHistory(id);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().actor, QStringLiteral("Test Reviewer"));
        QCOMPARE(history->first().reason, QStringLiteral("ready for the working group"));
        QVERIFY(editor.changeStatus(CaseStatus::Withdrawn, QStringLiteral("superseded")));
        QVERIFY(editor.statusActions().isEmpty());
    }

    void reviewLocksTheTextUntilItGoesBackToDraft()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db)); // milestones and events to link
        const qint64 id = makeDraft(*t.db, kText);
        CaseEditor editor(*t.db, id);
        editor.show();
        QVERIFY(!editor.lockNotice()->isVisible());
        typeAt(editor.proposedEdit(), 0, QStringLiteral("Draft: "));
        QVERIFY(editor.undoStack()->canUndo());
        QVERIFY(editor.changeStatus(CaseStatus::InReview, QStringLiteral("ready")));
        const QString reviewed = QStringLiteral("Draft: ") + kText;
        QCOMPARE(CaseStore(*t.db).load(id)->proposedText, reviewed);

        // Typing, undo and the justification no longer change the text the reviewers read.
        QVERIFY(editor.lockNotice()->isVisible());
        QVERIFY(editor.lockNotice()->text().contains(QStringLiteral("locked")));
        QVERIFY(editor.proposedEdit()->isReadOnly());
        QVERIFY(editor.titleEdit()->isReadOnly());
        QVERIFY(!editor.kindBox()->isEnabled());
        QVERIFY(editor.justificationForm()->isReadOnly());
        QVERIFY(editor.justificationForm()->textField(QStringLiteral("why_now"))->isReadOnly());
        QVERIFY(!editor.undoStack()->canUndo());
        typeAt(editor.proposedEdit(), 0, QStringLiteral("Sneaky "));
        QCOMPARE(editor.proposedEdit()->toPlainText(), reviewed);
        QListWidget* milestones = editor.justificationForm()->milestoneList();
        QVERIFY(milestones->count() > 0);
        QVERIFY(!(milestones->item(0)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!editor.hasUnsavedChanges());
        // Reviewers can still comment on the locked text.
        QVERIFY(editor.reviewPanel()->addComment(7, 16, reviewed, QStringLiteral("Which fox?")));

        // Back to Draft is offered, refused without a reason, then recorded with one.
        bool offered = false;
        for (QAction* a : editor.statusActions())
            offered |= a->data().toInt() == int(CaseStatus::Draft);
        QVERIFY(offered);
        QVERIFY(!editor.changeStatus(CaseStatus::Draft, QStringLiteral("  ")));
        QCOMPARE(editor.status(), CaseStatus::InReview);
        QVERIFY(editor.changeStatus(CaseStatus::Draft, QStringLiteral("fix the numbers")));
        QCOMPARE(editor.status(), CaseStatus::Draft);
        QVERIFY(!editor.lockNotice()->isVisible());
        QVERIFY(!editor.proposedEdit()->isReadOnly());
        QVERIFY(!editor.justificationForm()->isReadOnly());
        QVERIFY(milestones->item(0)->flags() & Qt::ItemIsUserCheckable);
        typeAt(editor.proposedEdit(), 0, QStringLiteral("Again "));
        QVERIFY(editor.saveNow());
        QCOMPARE(CaseStore(*t.db).load(id)->proposedText, QStringLiteral("Again ") + reviewed);
        QCOMPARE(CaseStore(*t.db).statusHistory(id)->last().reason,
                 QStringLiteral("fix the numbers"));

        // A final case has no way back: the notice says so and offers nothing.
        QVERIFY(editor.changeStatus(CaseStatus::Withdrawn, QStringLiteral("superseded")));
        QVERIFY(editor.lockNotice()->isVisible());
        QVERIFY(editor.lockNotice()->text().contains(QStringLiteral("no longer change")));
    }

    void commentsFollowTheirWords()
    {
        TempDatabase t;
        const qint64 id = makeDraft(*t.db, kText);
        CaseEditor editor(*t.db, id);
        editor.show();
        CaseReviewPanel* review = editor.reviewPanel();
        QVERIFY(review->addComment(10, 15, kText, QStringLiteral("Why brown?")));
        QVERIFY(review->addComment(35, 39, kText, QStringLiteral("Lazy is unfair")));
        QCOMPARE(review->comments().size(), 2);
        QVERIFY(review->reply(review->comments().first().uuid,
                              QStringLiteral("Because the source says so")));
        QCOMPARE(review->comments().size(), 3);
        QCOMPARE(review->comments().at(2).author, QStringLiteral("Test Reviewer"));

        typeAt(editor.proposedEdit(), 0, QStringLiteral("Look: "));
        auto anchors = review->anchors();
        QCOMPARE(anchors.at(0).text, QStringLiteral("brown"));
        QCOMPARE(anchors.at(0).start, 16);
        // Delete "lazy " with the keyboard: its comment is outdated, the other one stays.
        QTextCursor c = editor.proposedEdit()->textCursor();
        const int lazy =
            static_cast<int>(editor.proposedEdit()->toPlainText().indexOf(QStringLiteral("lazy")));
        c.setPosition(lazy);
        c.setPosition(lazy + 5, QTextCursor::KeepAnchor);
        editor.proposedEdit()->setTextCursor(c);
        QTest::keyClick(editor.proposedEdit(), Qt::Key_Delete);
        anchors = review->anchors();
        QVERIFY(anchors.at(1).outdated);
        QVERIFY(!anchors.at(0).outdated);
        // Undo brings "lazy " back and its comment with it; redo outdates it again.
        editor.undoStack()->undo();
        anchors = review->anchors();
        QVERIFY(!anchors.at(1).outdated);
        QCOMPARE(anchors.at(1).text, QStringLiteral("lazy"));
        editor.undoStack()->redo();
        QVERIFY(review->anchors().at(1).outdated);
        QVERIFY(editor.saveNow());
        auto stored = CaseStore(*t.db).comments(id);
        QCOMPARE(stored->at(0).anchorStart, 16);
        QVERIFY(stored->at(1).outdated);
        QVERIFY(review->setResolved(stored->at(0).uuid, true));
        QVERIFY(!CaseStore(*t.db).comments(id)->at(0).resolvedAt.isEmpty());
        QVERIFY(review->signOff(true, QStringLiteral("fine")));
        auto signoffs = CaseStore(*t.db).signoffs(id);
        QCOMPARE(signoffs->size(), 1);
        QCOMPARE(signoffs->first().reviewer, QStringLiteral("Test Reviewer"));
        QCOMPARE(signoffs->first().organisation, QStringLiteral("Test Ministry"));
    }

    void windowUndoFollowsTheActiveCaseAndReopensAfterRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        qint64 first = 0;
        {
            DatabaseSession session;
            MainWindow window(&session);
            window.show();
            QVERIFY(window.openDatabase(path, true));
            auto cases = CaseStore(*session.database()).list();
            QVERIFY(cases->size() >= 2);
            // The demo's cases are in review or adopted: their text is locked. A new draft.
            first = makeDraft(*session.database(), kText);
            const qint64 second = cases->at(0).id;
            CaseEditor* a = window.caseController()->openCase(first);
            CaseEditor* b = window.caseController()->openCase(second);
            QCOMPARE(window.undoGroup()->activeStack(), b->undoStack());
            window.tabs()->setCurrentWidget(a);
            QCOMPARE(window.undoGroup()->activeStack(), a->undoStack());
            typeAt(a->proposedEdit(), 3, QStringLiteral("XYZ"));
            QVERIFY(window.undoGroup()->canUndo());
            // Ctrl+Z in the text reaches Edit > Undo (the case's stack), not the widget's own undo.
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            a->proposedEdit()->setFocus();
            const QString typed = a->proposedEdit()->toPlainText();
            QTest::keyClick(a->proposedEdit(), Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(a->proposedEdit()->toPlainText(), typed.left(3) + typed.mid(6));
            QTest::keyClick(a->proposedEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(a->proposedEdit()->toPlainText(), typed);
            a->setCursorPosition(6);
            delete b; // closing a tab: only case `first` stays open
            QCoreApplication::processEvents();
            window.close(); // saves the typing and remembers the open case
        }
        DatabaseSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(window.openDatabase(path, false));
        const QList<CaseEditor*> editors = window.caseController()->editors();
        QCOMPARE(editors.size(), 1);
        QCOMPARE(editors.first()->caseId(), first);
        QCOMPARE(editors.first()->cursorPosition(), 6);
        QCOMPARE(editors.first()->proposedEdit()->toPlainText().mid(3, 3), QStringLiteral("XYZ"));
        window.close();
    }

    void proposeAmendmentStartsFromTheEntryText()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("p.sqlite")), true));
        auto editions = ListStore(*session.database()).editions();
        QVERIFY(editions && !editions->isEmpty());
        const qint64 edition = editions->first().id;
        auto doc = ListStore(*session.database()).loadEdition(edition);
        QString code;
        QString heading;
        for (const auto& n : doc->nodes)
            if (n.kind == NodeKind::Entry && code.isEmpty()) {
                code = n.code;
                heading = n.title;
            }
        QVERIFY(!code.isEmpty());
        const auto before = window.caseController()->editors().size();
        const int casesBefore = window.casePanel()->visibleCaseCount();
        // The dialog starts on the entry itself.
        window.caseController()->chooseTarget = [](ProposeAmendmentDialog&) {
            return true;
        };
        window.proposeAmendment(edition, code);
        QCOMPARE(window.casePanel()->visibleCaseCount(), casesBefore + 1);
        // The demo cases date from 2013-2025; only the new one changed this week.
        window.casePanel()->changedFilter()->setCurrentIndex(1);
        QCOMPARE(window.casePanel()->visibleCaseCount(), 1);
        const auto editors = window.caseController()->editors();
        QCOMPARE(editors.size(), before + 1);
        CaseEditor* e = window.caseController()->currentEditor();
        QCOMPARE(e->baseEdit()->toPlainText(),
                 caseTextOfEntry(*session.database(), edition, code).value());
        QCOMPARE(e->proposedEdit()->toPlainText(), e->baseEdit()->toPlainText());
        QVERIFY(e->title().contains(code));
        QVERIFY(e->baseEdit()->isReadOnly());
        // The code is the case's target, not a word of its text; the heading is a paragraph.
        QVERIFY(!e->baseEdit()->toPlainText().contains(code + QLatin1Char(' ')));
        QCOMPARE(e->baseEdit()->toPlainText().section(QStringLiteral("\n\n"), 0, 0), heading);
        window.close();
    }

    void bundleConflictIsShownAndResolvedByTheUser()
    {
        QTemporaryDir dir;
        TempDatabase reviewer;
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("author.sqlite")), false));
        Database& db = *session.database();
        const qint64 id = makeDraft(db, kText);
        const QString uuid = CaseStore(db).load(id)->uuid;
        auto out = exportCaseBundle(db, {id}, QStringLiteral("Author"));
        QVERIFY(importCaseBundle(*reviewer.db, readCaseBundle(out.value()).value(), {},
                                 QStringLiteral("Rev")));

        // The reviewer rewrites the end; the author, meanwhile, types at the start.
        const qint64 there = CaseStore(*reviewer.db).list()->first().id;
        auto theirs = CaseStore(*reviewer.db).load(there).value();
        theirs.proposedText = kText + QStringLiteral(" Reviewed.");
        QVERIFY(CaseDraftStore(*reviewer.db).saveDraft(theirs, {}, QStringLiteral("Rev")));
        const QString file = dir.filePath(QStringLiteral("reply.json"));
        QVERIFY(writeFileAtomically(
            file, exportCaseBundle(*reviewer.db, {there}, QStringLiteral("Rev")).value()));
        CaseEditor* editor = window.caseController()->openCase(id);
        typeAt(editor->proposedEdit(), 0, QStringLiteral("Mine: "));

        // Cancelling the resolution imports nothing.
        QList<CaseImportItem> shown;
        window.caseController()->resolve =
            [&shown](const CaseImportItem& item) -> std::optional<QString> {
            shown << item;
            return std::nullopt;
        };
        Status cancelledImport = window.caseController()->importBundle(file);
        QVERIFY(!cancelledImport);
        QCOMPARE(cancelledImport.error().kind, Error::Kind::Cancelled);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().mineText, QStringLiteral("Mine: ") + kText);
        QCOMPARE(shown.first().theirsText, kText + QStringLiteral(" Reviewed."));
        QCOMPARE(shown.first().ancestorText, kText);
        QCOMPARE(CaseStore(db).load(id)->proposedText, QStringLiteral("Mine: ") + kText);

        BundleConflictDialog dialog(shown.first());
        dialog.mergedEdit()->setPlainText(QStringLiteral("Mine: ") + kText +
                                          QStringLiteral(" Reviewed."));
        dialog.useMerged();
        const QString merged = dialog.resolvedText();
        window.caseController()->resolve = [merged](const CaseImportItem&) {
            return std::optional<QString>(merged);
        };
        QVERIFY(window.caseController()->importBundle(file));
        QCOMPARE(CaseStore(db).load(id)->proposedText, merged);
        // The case tab was reopened with the merged text.
        QCOMPARE(window.caseController()->editors().size(), 1);
        QCOMPARE(window.caseController()->editors().first()->proposedEdit()->toPlainText(), merged);
        Q_UNUSED(uuid);
        window.close();
    }

    void caseTableModelIsWellBehaved()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        CaseTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCases(CaseStore(*t.db).list().value());
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestCaseEditor)
#include "tst_caseeditor.moc"
