#pragma once

#include <QWidget>

class QTextBrowser;

namespace paceline {

class Database;

// A read-only view of one case: target, base and proposed text, justification, status
// history, review comments and sign-offs. All data is shown as text, never as markup.
class CaseSummaryView : public QWidget {
    Q_OBJECT
public:
    CaseSummaryView(Database& db, qint64 caseId, QWidget* parent = nullptr);
    QString title() const { return m_title; }
    QString plainText() const;

private:
    QTextBrowser* m_view;
    QString m_title;
};

} // namespace paceline
