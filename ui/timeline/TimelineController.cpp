#include "TimelineController.h"

#include "TimelineEditorView.h"
#include "session/DatabaseSession.h"
#include "shell/AppSettings.h"
#include "timeline/TimelineCsvExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>

namespace paceline {

TimelineController::TimelineController(DatabaseSession* session, QTabWidget* tabs, QUndoStack* undo,
                                       QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_undo(undo)
{
    menu->addAction(tr("&Edit Timeline Data…"), QKeySequence(tr("Ctrl+Shift+T")), this,
                    &TimelineController::openEditor);
    menu->addAction(tr("E&xport Timeline CSV…"), this, &TimelineController::exportDialog);
}

TimelineEditorView* TimelineController::findEditor() const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* view = qobject_cast<TimelineEditorView*>(m_tabs->widget(i)))
            return view;
    return nullptr;
}

TimelineEditorView* TimelineController::openEditor()
{
    if (!m_session->database())
        return nullptr;
    TimelineEditorView* view = findEditor();
    if (!view) {
        view = new TimelineEditorView(m_session, m_undo, m_tabs);
        connect(view, &TimelineEditorView::statusMessage, this, &TimelineController::statusMessage);
        connect(view, &TimelineEditorView::exportRequested, this,
                &TimelineController::exportDialog);
        m_tabs->addTab(view, tr("Timeline data"));
    }
    m_tabs->setCurrentWidget(view);
    view->focusTable();
    return view;
}

void TimelineController::exportDialog()
{
    Database* db = m_session->database();
    if (!db)
        return;
    QWidget* parent = m_tabs->window();
    const QString dir = QFileDialog::getExistingDirectory(
        parent, tr("Export Timeline CSV into Folder"), AppSettings::lastImportFolder());
    if (dir.isEmpty())
        return;
    QStringList existing;
    for (const char* name :
         {"technologies.csv", "tech_milestones.csv", "control_events.csv", "eras.csv"})
        if (QFileInfo::exists(QDir(dir).filePath(QLatin1String(name))))
            existing << QLatin1String(name);
    if (!existing.isEmpty() &&
        QMessageBox::question(parent, tr("Replace Files?"),
                              tr("%1 already has %2. Replace?")
                                  .arg(QDir::toNativeSeparators(dir),
                                       existing.join(QStringLiteral(", ")))) != QMessageBox::Yes)
        return;
    AppSettings::setLastImportFolder(dir);
    auto done = exportTimelineCsv(*db, dir);
    if (!done) {
        QMessageBox::warning(parent, tr("Export Failed"), done.error().toString());
        return;
    }
    emit statusMessage(tr("Wrote %1 technologies, %2 milestones, %3 control events and %4 eras "
                          "to %5")
                           .arg(done->technologies)
                           .arg(done->milestones)
                           .arg(done->events)
                           .arg(done->eras)
                           .arg(QDir::toNativeSeparators(dir)));
}

} // namespace paceline
