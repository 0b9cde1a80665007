#include "TimelineEditorView.h"

#include "ControlEventDialog.h"
#include "ControlEventTableModel.h"
#include "EraDialog.h"
#include "EraTableModel.h"
#include "MilestoneDialog.h"
#include "MilestoneTableModel.h"
#include "TechnologyDialog.h"
#include "TechnologyTableModel.h"
#include "TimelineTablePage.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"
#include "timeline/EntryCodeResolver.h"
#include "timeline/EraStore.h"
#include "timeline/TimelineCsvExporter.h"
#include "timeline/TimelineEditor.h"
#include "timeline/TimelineStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace paceline {

namespace {

// Whether an edit changes anything: the records compared as the CSV rows they export to,
// linked technologies in any order.
template <typename T> QByteArray rowOf(T record, QByteArray (*csv)(const QList<T>&))
{
    record.technologyLabels.sort();
    return csv({record});
}

bool sameRecord(const TimelineRecord& a, const TimelineRecord& b)
{
    if (const auto* t = std::get_if<Technology>(&a))
        return technologiesCsv({*t}) == technologiesCsv({std::get<Technology>(b)});
    if (const auto* m = std::get_if<Milestone>(&a))
        return rowOf(*m, &milestonesCsv) == rowOf(std::get<Milestone>(b), &milestonesCsv);
    if (const auto* e = std::get_if<Era>(&a))
        return erasCsv({*e}) == erasCsv({std::get<Era>(b)});
    return rowOf(std::get<ControlEvent>(a), &controlEventsCsv) ==
           rowOf(std::get<ControlEvent>(b), &controlEventsCsv);
}

QString describeCodes(EntryCodeResolver& resolver, const QString& text)
{
    const QStringList codes = extractEntryCodes(text);
    if (codes.isEmpty())
        return text.trimmed().isEmpty()
                   ? QString()
                   : TimelineEditorView::tr("No entry code recognised; the text is kept as a "
                                            "remark.");
    QStringList lines;
    for (const QString& code : codes) {
        auto r = resolver.resolve(code);
        if (!r)
            lines << TimelineEditorView::tr("%1: %2").arg(code, r.error().message);
        else if (!r->found)
            lines << TimelineEditorView::tr("⚠ %1 — not found in the loaded lists").arg(code);
        else
            lines << TimelineEditorView::tr("✓ %1 — %2 in %3").arg(code, r->foundCode, r->where);
    }
    return lines.join(QLatin1Char('\n'));
}

template <typename T> QStringList column(const QList<T>& rows, QString T::*field)
{
    QStringList out;
    for (const T& r : rows)
        out << r.*field;
    return out;
}

} // namespace

TimelineEditorView::TimelineEditorView(DatabaseSession* session, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_technologies(new TechnologyTableModel(this))
    , m_milestones(new MilestoneTableModel(this))
    , m_events(new ControlEventTableModel(this))
    , m_eras(new EraTableModel(this))
    , m_tabs(new QTabWidget(this))
{
    m_pages = {new TimelineTablePage(m_technologies, tr("technologies"), this),
               new TimelineTablePage(m_milestones, tr("milestones"), this),
               new TimelineTablePage(m_events, tr("control events"), this),
               new TimelineTablePage(m_eras, tr("eras"), this)};
    for (TimelineTablePage* p : m_pages)
        m_tabs->addTab(p, QString());
    m_tabs->setDocumentMode(true);

    auto* title = new QLabel(tr("Timeline data"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto* intro = new QLabel(tr("The technologies, their milestones and the control events the "
                                "charts are drawn from, and the eras shaded behind the innovation "
                                "chart. Every change can be undone (Edit > Undo) and redraws the "
                                "charts. A warning sign marks entry codes not found in the loaded "
                                "lists."),
                             this);
    intro->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), this);
    exportButton->setToolTip(tr("Write technologies.csv, tech_milestones.csv, "
                                "control_events.csv (FORMATS.md columns) and eras.csv into a "
                                "folder"));
    auto* header = new QHBoxLayout;
    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(intro);
    header->addLayout(text, 1);
    header->addWidget(exportButton, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            focusTable();
    });
    connect(exportButton, &QPushButton::clicked, this, &TimelineEditorView::exportRequested);
    for (int i = 0; i < m_pages.size(); ++i) {
        const auto table = static_cast<Table>(i);
        TimelineTablePage* p = m_pages.at(i);
        connect(p, &TimelineTablePage::addRequested, this, [this, table] { addRecord(table); });
        connect(p, &TimelineTablePage::editRequested, this,
                [this, table](qint64 id) { editRecord(table, id); });
        connect(p, &TimelineTablePage::deleteRequested, this, [this, table](qint64 id) {
            if (Status s = deleteRecord(table, id); !s)
                QMessageBox::information(this, tr("Cannot delete"), s.error().message);
        });
    }
    // Lists too: whether an event's entry codes are found in the loaded lists.
    connect(session, &DatabaseSession::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(ChangeSet::Timeline | ChangeSet::Lists))
            reload();
    });
    reload();
}

