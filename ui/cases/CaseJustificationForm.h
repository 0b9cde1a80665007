#pragma once

#include "cases/CaseJustification.h"

#include <QAbstractItemView>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QUndoStack;

namespace paceline {

class Database;
class TextUndoBinder;

// The structured justification of a case: technology and why-now links to the timeline, the
// argument fields, affected legitimate uses, sources with URLs, free notes. Every edit goes
// on the case's undo stack.
class CaseJustificationForm : public QWidget {
    Q_OBJECT
public:
    CaseJustificationForm(Database& db, QUndoStack* stack, QWidget* parent = nullptr);

    void load(const CaseJustification& j, const QString& notes);
    // A locked case (in review and later) shows its justification without letting it change;
    // the fields stay readable, scrollable and copyable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    CaseJustification justification() const;
    QString notes() const;

    // For tests and the editor: the widgets by field key ("why_now", "notes", ...).
    QPlainTextEdit* textField(const QString& key) const;
    QComboBox* technologyBox() const { return m_technology; }
    QListWidget* milestoneList() const { return m_milestones; }
    QListWidget* eventList() const { return m_events; }
    QCheckBox* showAllBox() const { return m_showAll; }
    QTableWidget* sourcesTable() const { return m_sources; }

signals:
    void changed();

private:
    void fillTimeline(Database& db);
    // Lists the chosen technology's milestones and events (all with "Show all"), and the
    // linked ones whatever their technology.
    void filterEvidence();
    void applyField(const QString& key, const QVariant& value);
    void pushField(const QString& key, const QString& label, const QVariant& before,
                   const QVariant& after, bool mergeable = false);
    QStringList checkedIds(QListWidget* list) const;
    void setChecked(QListWidget* list, const QStringList& ids);
    QVariantList sourceRows() const;
    void setSourceRows(const QVariantList& rows);
    QStringList checkedAreas() const;
    void addSourceRow();
    void removeSourceRow();

    QUndoStack* m_stack;
    QComboBox* m_technology;
    QListWidget* m_milestones;
    QListWidget* m_events;
    QCheckBox* m_showAll;
    QHash<QString, QPlainTextEdit*> m_texts;
    QHash<QString, TextUndoBinder*> m_binders;
    QHash<QString, QCheckBox*> m_areas;
    QTableWidget* m_sources;
    CaseJustification m_loaded; // keeps keys this form does not edit
    QString m_technologyValue;
    QStringList m_milestoneValue;
    QStringList m_eventValue;
    QStringList m_areaValue;
    QVariantList m_sourceValue;
    bool m_applying = false;
    bool m_readOnly = false;
    QAbstractItemView::EditTriggers m_sourceTriggers;
};

} // namespace paceline
