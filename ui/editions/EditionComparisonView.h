#pragma once

#include "editions/EditionDiff.h"
#include "lists/ListStore.h"
#include "session/BackgroundJob.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace paceline {

class CategorySummaryModel;
class ChangeListModel;
class DatabaseSession;

// A tab comparing two editions of one list: choose the list and the editions, see the counts
// per category, the changed nodes and the redline of the selected one, export HTML or CSV.
// The comparison runs on a worker connection; a newer request makes an older result stale.
class EditionComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit EditionComparisonView(DatabaseSession* session, QWidget* parent = nullptr);

    // Chooses the list and both editions, then compares; code is selected once the result is in.
    void setEditions(qint64 fromEditionId, qint64 toEditionId, const QString& code = {});
    void setIgnoreTypography(bool ignore);
    // The latest finished comparison, or null while none has finished.
    const EditionComparison* comparison() const { return m_cmp.get(); }
    bool isRunning() const;
    QString title() const;

    void selectCode(const QString& code);
    QString redlineText() const;
    Status exportHtml(const QString& path) const;
    Status exportCsv(const QString& path) const;

    CategorySummaryModel* summaryModel() const { return m_summary; }
    ChangeListModel* changeModel() const { return m_changes; }

signals:
    void comparisonFinished();
    // The analyst selected a node: the edition that has it (the newer one unless it was removed).
    void entrySelected(qint64 editionId, const QString& code);
    void titleChanged(const QString& title);
    void statusMessage(const QString& message);

private:
    void buildUi();
    void loadLists();
    void fillEditions();
    void compare();
    void showComparison(std::shared_ptr<const EditionComparison> cmp);
    void showError(const Error& error);
    void onCategorySelected();
    void onChangeSelected();
    void exportDialog(bool html);

    DatabaseSession* m_session;
    QList<EditionInfo> m_editions;
    QComboBox* m_list;
    QComboBox* m_from;
    QComboBox* m_to;
    QCheckBox* m_typography;
    QPushButton* m_exportHtml;
    QPushButton* m_exportCsv;
    QLabel* m_status;
    QTableView* m_summaryView;
    QTableView* m_changeView;
    QTextBrowser* m_redline;
    CategorySummaryModel* m_summary;
    ChangeListModel* m_changes;
    std::shared_ptr<const EditionComparison> m_cmp;
    QString m_pendingCode;
    // Compares on a worker, the newest request winning
    BackgroundJob* m_job = new BackgroundJob(this);
    bool m_filling = false;
};

} // namespace paceline
