#include "ChartsController.h"

#include "ChurnChart.h"
#include "ImplementationView.h"
#include "InnovationChart.h"
#include "LagChart.h"
#include "session/DatabaseSession.h"

#include <QMenu>
#include <QTabWidget>

namespace paceline {

ChartsController::ChartsController(DatabaseSession* session, QTabWidget* tabs, QMenu* menu,
                                   QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
{
    menu->addAction(tr("&Innovation vs Update"), QKeySequence(tr("Ctrl+Shift+I")), this,
                    &ChartsController::openInnovation);
    menu->addAction(tr("&Lag Analysis"), QKeySequence(tr("Ctrl+Shift+L")), this,
                    &ChartsController::openLag);
    menu->addAction(tr("List &Churn"), QKeySequence(tr("Ctrl+Shift+H")), this,
                    &ChartsController::openChurn);
    menu->addAction(tr("I&mplementation"), QKeySequence(tr("Ctrl+Shift+M")), this,
                    &ChartsController::openImplementation);
    connect(session, &DatabaseSession::changed, this, &ChartsController::reloadFor);
}

// Each chart re-reads only when what it draws changed: a timeline edit leaves the churn chart
// alone, a list import the lag chart.
void ChartsController::reloadFor(const ChangeSet& changes)
{
    using C = ChangeSet;
    // Innovation: the timeline, list editions as markers, cases in the details of a fact.
    if (changes.touches(C::Timeline | C::Lists | C::Cases))
        if (auto* w = qobject_cast<InnovationChart*>(findTab("innovation")))
            w->reload();
    if (changes.touches(C::Timeline))
        if (auto* w = qobject_cast<LagChart*>(findTab("lag")))
            w->reload();
    if (changes.touches(C::Lists))
        if (auto* w = qobject_cast<ChurnChart*>(findTab("churn")))
            w->reload();
    // Implementation: regime changes from the editions, joined by concordance, dated by events.
    if (changes.touches(C::Lists | C::Concordance | C::Timeline))
        if (auto* w = qobject_cast<ImplementationView*>(findTab("implementation")))
            w->reload();
}

QWidget* ChartsController::findTab(const char* kind) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->property("chartKind").toByteArray() == kind)
            return m_tabs->widget(i);
    return nullptr;
}

void ChartsController::openInnovation()
{
    if (!m_session->database())
        return;
    QWidget* w = findTab("innovation");
    if (!w) {
        auto* chart = new InnovationChart(m_session, m_tabs);
        connect(chart, &InnovationChart::openEntryRequested, this,
                &ChartsController::openEntryRequested);
        connect(chart, &InnovationChart::openCaseRequested, this,
                &ChartsController::openCaseRequested);
        w = chart;
        w->setProperty("chartKind", QByteArray("innovation"));
        m_tabs->addTab(w, tr("Innovation vs update"));
    }
    m_tabs->setCurrentWidget(w);
}

void ChartsController::openLag()
{
    if (!m_session->database())
        return;
    QWidget* w = findTab("lag");
    if (!w) {
        w = new LagChart(m_session, m_tabs);
        w->setProperty("chartKind", QByteArray("lag"));
        m_tabs->addTab(w, tr("Lag analysis"));
    }
    m_tabs->setCurrentWidget(w);
}

void ChartsController::openChurn()
{
    if (!m_session->database())
        return;
    QWidget* w = findTab("churn");
    if (!w) {
        auto* chart = new ChurnChart(m_session, m_tabs);
        connect(chart, &ChurnChart::compareRequested, this,
                &ChartsController::compareEditionsRequested);
        w = chart;
        w->setProperty("chartKind", QByteArray("churn"));
        m_tabs->addTab(w, tr("List churn"));
    }
    m_tabs->setCurrentWidget(w);
}

} // namespace paceline

namespace paceline {

void ChartsController::openImplementation()
{
    if (!m_session->database())
        return;
    QWidget* w = findTab("implementation");
    if (!w) {
        auto* view = new ImplementationView(m_session, m_tabs);
        connect(view, &ImplementationView::openEntryRequested, this,
                &ChartsController::openEntryRequested);
        connect(view, &ImplementationView::openTimelineEventRequested, this,
                &ChartsController::openTimelineEventRequested);
        w = view;
        w->setProperty("chartKind", QByteArray("implementation"));
        m_tabs->addTab(w, tr("Implementation"));
    }
    m_tabs->setCurrentWidget(w);
}

} // namespace paceline
