#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace paceline {

class DatabaseSession;
class EntryHistoryModel;

// Inspector tab: the current entry across the loaded editions of its list.
class EntryHistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit EntryHistoryPanel(DatabaseSession* session, QWidget* parent = nullptr);
    void showEntry(qint64 editionId, const QString& code);
    void reload();
    void clear();
    EntryHistoryModel* model() const { return m_model; }
    QString heading() const;
    // The entry shown; 0 and empty after clear().
    qint64 editionId() const { return m_editionId; }
    QString code() const { return m_code; }

signals:
    // Compare the edition before with this one, at this code (double-click on a row).
    void compareRequested(qint64 fromEditionId, qint64 toEditionId, const QString& code);

private:
    void activateRow(int row);

    DatabaseSession* m_session;
    qint64 m_editionId = 0;
    QString m_code;
    QLabel* m_heading;
    QCheckBox* m_typography;
    QTableView* m_view;
    EntryHistoryModel* m_model;
};

} // namespace paceline
