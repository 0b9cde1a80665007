#include "TestSupport.h"

#include "session/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "timeline/ControlEventDialog.h"
#include "timeline/ControlEventTableModel.h"
#include "timeline/EntryCodeResolver.h"
#include "timeline/EraDialog.h"
#include "timeline/EraStore.h"
#include "timeline/EraTableModel.h"
#include "timeline/MilestoneDialog.h"
#include "timeline/MilestoneTableModel.h"
#include "timeline/PartialDateEdit.h"
#include "timeline/TechnologyTableModel.h"
#include "timeline/TimelineEditor.h"
#include "timeline/TimelineEditorView.h"
#include "timeline/TimelineRoles.h"
#include "timeline/TimelineStore.h"
#include "timeline/TimelineTablePage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

std::optional<Milestone> storedMilestone(Database& db, const QString& extId)
{
    const auto rows = TimelineStore(db).milestones();
    for (const Milestone& m : rows.value())
        if (m.extId == extId)
            return m;
    return std::nullopt;
}

std::optional<Era> storedEra(Database& db, const QString& extId)
{
    const auto rows = EraStore(db).eras();
    for (const Era& e : rows.value())
        if (e.extId == extId)
            return e;
    return std::nullopt;
}

std::optional<ControlEvent> storedEvent(Database& db, const QString& extId)
{
    const auto rows = TimelineStore(db).events();
    for (const ControlEvent& e : rows.value())
        if (e.extId == extId)
            return e;
    return std::nullopt;
}

int rowOfExtId(QAbstractItemModel* model, const QString& extId)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == extId)
            return r;
    return -1;
}

} // namespace

class TestTimelineEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;
    Database& db() { return *m_session.database(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("ui.sqlite")), true));
    }

    void modelsPassTheTester()
    {
        QUndoStack undo;
        TimelineEditorView view(&m_session, &undo);
        QList<QAbstractItemModelTester*> testers;
        for (QAbstractItemModel* m : {static_cast<QAbstractItemModel*>(view.technologyModel()),
                                      static_cast<QAbstractItemModel*>(view.milestoneModel()),
                                      static_cast<QAbstractItemModel*>(view.eventModel()),
                                      static_cast<QAbstractItemModel*>(view.eraModel())}) {
            testers << new QAbstractItemModelTester(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        }
        for (auto t : {TimelineEditorView::Technologies, TimelineEditorView::Milestones,
                       TimelineEditorView::Events, TimelineEditorView::Eras})
            new QAbstractItemModelTester(view.page(t)->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         &view);
        view.reload();
        QCOMPARE(view.eventModel()->rowCount(), 80);
        QCOMPARE(view.milestoneModel()->rowCount(), 58);
        QVERIFY(view.technologyModel()->rowCount() >= 25);

        // Filter box over all columns, sorting by date.
        TimelineTablePage* events = view.page(TimelineEditorView::Events);
        events->filterBox()->setText(QStringLiteral("intrusion"));
        QVERIFY(events->proxy()->rowCount() > 0);
        QVERIFY(events->proxy()->rowCount() < 80);
        events->filterBox()->clear();
        events->view()->sortByColumn(ControlEventTableModel::Date, Qt::DescendingOrder);
        const QString newest =
            events->proxy()->index(0, ControlEventTableModel::Date).data().toString();
        const QString oldest =
            events->proxy()->index(79, ControlEventTableModel::Date).data().toString();
        QVERIFY2(newest > oldest, qPrintable(newest + QLatin1String(" vs ") + oldest));
        // Dates are shown at their precision, never with an invented day.
        const int ce1 = rowOfExtId(view.eventModel(), QStringLiteral("CE-001"));
        QCOMPARE(view.eventModel()->index(ce1, ControlEventTableModel::Date).data().toString(),
                 QStringLiteral("1975-11"));
    }

    void addUndoRedoChangesTableAndDatabase()
    {
        QUndoStack undo;
        TimelineEditorView view(&m_session, &undo);
        const int before = view.milestoneModel()->rowCount();
        Milestone m;
        m.extId = TimelineEditor(db(), {}).nextMilestoneId().value();
        QCOMPARE(m.extId, QStringLiteral("TM-59"));
        m.date = *PartialDate::parse(QStringLiteral("2019"));
        m.technologyLabels = {QStringLiteral("intrusion_software")};
        m.milestoneClass = QStringLiteral("mass_diffusion");
        m.description = QStringLiteral("Spyware sold to dozens of governments.");
        m.sourceUrl = QStringLiteral("https://example.org/spyware");
        m.confidence = Confidence::Low;

        // The session announces every change as a timeline change: the charts reload on it.
        QSignalSpy changed(&m_session, &DatabaseSession::changed);
        view.pushEdit(std::nullopt, m);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<ChangeSet>(), ChangeSet(ChangeSet::Timeline));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.text(0), QStringLiteral("Add milestone TM-59"));
        QCOMPARE(view.milestoneModel()->rowCount(), before + 1);
        const auto added = storedMilestone(db(), QStringLiteral("TM-59"));
        QVERIFY(added);
        QCOMPARE(view.page(TimelineEditorView::Milestones)->selectedId(), added->id);

        undo.undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(view.milestoneModel()->rowCount(), before);
        QVERIFY(!storedMilestone(db(), QStringLiteral("TM-59")));
        undo.redo();
        QCOMPARE(view.milestoneModel()->rowCount(), before + 1);
        QCOMPARE(storedMilestone(db(), QStringLiteral("TM-59"))->id, added->id);

        // Edit: the date becomes a month; undo restores the year.
        Milestone edited = *added;
        edited.date = *PartialDate::parse(QStringLiteral("2019-07"));
        view.pushEdit(*added, edited);
        QCOMPARE(storedMilestone(db(), QStringLiteral("TM-59"))->date.toIsoString(),
                 QStringLiteral("2019-07"));
        const int row = rowOfExtId(view.milestoneModel(), QStringLiteral("TM-59"));
        QCOMPARE(view.milestoneModel()->index(row, MilestoneTableModel::Date).data().toString(),
                 QStringLiteral("2019-07"));
        undo.undo();
        QCOMPARE(storedMilestone(db(), QStringLiteral("TM-59"))->date.toIsoString(),
                 QStringLiteral("2019"));

        // Delete and undo: the row comes back with its technology link.
        QVERIFY(view.deleteRecord(TimelineEditorView::Milestones, added->id));
        QVERIFY(!storedMilestone(db(), QStringLiteral("TM-59")));
        QVERIFY(view.page(TimelineEditorView::Milestones)->selectedId() != 0); // a neighbour
        undo.undo();
        QCOMPARE(storedMilestone(db(), QStringLiteral("TM-59"))->technologyLabels,
                 QStringList{QStringLiteral("intrusion_software")});
        undo.undo(); // the edit
        undo.undo(); // the add
        QVERIFY(!storedMilestone(db(), QStringLiteral("TM-59")));
        QCOMPARE(view.milestoneModel()->rowCount(), before);
    }

    void undoWorksAfterTheTabIsClosed()
    {
        QUndoStack undo;
        auto* view = new TimelineEditorView(&m_session, &undo);
        Milestone m = *storedMilestone(db(), QStringLiteral("TM-09"));
        Milestone edited = m;
        edited.notes = QStringLiteral("Checked again.");
        view->pushEdit(m, edited);
        delete view;
        undo.undo();
        QCOMPARE(storedMilestone(db(), QStringLiteral("TM-09"))->notes, m.notes);
        undo.redo();
        QCOMPARE(storedMilestone(db(), QStringLiteral("TM-09"))->notes, edited.notes);
        undo.undo();
    }

    void deletingATechnologyInUseIsRefused()
    {
        QUndoStack undo;
        TimelineEditorView view(&m_session, &undo);
        const Technology used = view.technologyModel()->technologies().first();
        const Status s = view.deleteRecord(TimelineEditorView::Technologies, used.id);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("linked to")));
        QCOMPARE(undo.count(), 0);
    }

    void unresolvedCodesAreFlagged()
    {
        QUndoStack undo;
        TimelineEditorView view(&m_session, &undo);
        ControlEvent e;
        e.extId = QStringLiteral("CE-900");
        e.date = *PartialDate::parse(QStringLiteral("2024-05"));
        e.regime = QStringLiteral("Wassenaar");
        e.entryCodes = QStringLiteral("4.A.5; 5A999");
        e.technologyLabels = {QStringLiteral("intrusion_software")};
        view.pushEdit(std::nullopt, e);
        ControlEventTableModel* model = view.eventModel();
        const int row = rowOfExtId(model, QStringLiteral("CE-900"));
        QVERIFY(row >= 0);
        const QModelIndex codes = model->index(row, ControlEventTableModel::EntryCodes);
        QCOMPARE(codes.data(TimelineUnresolvedCodesRole).toStringList(),
                 QStringList{QStringLiteral("5A999")});
        QVERIFY(!codes.data(Qt::DecorationRole).isNull());
        const QString tip = codes.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("5A999 — not found")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("4.A.5 — 4.A.5 in")), qPrintable(tip));

        // Fixing the code clears the flag.
        ControlEvent fixed = *storedEvent(db(), QStringLiteral("CE-900"));
        fixed.entryCodes = QStringLiteral("4.A.5");
        view.pushEdit(*storedEvent(db(), QStringLiteral("CE-900")), fixed);
        const int again = rowOfExtId(model, QStringLiteral("CE-900"));
        QVERIFY(model->index(again, ControlEventTableModel::EntryCodes)
                    .data(TimelineUnresolvedCodesRole)
                    .toStringList()
                    .isEmpty());
        undo.undo();
        undo.undo();
        QVERIFY(!storedEvent(db(), QStringLiteral("CE-900")));
    }

    void dialogRefusesBadInputNamingTheField()
    {
        TimelineEditor editor(db(), QStringLiteral("t"));
        Milestone m = *storedMilestone(db(), QStringLiteral("TM-09"));
        MilestoneDialog dialog(m, TimelineStore(db()).technologies().value(),
                               [&](const Milestone& x) { return editor.checkMilestone(x); });
        QVERIFY(dialog.milestone().extId == QStringLiteral("TM-09"));
        auto* source = dialog.findChild<QLineEdit*>(QStringLiteral("source_url"));
        QVERIFY(source);
        QCOMPARE(source->text(), m.sourceUrl);
        source->setText(QStringLiteral("javascript:alert(1)"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Source:")),
                 qPrintable(dialog.errorText()));
        source->setText(m.sourceUrl);
        dialog.dateEdit()->setText(QStringLiteral("2003-02-30"));
        dialog.accept();
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Date:")),
                 qPrintable(dialog.errorText()));
        dialog.dateEdit()->setText(QStringLiteral("2003"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void eventDialogChecksCodesAsTyped()
    {
        TimelineEditor editor(db(), QStringLiteral("t"));
        EntryCodeResolver resolver(db());
        ControlEventDialogContext context;
        context.technologies = TimelineStore(db()).technologies().value();
        context.describeCodes = [&](const QString& text) {
            QStringList lines;
            for (const QString& c : extractEntryCodes(text))
                lines << c + (resolver.resolve(c)->found ? QStringLiteral(" found")
                                                         : QStringLiteral(" not found"));
            return lines.join(QLatin1Char('\n'));
        };
        ControlEventDialog dialog(*storedEvent(db(), QStringLiteral("CE-019")), context,
                                  [&](const ControlEvent& e) { return editor.checkEvent(e); });
        QVERIFY(dialog.codesSummary().contains(QStringLiteral("4.A.5 found")));
        dialog.entryCodesEdit()->setText(QStringLiteral("4.A.5; 5A999"));
        QVERIFY(dialog.codesSummary().contains(QStringLiteral("5A999 not found")));
        QCOMPARE(dialog.event().codes,
                 QStringList({QStringLiteral("4.A.5"), QStringLiteral("5A999")}));
        // An unknown code is flagged, not refused: the analyst may know better than the lists.
        dialog.findChild<QComboBox*>(QStringLiteral("regime"))->setCurrentText(QString());
        dialog.accept();
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Regime:")),
                 qPrintable(dialog.errorText()));
    }

    void eventDialogRefusesImpossibleDates()
    {
        // Issue #15: a control event in 4599 was accepted and ran the chart's axis to 4600.
        TimelineEditor editor(db(), QStringLiteral("t"));
        ControlEventDialogContext context;
        context.technologies = TimelineStore(db()).technologies().value();
        const ControlEvent stored = *storedEvent(db(), QStringLiteral("CE-019"));
        ControlEventDialog dialog(stored, context,
                                  [&](const ControlEvent& e) { return editor.checkEvent(e); });
        auto* date = dialog.findChild<PartialDateEdit*>(QStringLiteral("date"));
        QVERIFY(date);
        date->setText(QStringLiteral("4599"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().startsWith(
                     QStringLiteral("Date: 4599 is more than 5 years after today")),
                 qPrintable(dialog.errorText()));
        date->setText(QStringLiteral("1850-06"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Date: 1850-06 is before 1900")),
                 qPrintable(dialog.errorText()));
        // The editor behind the dialog refuses it as well: nothing is written.
        ControlEvent far = dialog.event();
        far.date = *PartialDate::parse(QStringLiteral("4599"));
        QVERIFY(!editor.updateEvent(far));
        QCOMPARE(storedEvent(db(), QStringLiteral("CE-019"))->date, stored.date);
        date->setText(stored.date.toIsoString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The milestone dialog has the same rule, from the same owner.
        MilestoneDialog milestone(*storedMilestone(db(), QStringLiteral("TM-09")),
                                  TimelineStore(db()).technologies().value(),
                                  [&](const Milestone& m) { return editor.checkMilestone(m); });
        milestone.dateEdit()->setText(QString::number(QDate::currentDate().year() + 6));
        milestone.accept();
        QCOMPARE(milestone.result(), int(QDialog::Rejected));
        QVERIFY2(milestone.errorText().startsWith(QStringLiteral("Date:")),
                 qPrintable(milestone.errorText()));
    }

    void partialDateNeverInventsADay()
    {
        PartialDateEdit edit;
        auto* precision = edit.findChild<QComboBox*>();
        edit.setText(QStringLiteral("2013-12-04"));
        QCOMPARE(precision->currentIndex(), 2);
        emit precision->activated(1); // Month
        QCOMPARE(edit.text(), QStringLiteral("2013-12"));
        QCOMPARE(edit.date()->precision(), PartialDate::Precision::Month);
        emit precision->activated(0);
        QCOMPARE(edit.text(), QStringLiteral("2013"));
        emit precision->activated(2); // Day: asks for it, invents nothing
        QCOMPARE(edit.text(), QStringLiteral("2013-"));
        QVERIFY(!edit.date());
        edit.setText(QStringLiteral("2013-13"));
        QVERIFY(!edit.date());
    }

    void eraAddEditDeleteAreUndoable()
    {
        QUndoStack undo;
        TimelineEditorView view(&m_session, &undo);
        const int before = view.eraModel()->rowCount();
        QVERIFY(before >= 4); // the demo's eras
        Era e;
        e.extId = TimelineEditor(db(), {}).nextEraId().value();
        e.label = QStringLiteral("WA plenary Dec 2019");
        e.start = *PartialDate::parse(QStringLiteral("2019-12-05"));
        e.end = *PartialDate::parse(QStringLiteral("2019-12-05"));
        e.kind = QStringLiteral("plenary");

        QSignalSpy changed(&m_session, &DatabaseSession::changed);
        view.pushEdit(std::nullopt, e);
        QCOMPARE(changed.count(), 1); // the charts redraw their bands
        QCOMPARE(undo.text(undo.count() - 1), QStringLiteral("Add era %1").arg(e.extId));
        QCOMPARE(view.eraModel()->rowCount(), before + 1);
        const auto added = storedEra(db(), e.extId);
        QVERIFY(added);
        QCOMPARE(view.page(TimelineEditorView::Eras)->selectedId(), added->id);
        const int row = view.eraModel()->rowOfId(added->id);
        QCOMPARE(view.eraModel()->index(row, EraTableModel::End).data().toString(),
                 QStringLiteral("2019-12-05"));

        // Edit: open-ended; undo brings the end date back.
        Era open = *added;
        open.end = PartialDate();
        view.pushEdit(*added, open);
        QVERIFY(storedEra(db(), e.extId)->isOpen());
        QCOMPARE(view.eraModel()->index(row, EraTableModel::End).data().toString(),
                 QStringLiteral("(ongoing)"));
        undo.undo();
        QCOMPARE(storedEra(db(), e.extId)->end.toIsoString(), QStringLiteral("2019-12-05"));

        // Delete, undo: the row is back with its id; undo the add: gone.
        QVERIFY(view.deleteRecord(TimelineEditorView::Eras, added->id));
        QVERIFY(!storedEra(db(), e.extId));
        undo.undo();
        QCOMPARE(storedEra(db(), e.extId)->id, added->id);
        undo.undo(); // the edit
        undo.undo(); // the add
        QVERIFY(!storedEra(db(), e.extId));
        QCOMPARE(view.eraModel()->rowCount(), before);
    }

    void eraDialogRefusesAnEndBeforeTheStart()
    {
        TimelineEditor editor(db(), QStringLiteral("t"));
        const Era ecra = *storedEra(db(), QStringLiteral("ERA-06"));
        EraDialog dialog(ecra, {}, [&](const Era& x) { return editor.checkEra(x); });
        QCOMPARE(dialog.era().label, QStringLiteral("ECRA period"));
        QVERIFY(dialog.era().isOpen());
        dialog.endEdit()->setText(QStringLiteral("2017"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("End: 2017 is before the start")),
                 qPrintable(dialog.errorText()));
        dialog.endEdit()->setText(QStringLiteral("2018-13"));
        dialog.accept();
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("End:")),
                 qPrintable(dialog.errorText()));
        dialog.findChild<QLineEdit*>(QStringLiteral("era_id"))->setText(QStringLiteral("ERA-01"));
        dialog.endEdit()->setText(QString());
        dialog.accept();
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("ID: \"ERA-01\" is already")),
                 qPrintable(dialog.errorText()));
        dialog.findChild<QLineEdit*>(QStringLiteral("era_id"))->setText(QStringLiteral("ERA-06"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void menuOpensTheEditor()
    {
        MainWindow window(&m_session);
        QAction* action = nullptr;
        for (QAction* a : window.menuBar()->findChildren<QAction*>())
            if (a->text() == QStringLiteral("&Edit Timeline Data…"))
                action = a;
        QVERIFY(action);
        action->trigger();
        QVERIFY(qobject_cast<TimelineEditorView*>(window.tabs()->currentWidget()));
    }
};

QTEST_MAIN(TestTimelineEditor)
#include "tst_timelineeditor.moc"
