#pragma once

#include <QObject>

class QMenu;
class QTabWidget;

namespace paceline {

class DatabaseSession;

// The Charts menu: opens (or brings forward) the "Innovation vs update" and "Lag analysis"
// tabs and reloads them when the database content changes.
class ChartsController : public QObject {
    Q_OBJECT
public:
    ChartsController(DatabaseSession* session, QTabWidget* tabs, QMenu* menu,
                     QObject* parent = nullptr);

    void openInnovation();
    void openLag();

private:
    QWidget* findTab(const char* kind) const;
    DatabaseSession* m_session;
    QTabWidget* m_tabs;
};

} // namespace paceline
