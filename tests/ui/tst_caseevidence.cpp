#include "TestSupport.h"

#include "cases/CaseController.h"
#include "cases/CaseEditor.h"
#include "cases/CaseJustificationForm.h"
#include "cases/CaseStore.h"
#include "cases/ProposeAmendmentDialog.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"
#include "timeline/TimelineStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// The ids a list shows (its items not hidden).
QStringList shownIds(QListWidget* list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (!list->item(i)->isHidden())
            ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QListWidgetItem* item(QListWidget* list, const QString& id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    return nullptr;
}

// The ids of a technology's milestones or events and of the linked ones, in list order.
template <typename T>
QStringList idsOf(const QList<T>& facts, const QString& technology, const QStringList& linked = {})
{
    QStringList ids;
    for (const T& f : facts)
        if (f.technologyLabels.contains(technology) || linked.contains(f.extId))
            ids << f.extId;
    return ids;
}

} // namespace

// Linking evidence to a case (the justification form): choosing a technology narrows the 58
// milestones and 80 events of the demo to its own, "Show all" brings back the rest, linked
// items of other technologies stay in sight, and a new case starts with the technology its
// entry's control events name.
class TestCaseEvidence : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;
    QUndoGroup m_undo;
    QWidget m_window; // owns the tabs and the controller; closing it saves the open cases
    QTabWidget* m_tabs = nullptr;
    CaseController* m_cases = nullptr;
    QList<Milestone> m_milestones;
    QList<ControlEvent> m_events;

    qint64 euEdition()
    {
        const auto editions = ListStore(*m_session.database()).editions();
        for (const EditionInfo& e : editions.value())
            if (e.listKey == QLatin1String("eu-annex-i"))
                return e.id;
        return 0;
    }

    // A case against a demo entry, made the way "Propose Amendment" on the entry makes it.
    CaseEditor* proposeAmendment(const QString& code)
    {
        m_cases->proposeAmendment(euEdition(), code);
        CaseEditor* editor = m_cases->currentEditor();
        return editor && editor->isLoaded() ? editor : nullptr;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineCaseEvidence"));
        AppSettings::setUserName(QStringLiteral("Test Analyst"));
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("demo.sqlite")), true));
        m_tabs = new QTabWidget(&m_window);
        m_cases = new CaseController(&m_session, m_tabs, &m_undo, &m_window);
        // "Propose Amendment" keeps the dialog's first choice: the entry.
        m_cases->chooseTarget = [](ProposeAmendmentDialog&) {
            return true;
        };
        m_milestones = TimelineStore(*m_session.database()).milestones().value();
        m_events = TimelineStore(*m_session.database()).events().value();
        QCOMPARE(m_milestones.size(), 58);
        QCOMPARE(m_events.size(), 80);
    }

    void technologiesAreSortedByName()
    {
        CaseEditor* editor = proposeAmendment(QStringLiteral("4D004"));
        QVERIFY(editor);
        QComboBox* box = editor->justificationForm()->technologyBox();
        QCOMPARE(box->itemText(0), QStringLiteral("(none chosen)"));
        QStringList names;
        for (int i = 1; i < box->count(); ++i)
            names << box->itemText(i);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted);
        QCOMPARE(names.size(), TimelineStore(*m_session.database()).technologies()->size());
    }

    void aNewCaseStartsWithTheTechnologyItsEntryIsCitedFor()
    {
        // Only encryption's control events cite 5D002: the case starts with it, as its
        // initial value (nothing to undo, nothing unsaved), and the lists show its facts.
        CaseEditor* editor = proposeAmendment(QStringLiteral("5D002"));
        QVERIFY(editor);
        CaseJustificationForm* form = editor->justificationForm();
        QCOMPARE(form->technologyBox()->currentData().toString(), QStringLiteral("encryption"));
        QCOMPARE(form->justification().technology, QStringLiteral("encryption"));
        const auto stored = CaseStore(*m_session.database()).load(editor->caseId());
        QCOMPARE(CaseJustification::fromJson(stored->justification).technology,
                 QStringLiteral("encryption"));
        QCOMPARE(editor->undoStack()->count(), 0);
        QCOMPARE(shownIds(form->milestoneList()),
                 idsOf(m_milestones, QStringLiteral("encryption")));
        QCOMPARE(shownIds(form->eventList()), idsOf(m_events, QStringLiteral("encryption")));
        QVERIFY(shownIds(form->eventList()).contains(QStringLiteral("CE-012")));

        // Intrusion software and IP network surveillance both cite 4D004: nothing is chosen
        // for the analyst, and every milestone and event is listed.
        editor = proposeAmendment(QStringLiteral("4D004"));
        QVERIFY(editor);
        form = editor->justificationForm();
        QCOMPARE(form->technologyBox()->currentIndex(), 0);
        QVERIFY(form->justification().technology.isEmpty());
        QCOMPARE(shownIds(form->milestoneList()).size(), 58);
        QCOMPARE(shownIds(form->eventList()).size(), 80);
        QVERIFY(!form->showAllBox()->isEnabled());
    }

    void choosingATechnologyNarrowsTheLists()
    {
        CaseEditor* editor = proposeAmendment(QStringLiteral("4A005"));
        QVERIFY(editor);
        CaseJustificationForm* form = editor->justificationForm();
        QUndoStack* stack = editor->undoStack();
        QComboBox* box = form->technologyBox();
        const QString intrusion = QStringLiteral("intrusion_software");
        const QString ce012 = QStringLiteral("CE-012"); // an encryption event
        box->setCurrentIndex(box->findData(intrusion));
        QCOMPARE(stack->count(), 1);
        const QStringList ownMilestones = idsOf(m_milestones, intrusion);
        const QStringList ownEvents = idsOf(m_events, intrusion);
        QCOMPARE(ownMilestones.size(), 4);
        QCOMPARE(ownEvents.size(), 15);
        QCOMPARE(shownIds(form->milestoneList()), ownMilestones);
        QCOMPARE(shownIds(form->eventList()), ownEvents);
        QVERIFY(form->showAllBox()->isEnabled());
        QVERIFY(!form->showAllBox()->isChecked());

        // "Show all" lists every fact again; it is a view, not an edit of the case.
        form->showAllBox()->setChecked(true);
        QCOMPARE(shownIds(form->milestoneList()).size(), 58);
        QCOMPARE(shownIds(form->eventList()).size(), 80);
        QCOMPARE(stack->count(), 1);

        // Link an encryption event and an intrusion milestone, then narrow the lists again:
        // the encryption event stays listed, the other encryption events do not.
        item(form->eventList(), ce012)->setCheckState(Qt::Checked);
        item(form->milestoneList(), ownMilestones.first())->setCheckState(Qt::Checked);
        QCOMPARE(stack->count(), 3);
        form->showAllBox()->setChecked(false);
        QCOMPARE(shownIds(form->eventList()), idsOf(m_events, intrusion, {ce012}));
        QVERIFY(!shownIds(form->eventList()).contains(QStringLiteral("CE-011")));
        QCOMPARE(shownIds(form->milestoneList()), ownMilestones);

        // Another technology: its own facts and everything linked.
        const QString quantum = QStringLiteral("quantum_computing");
        box->setCurrentIndex(box->findData(quantum));
        QCOMPARE(shownIds(form->milestoneList()),
                 idsOf(m_milestones, quantum, {ownMilestones.first()}));
        QCOMPARE(shownIds(form->eventList()), idsOf(m_events, quantum, {ce012}));

        // Undo goes back to intrusion software and its lists; undoing the links unchecks them
        // and keeps them in sight under the mouse until the lists are narrowed again.
        stack->undo();
        QCOMPARE(form->justification().technology, intrusion);
        QCOMPARE(shownIds(form->milestoneList()), ownMilestones);
        stack->undo();
        stack->undo();
        QVERIFY(form->justification().events.isEmpty());
        QVERIFY(shownIds(form->eventList()).contains(ce012));
        stack->redo();
        stack->redo();
        QCOMPARE(form->justification().events, QStringList{ce012});

        // Reopened, the case shows its links even where the technology does not reach.
        QVERIFY(editor->saveNow());
        CaseEditor reopened(*m_session.database(), editor->caseId());
        CaseJustificationForm* again = reopened.justificationForm();
        QCOMPARE(again->justification().technology, intrusion);
        QCOMPARE(shownIds(again->eventList()), idsOf(m_events, intrusion, {ce012}));
        QVERIFY(!again->showAllBox()->isChecked());
    }
};

QTEST_MAIN(TestCaseEvidence)
#include "tst_caseevidence.moc"
