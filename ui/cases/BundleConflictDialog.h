#pragma once

#include "cases/CaseBundle.h"

#include <QDialog>

class QPlainTextEdit;

namespace paceline {

// Shows a proposed text changed on both sides since the common revision: the common text,
// mine and theirs side by side, and an editable merged text. The user picks what is kept;
// nothing is overwritten without that choice.
class BundleConflictDialog : public QDialog {
    Q_OBJECT
public:
    BundleConflictDialog(const CaseImportItem& item, QWidget* parent = nullptr);
    QString resolvedText() const { return m_resolved; }
    QPlainTextEdit* mergedEdit() const { return m_merged; }

    void keepMine();
    void takeTheirs();
    void useMerged();

private:
    const CaseImportItem m_item;
    QPlainTextEdit* m_merged;
    QString m_resolved;
};

} // namespace paceline
