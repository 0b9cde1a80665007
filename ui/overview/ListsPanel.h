#pragma once

#include <QWidget>

class QTreeWidget;

namespace paceline {

class DatabaseSession;

// Left dock: the regimes, their lists and the editions in the database with their counts.
class ListsPanel : public QWidget {
    Q_OBJECT
public:
    ListsPanel(DatabaseSession* session, QWidget* parent = nullptr);
    void reload();
    QTreeWidget* tree() const { return m_tree; }

signals:
    void statusMessage(const QString& message);

private:
    DatabaseSession* m_session;
    QTreeWidget* m_tree;
};

} // namespace paceline
