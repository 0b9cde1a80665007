#pragma once

#include "io/ImportService.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace paceline {

struct EditionInfo;

// Asks which list a PDF (or its text) belongs to: official PDFs do not say it in a form we can
// read. Suggests the lists already in the database and defaults from the file name.
class ListDocumentOptionsDialog : public QDialog {
    Q_OBJECT
public:
    ListDocumentOptionsDialog(const QString& fileName, const QList<EditionInfo>& known,
                              QWidget* parent = nullptr);

    ImportOptions options() const;

private:
    void fillFromKnownList(const QString& key);

    QList<EditionInfo> m_known;
    QComboBox* m_listKey;
    QLineEdit* m_listName;
    QLineEdit* m_regimeKey;
    QLineEdit* m_regimeName;
    QLineEdit* m_edition;
};

} // namespace paceline
