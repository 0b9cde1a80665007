#include "TestSupport.h"

#include "browser/EntryView.h"
#include "cases/CaseController.h"
#include "cases/CaseEditor.h"
#include "cases/CaseStore.h"
#include "cases/CaseTableModel.h"
#include "cases/CaseTarget.h"
#include "cases/ProposeAmendmentDialog.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QUndoGroup>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// The kinds the dialog's box offers (its enabled items).
QList<CaseKind> offeredKinds(QComboBox* box)
{
    QList<CaseKind> out;
    auto* model = qobject_cast<QStandardItemModel*>(box->model());
    for (int row = 0; row < box->count(); ++row)
        if (!model || model->item(row)->isEnabled())
            out << static_cast<CaseKind>(box->itemData(row).toInt());
    return out;
}

QStringList rows(QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text().trimmed();
    return out;
}

} // namespace

// "Propose Amendment…" on entry 4.E.1 of the demo: the analyst chooses the entry, an item, a
// note or a defined term; the kind follows; the new case starts from that target's text and
// names it in the editor and the Cases dock.
class TestProposeAmendment : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;
    QUndoGroup m_undo;
    QWidget m_window;
    QTabWidget* m_tabs = nullptr;
    CaseController* m_cases = nullptr;
    qint64 m_wa = 0;

    CaseEditor* propose(const QString& code, const std::function<bool(ProposeAmendmentDialog&)>& f)
    {
        m_cases->chooseTarget = f;
        const qsizetype before = m_cases->editors().size();
        m_cases->proposeAmendment(m_wa, code);
        if (m_cases->editors().size() == before)
            return nullptr;
        CaseEditor* editor = m_cases->currentEditor();
        return editor && editor->isLoaded() ? editor : nullptr;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineProposeAmendment"));
        AppSettings::setUserName(QStringLiteral("Test Analyst"));
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("demo.sqlite")), true));
        m_tabs = new QTabWidget(&m_window);
        m_cases = new CaseController(&m_session, m_tabs, &m_undo, &m_window);
        auto wa = ListStore(*m_session.database())
                      .findEdition(QStringLiteral("wa-dul"),
                                   QStringLiteral("WA-LIST (23) 1 — Paceline summary"));
        QVERIFY(wa);
        m_wa = wa->id;
    }

    void choosingADefinitionMakesADefinitionCase()
    {
        QStringList shown;
        QList<CaseKind> kindsForEntry;
        QList<CaseKind> kindsForTerm;
        QString titleForTerm;
        CaseEditor* editor = propose(QStringLiteral("4.E.1"), [&](ProposeAmendmentDialog& d) {
            shown = rows(d.targetList());
            kindsForEntry = offeredKinds(d.kindBox());
            if (d.kind() != CaseKind::AmendEntry || d.caseTitle() != QLatin1String("Amend 4.E.1"))
                return false;
            if (!d.chooseTarget(
                    QStringLiteral("4.E.1 — definition of \"vulnerability disclosure\"")))
                return false;
            kindsForTerm = offeredKinds(d.kindBox());
            titleForTerm = d.caseTitle();
            return d.kind() == CaseKind::AmendDefinition &&
                   d.previewLabel()->text().startsWith(QStringLiteral("Identifying"));
        });
        for (const char* row : {"4.E.1", "4.E.1.a", "4.E.1.c", "4.E.1 — Note 1", "4.E.1 — Note 2",
                                "4.E.1 — definition of \"vulnerability disclosure\"",
                                "4.E.1 — definition of \"intrusion software\""})
            QVERIFY2(shown.contains(QString::fromUtf8(row)), row);
        QVERIFY(!kindsForEntry.contains(CaseKind::AmendDefinition));
        QCOMPARE(kindsForTerm, QList<CaseKind>{CaseKind::AmendDefinition});
        QCOMPARE(titleForTerm,
                 QStringLiteral("Amend the definition of \"vulnerability disclosure\""));
        QVERIFY(editor);

        // The case starts from the definition, not from the entry.
        QCOMPARE(editor->baseEdit()->toPlainText(),
                 QStringLiteral("\"vulnerability disclosure\": Identifying a vulnerability and "
                                "reporting it to, communicating it to, or analysing it with the "
                                "people or organisations responsible for carrying out or "
                                "coordinating its remediation, so that it can be fixed. "
                                "Introduced with the December 2017 notes to 4.E.1."));
        QCOMPARE(editor->proposedEdit()->toPlainText(), editor->baseEdit()->toPlainText());
        QCOMPARE(editor->currentRecord().kind, CaseKind::AmendDefinition);
        QVERIFY2(editor->targetLabel()->text().startsWith(
                     QStringLiteral("4.E.1 — definition of \"vulnerability disclosure\" · list")),
                 qPrintable(editor->targetLabel()->text()));
        // Only "Amend definition" fits a term: the other kinds are not offered in the editor.
        QCOMPARE(offeredKinds(editor->kindBox()), QList<CaseKind>{CaseKind::AmendDefinition});

        // The Cases dock names the target the same way.
        CaseTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setCases(CaseStore(*m_session.database()).list().value());
        const int row = model.rowOfCase(editor->caseId());
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, CaseTableModel::Target).data().toString(),
                 QStringLiteral("4.E.1 — definition of \"vulnerability disclosure\""));
    }

    void choosingAnItemOrANoteStartsFromItsText()
    {
        CaseEditor* item = propose(QStringLiteral("4.E.1"), [](ProposeAmendmentDialog& d) {
            return d.chooseTarget(QStringLiteral("4.E.1.c")) && d.kind() == CaseKind::AmendEntry;
        });
        QVERIFY(item);
        QVERIFY2(item->baseEdit()->toPlainText().startsWith(
                     QStringLiteral("\"Technology\" for the \"development\" of \"intrusion "
                                    "software\".")),
                 qPrintable(item->baseEdit()->toPlainText()));
        QCOMPARE(item->title(), QStringLiteral("Amend 4.E.1.c"));

        CaseEditor* note = propose(QStringLiteral("4.E.1"), [](ProposeAmendmentDialog& d) {
            return d.chooseTarget(QStringLiteral("4.E.1 — Note 1")) &&
                   d.kind() == CaseKind::NoteOrDecontrol;
        });
        QVERIFY(note);
        QVERIFY(note->baseEdit()->toPlainText().startsWith(
            QStringLiteral("4.E.1.a and 4.E.1.c do not apply to \"vulnerability disclosure\"")));
        QVERIFY(note->targetLabel()->text().startsWith(QStringLiteral("4.E.1 — Note 1 · ")));
        QCOMPARE(note->currentRecord().targetCode, QStringLiteral("4.E.1~n1"));
    }

    // A definition the entry does not use, chosen from the list's definitions.
    void aDefinitionOfTheWholeList()
    {
        CaseEditor* editor = propose(QStringLiteral("4.A.5"), [](ProposeAmendmentDialog& d) {
            return d.chooseListDefinition(QStringLiteral("Adjusted Peak Performance")) &&
                   d.targetList()->currentRow() < 0 && d.kind() == CaseKind::AmendDefinition;
        });
        QVERIFY(editor);
        const CaseRecord c = editor->currentRecord();
        QCOMPARE(caseTargetTitle(c), QStringLiteral("definition of \"Adjusted Peak Performance\""));
        QVERIFY(c.targetCode.isEmpty());
        QVERIFY(editor->baseEdit()->toPlainText().startsWith(
            QStringLiteral("\"Adjusted Peak Performance\"")));
    }

    void cancelMakesNoCase()
    {
        const qsizetype before = CaseStore(*m_session.database()).list()->size();
        QVERIFY(!propose(QStringLiteral("4.E.1"), [](ProposeAmendmentDialog& d) {
            d.chooseTarget(QStringLiteral("4.E.1.a"));
            return false;
        }));
        QCOMPARE(CaseStore(*m_session.database()).list()->size(), before);
    }

    // The entry view's "Propose Amendment…" passes the node it was opened on, so the chooser
    // starts on that item rather than on the entry.
    void theEntryViewProposesWhatItShows()
    {
        EntryView view(&m_session);
        QVERIFY(view.showEntry(m_wa, QStringLiteral("4.E.1.c")));
        QAction* action = nullptr;
        for (QAction* a : view.findChildren<QAction*>())
            if (a->text() == QStringLiteral("Propose Amendment…"))
                action = a;
        QVERIFY(action);
        QSignalSpy asked(&view, &EntryView::proposeAmendmentRequested);
        action->trigger();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("4.E.1.c"));
        QString chosen;
        QVERIFY(propose(QStringLiteral("4.E.1.c"), [&](ProposeAmendmentDialog& d) {
                    chosen = d.target().title;
                    return false;
                }) == nullptr);
        QCOMPARE(chosen, QStringLiteral("4.E.1.c"));
    }

    // The real dialog, driven as a user would: the list, then Create Case.
    void theDialogItself()
    {
        auto choices = caseTargetChoices(*m_session.database(), m_wa, QStringLiteral("4.E.1.c"));
        QVERIFY(choices);
        ProposeAmendmentDialog d(choices.value(), {});
        d.show();
        // Opened on an item, the dialog starts there.
        QCOMPARE(d.target().code, QStringLiteral("4.E.1.c"));
        QCOMPARE(d.caseTitle(), QStringLiteral("Amend 4.E.1.c"));
        // A title the analyst typed stays when the target changes.
        d.titleEdit()->clear();
        QTest::keyClicks(d.titleEdit(), QStringLiteral("Clarify c"));
        QVERIFY(d.chooseTarget(QStringLiteral("4.E.1")));
        QCOMPARE(d.caseTitle(), QStringLiteral("Clarify c"));
        QVERIFY(!d.listDefinitionBox()->isEnabled()); // no list definitions given
    }
};

QTEST_MAIN(TestProposeAmendment)
#include "tst_proposeamendment.moc"
