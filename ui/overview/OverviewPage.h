#pragma once

#include <QWidget>

class QTextBrowser;

namespace paceline {

class DatabaseSession;

// The first tab: what the open database holds (lists and editions with their counts, the
// timeline, the cases by status) and where to go next.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    OverviewPage(DatabaseSession* session, QWidget* parent = nullptr);
    void reload();
    QString plainText() const;

private:
    DatabaseSession* m_session;
    QTextBrowser* m_view;
};

} // namespace paceline