TimelineTablePage* TimelineEditorView::page(Table table) const
{
    return m_pages.at(table);
}

void TimelineEditorView::showTable(Table table)
{
    m_tabs->setCurrentIndex(table);
}

void TimelineEditorView::focusTable()
{
    TimelineTablePage* p = m_pages.at(m_tabs->currentIndex());
    if (!p->selectedId() && p->proxy()->rowCount() > 0)
        p->view()->selectRow(0);
    p->view()->setFocus(Qt::OtherFocusReason);
}

void TimelineEditorView::reload()
{
    for (TimelineTablePage* p : m_pages)
        p->rememberSelection();
    Database* db = m_session->database();
    QList<Technology> technologies;
    QList<Milestone> milestones;
    QList<ControlEvent> events;
    QList<Era> eras;
    QHash<QString, CodeResolution> resolutions;
    if (db) {
        TimelineStore store(*db);
        auto t = store.technologies();
        auto m = store.milestones();
        auto e = store.events();
        auto a = EraStore(*db).eras();
        if (!t || !m || !e || !a) {
            emit statusMessage(tr("Cannot read the timeline: %1")
                                   .arg((!t   ? t.error()
                                         : !m ? m.error()
                                         : !e ? e.error()
                                              : a.error())
                                            .toString()));
        } else {
            technologies = t.value();
            milestones = m.value();
            events = e.value();
            eras = a.value();
        }
        EntryCodeResolver resolver(*db);
        for (const ControlEvent& ev : events)
            for (const QString& code : ev.codes)
                if (auto r = resolver.resolve(code))
                    resolutions.insert(code, r.value());
    }
    QHash<QString, QPair<int, int>> counts;
    QHash<QString, QString> names;
    for (const Technology& t : technologies)
        names.insert(t.label, t.name);
    for (const Milestone& m : milestones)
        for (const QString& l : m.technologyLabels)
            ++counts[l].first;
    for (const ControlEvent& e : events)
        for (const QString& l : e.technologyLabels)
            ++counts[l].second;
    m_technologies->setTechnologies(technologies, counts);
    m_milestones->setMilestones(milestones, names);
    m_events->setEvents(events, resolutions);
    m_eras->setEras(eras);
    const int flagged = m_events->unresolvedEventCount();
    m_pages.at(Events)->setNote(
        flagged ? tr("%n event(s) name entry codes not found in the loaded lists", nullptr, flagged)
                : QString());
    for (TimelineTablePage* p : m_pages) {
        p->fitColumns();
        p->restoreSelection();
    }
    setTabTitles();
}

void TimelineEditorView::setTabTitles()
{
    m_tabs->setTabText(Technologies, tr("Technologies (%1)").arg(m_technologies->rowCount()));
    m_tabs->setTabText(Milestones, tr("Milestones (%1)").arg(m_milestones->rowCount()));
    m_tabs->setTabText(Events, tr("Control events (%1)").arg(m_events->rowCount()));
    m_tabs->setTabText(Eras, tr("Eras (%1)").arg(m_eras->rowCount()));
}

std::optional<TimelineRecord> TimelineEditorView::recordOf(Table table, qint64 id) const
{
    if (table == Technologies) {
        const int row = m_technologies->rowOfId(id);
        return row < 0 ? std::nullopt
                       : std::optional<TimelineRecord>(m_technologies->technologies().at(row));
    }
    if (table == Milestones) {
        const int row = m_milestones->rowOfId(id);
        return row < 0 ? std::nullopt
                       : std::optional<TimelineRecord>(m_milestones->milestones().at(row));
    }
    if (table == Eras) {
        const int row = m_eras->rowOfId(id);
        return row < 0 ? std::nullopt : std::optional<TimelineRecord>(m_eras->eras().at(row));
    }
    const int row = m_events->rowOfId(id);
    return row < 0 ? std::nullopt : std::optional<TimelineRecord>(m_events->events().at(row));
}

