#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace paceline {

class ConcordanceModel;
class DatabaseSession;

// Inspector tab: the same item in other lists, side by side with the current entry. Links
// are added and removed by hand through the window's undo stack.
class ConcordancePanel : public QWidget {
    Q_OBJECT
public:
    ConcordancePanel(DatabaseSession* session, QUndoStack* undo, QWidget* parent = nullptr);
    void showEntry(qint64 editionId, const QString& code);
    void reload();
    void clear();
    ConcordanceModel* model() const { return m_model; }

    // Pushes the commands the buttons push; public for tests and for other views.
    bool addLink(qint64 otherListId, const QString& otherCode);
    bool removeLink(int row);

signals:
    void statusMessage(const QString& message);

private:
    void showSelected();
    void addLinkDialog();

    DatabaseSession* m_session;
    QUndoStack* m_undo;
    qint64 m_editionId = 0;
    qint64 m_listId = 0;
    QString m_code;
    QLabel* m_heading;
    QTableView* m_view;
    ConcordanceModel* m_model;
    QPushButton* m_add;
    QPushButton* m_remove;
    QTextBrowser* m_here;
    QTextBrowser* m_there;
};

} // namespace paceline
