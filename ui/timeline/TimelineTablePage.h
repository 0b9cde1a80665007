#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace paceline {

// One timeline table with its buttons (Add, Edit, Delete), a filter box over every column and
// a line saying how many rows are shown. Rows are named by their database id.
class TimelineTablePage : public QWidget {
    Q_OBJECT
public:
    TimelineTablePage(QAbstractItemModel* model, const QString& noun, QWidget* parent = nullptr);

    qint64 selectedId() const;
    void selectId(qint64 id);
    // The row of the id in the table as shown (sorted, filtered), or -1.
    int rowOfId(qint64 id) const;
    void selectRow(int row);
    // Call around a model reset: keeps the selected row selected.
    void rememberSelection();
    void restoreSelection();
    void setNote(const QString& note); // extra text on the count line
    void fitColumns();

    QTableView* view() const { return m_view; }
    QLineEdit* filterBox() const { return m_filter; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

signals:
    void addRequested();
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);

private:
    void updateState();
    QAbstractItemModel* m_model;
    QString m_noun;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QLabel* m_count;
    QString m_note;
    qint64 m_remembered = 0;
};

} // namespace paceline
