#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace paceline {

class CaseTableModel;
class ChangeSet;
class DatabaseSession;

// Bottom dock: every case, sortable by column, filtered by status, by when it last changed and
// by text (title, list, target, author). Double-click asks to open the case. A case that
// changes is read again on its own; the selection and the scroll position stay.
class CaseTablePanel : public QWidget {
    Q_OBJECT
public:
    CaseTablePanel(DatabaseSession* session, QWidget* parent = nullptr);

    void reload();
    int visibleCaseCount() const;
    CaseTableModel* model() const { return m_model; }
    QComboBox* changedFilter() const { return m_changed; }

signals:
    void openCaseRequested(qint64 caseId);
    void statusMessage(const QString& message);

private:
    void applyFilter();
    void applyChange(const ChangeSet& changes);

    DatabaseSession* m_session;
    CaseTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QComboBox* m_changed;
};

} // namespace paceline