std::optional<Era> TimelineEditorView::runEraDialog(TimelineEditor& editor,
                                                    const std::optional<TimelineRecord>& initial)
{
    Era era;
    if (initial)
        era = std::get<Era>(*initial);
    else if (auto next = editor.nextEraId())
        era.extId = next.value();
    EraDialog dialog(
        era, column(m_eras->eras(), &Era::kind),
        [&](const Era& x) { return editor.checkEra(editor.normalised(x)); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.era();
}

bool TimelineEditorView::runDialog(Table table, const std::optional<TimelineRecord>& initial)
{
    Database* db = m_session->database();
    if (!db)
        return false;
    TimelineEditor editor(*db, AppSettings::userName()); // checks only; the command writes
    std::optional<TimelineRecord> result;
    if (table == Eras) {
        auto era = runEraDialog(editor, initial);
        if (!era)
            return false;
        result = *era;
    } else if (table == Technologies) {
        const TechnologyDialogContext context{
            column(m_technologies->technologies(), &Technology::category),
            column(m_milestones->milestones(), &Milestone::extId),
            column(m_events->events(), &ControlEvent::extId)};
        TechnologyDialog dialog(
            initial ? std::get<Technology>(*initial) : Technology{}, context,
            [&](const Technology& t) { return editor.checkTechnology(editor.normalised(t)); },
            this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        result = dialog.technology();
    } else if (table == Milestones) {
        Milestone m;
        if (initial)
            m = std::get<Milestone>(*initial);
        else if (auto next = editor.nextMilestoneId())
            m.extId = next.value();
        MilestoneDialog dialog(
            m, m_technologies->technologies(),
            [&](const Milestone& x) { return editor.checkMilestone(editor.normalised(x)); }, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        result = dialog.milestone();
    } else {
        ControlEvent e;
        if (initial)
            e = std::get<ControlEvent>(*initial);
        else if (auto next = editor.nextEventId())
            e.extId = next.value();
        auto resolver = std::make_shared<EntryCodeResolver>(*db);
        const ControlEventDialogContext context{
            m_technologies->technologies(), column(m_events->events(), &ControlEvent::regime),
            column(m_events->events(), &ControlEvent::eventType), [resolver](const QString& text) {
                return describeCodes(*resolver, text);
            }};
        ControlEventDialog dialog(
            e, context,
            [&](const ControlEvent& x) { return editor.checkEvent(editor.normalised(x)); }, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        result = dialog.event();
    }
    if (initial && sameRecord(*initial, *result))
        return false;
    pushEdit(initial, result);
    return true;
}

void TimelineEditorView::addRecord(Table table)
{
    runDialog(table, std::nullopt);
}

void TimelineEditorView::editRecord(Table table, qint64 id)
{
    if (auto record = recordOf(table, id))
        runDialog(table, record);
}

Status TimelineEditorView::deleteRecord(Table table, qint64 id)
{
    auto record = recordOf(table, id);
    Database* db = m_session->database();
    if (!record || !db)
        return makeError(tr("The row is no longer there; the table was reloaded."));
    TimelineEditor editor(*db, AppSettings::userName());
    const Status allowed = table == Technologies ? editor.checkDeleteTechnology(id)
                           : table == Milestones ? editor.checkDeleteMilestone(id)
                           : table == Events     ? editor.checkDeleteEvent(id)
                                                 : Status(); // nothing refers to an era
    if (!allowed)
        return allowed;
    pushEdit(record, std::nullopt);
    return {};
}

void TimelineEditorView::pushEdit(std::optional<TimelineRecord> before,
                                  std::optional<TimelineRecord> after)
{
    const TimelineRecord& shown = after ? *after : *before;
    const auto table = static_cast<Table>(shown.index());
    const bool removal = !after;
    TimelineTablePage* page = m_pages.at(table);
    const int shownRow = page->rowOfId(std::visit([](const auto& r) { return r.id; }, shown));
    auto* command = new TimelineEditCommand(
        m_session, AppSettings::userName(), std::move(before), std::move(after),
        // The tab may be closed while the command stays on the window's stack.
        [view = QPointer<TimelineEditorView>(this)](const Status& s) {
            if (!s && view)
                emit view->statusMessage(
                    tr("The timeline was not changed: %1").arg(s.error().toString()));
        });
    const QString what = command->text();
    m_undo->push(command); // runs redo(): the write, then the reload
    // The stack may have dropped a command that failed; take nothing from it then.
    if (m_undo->count() > 0 && m_undo->command(m_undo->index() - 1) == command) {
        showTable(table);
        if (removal) // the next row takes its place, so that Delete can go on down the table
            page->selectRow(std::min(shownRow, page->proxy()->rowCount() - 1));
        else
            page->selectId(command->rowId());
        emit statusMessage(tr("Done: %1. Edit > Undo (Ctrl+Z) takes it back.").arg(what));
    }
}

} // namespace paceline
