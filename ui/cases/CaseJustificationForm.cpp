#include "CaseJustificationForm.h"

#include "cases/CaseEditCommands.h"
#include "cases/TextUndoBinder.h"
#include "timeline/TechnologyEvidence.h"
#include "timeline/TimelineStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cstdlib>
#include <utility>

namespace paceline {

namespace {

struct TextFieldSpec {
    const char* key;
    const char* label;
    const char* hint;
};

const TextFieldSpec kTextFields[] = {
    {"why_now", QT_TRANSLATE_NOOP("CaseEditor", "Why now"),
     QT_TRANSLATE_NOOP("CaseEditor", "What changed: products, incidents, decisions elsewhere")},
    {"foreign_availability", QT_TRANSLATE_NOOP("CaseEditor", "Foreign availability"),
     QT_TRANSLATE_NOOP("CaseEditor", "Who else supplies it; would a control be effective?")},
    {"specifiability", QT_TRANSLATE_NOOP("CaseEditor", "Specifiability"),
     QT_TRANSLATE_NOOP("CaseEditor", "Can the item be specified clearly and objectively?")},
    {"parameters", QT_TRANSLATE_NOOP("CaseEditor", "Parameters"),
     QT_TRANSLATE_NOOP("CaseEditor", "The technical parameters that would define the item")},
    {"legitimate_use", QT_TRANSLATE_NOOP("CaseEditor", "Effect on legitimate use"),
     QT_TRANSLATE_NOOP("CaseEditor", "Security research, bug bounties, incident response…")},
    {"licensing_impact", QT_TRANSLATE_NOOP("CaseEditor", "Licensing and enforcement"),
     QT_TRANSLATE_NOOP("CaseEditor", "Licence volume, enforceability, exemptions needed")},
    {"consultations", QT_TRANSLATE_NOOP("CaseEditor", "Consultations"),
     QT_TRANSLATE_NOOP("CaseEditor", "Industry, research community, other agencies")},
    {"notes", QT_TRANSLATE_NOOP("CaseEditor", "Notes"),
     QT_TRANSLATE_NOOP("CaseEditor", "Free notes (included in the proposal)")},
};

// A check box cannot wrap its text: a long one is set on two lines so that the side panel
// beside the text never has to scroll sideways.
QString twoLinesIfLong(const QString& text)
{
    constexpr int kLong = 24;
    if (text.size() <= kLong)
        return text;
    qsizetype best = -1;
    for (qsizetype i = text.indexOf(QLatin1Char(' ')); i >= 0;
         i = text.indexOf(QLatin1Char(' '), i + 1))
        if (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2))
            best = i;
    return best < 0 ? text : text.left(best) + QLatin1Char('\n') + text.mid(best + 1);
}

QListWidget* checkList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setMinimumHeight(90);
    list->setMaximumHeight(130);
    list->setUniformItemSizes(true);
    return list;
}

// The technology labels of a milestone or event item, for filtering.
constexpr int kTechnologiesRole = Qt::UserRole + 1;

} // namespace

CaseJustificationForm::CaseJustificationForm(Database& db, QUndoStack* stack, QWidget* parent)
    : QWidget(parent)
    , m_stack(stack)
    , m_technology(new QComboBox(this))
    , m_milestones(checkList(this))
    , m_events(checkList(this))
    , m_showAll(new QCheckBox(tr("Show &all milestones and events"), this))
    , m_sources(new QTableWidget(0, 2, this))
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    // Long technology names must not make the side panel scroll sideways; the popup shows them.
    m_technology->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_technology->setMinimumContentsLength(16);
    m_technology->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form->addRow(tr("&Technology concerned"), m_technology);
    fillTimeline(db);
    for (const TextFieldSpec& spec : kTextFields) {
        const QString key = QLatin1String(spec.key);
        auto* edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(tr(spec.hint));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(60);
        edit->setMaximumHeight(key == QLatin1String("why_now") ? 140 : 110);
        m_texts.insert(key, edit);
        auto* binder = new TextUndoBinder(edit, stack, tr(spec.label).toLower(), this);
        m_binders.insert(key, binder);
        connect(binder, &TextUndoBinder::edited, this, &CaseJustificationForm::changed);
        form->addRow(tr(spec.label), edit);
        if (key == QLatin1String("why_now")) {
            m_showAll->setToolTip(tr("Not only those of the technology concerned; linked ones "
                                     "are always shown"));
            form->addRow(m_showAll);
            form->addRow(tr("Linked &milestones (emerged, first product, diffusion)"),
                         m_milestones);
            form->addRow(tr("Linked control &events"), m_events);
        } else if (key == QLatin1String("legitimate_use")) {
            auto* box = new QWidget(this);
            auto* grid = new QVBoxLayout(box);
            grid->setContentsMargins(0, 0, 0, 0);
            for (const auto& [name, title] : legitimateUseAreaNames()) {
                auto* check = new QCheckBox(twoLinesIfLong(title), box);
                m_areas.insert(name, check);
                grid->addWidget(check);
                connect(check, &QCheckBox::toggled, this, [this] {
                    if (m_applying)
                        return;
                    pushField(QStringLiteral("areas"), tr("affected uses"), m_areaValue,
                              checkedAreas());
                });
            }
            form->addRow(tr("Legitimate uses affected"), box);
        }
    }
    for (int row = 0; row < form->rowCount(); ++row)
        if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget());
                label && label->text().size() > 32)
                label->setWordWrap(true); // a long row label wraps in a narrow side panel
    m_sources->setHorizontalHeaderLabels({tr("Source"), tr("URL")});
    m_sources->horizontalHeader()->setStretchLastSection(true);
    m_sources->setColumnWidth(0, 220);
    m_sources->setMinimumHeight(120);
    m_sources->verticalHeader()->hide();
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add source"), this);
    auto* remove = new QPushButton(tr("Remove source"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    form->addRow(tr("&Sources"), m_sources);
    form->addRow(buttons);
    connect(add, &QPushButton::clicked, this, &CaseJustificationForm::addSourceRow);
    connect(remove, &QPushButton::clicked, this, &CaseJustificationForm::removeSourceRow);
    connect(m_sources, &QTableWidget::itemChanged, this, [this] {
        if (!m_applying)
            pushField(QStringLiteral("sources"), tr("sources"), m_sourceValue, sourceRows(), true);
    });
    connect(m_showAll, &QCheckBox::toggled, this, &CaseJustificationForm::filterEvidence);
    connect(m_technology, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_applying)
            pushField(QStringLiteral("technology"), tr("technology"), m_technologyValue,
                      m_technology->currentData().toString());
    });
    for (auto [list, key] :
         {std::pair{m_milestones, "milestones"}, std::pair{m_events, "events"}}) {
        const QString k = QLatin1String(key);
        connect(list, &QListWidget::itemChanged, this, [this, list, k] {
            if (!m_applying)
                pushField(
                    k, k == QLatin1String("events") ? tr("linked events") : tr("linked milestones"),
                    k == QLatin1String("events") ? m_eventValue : m_milestoneValue,
                    checkedIds(list));
        });
    }
}

void CaseJustificationForm::fillTimeline(Database& db)
{
    TimelineStore timeline(db);
    m_technology->addItem(tr("(none chosen)"), QString());
    if (auto techs = timeline.technologies())
        for (const Technology& t : sortedForChoice(techs.value()))
            m_technology->addItem(t.name.isEmpty() ? t.label : t.name, t.label);
    auto addItem = [](QListWidget* list, const QString& id, const QString& text,
                      const QStringList& technologies) {
        auto* item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setData(kTechnologiesRole, technologies);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(text);
    };
    if (auto ms = timeline.milestones())
        for (const Milestone& m : ms.value())
            addItem(m_milestones, m.extId,
                    QStringLiteral("%1 · %2 · %3")
                        .arg(m.extId, m.date.toDisplayString(), m.description),
                    m.technologyLabels);
    if (auto evs = timeline.events())
        for (const ControlEvent& e : evs.value())
            addItem(m_events, e.extId,
                    QStringLiteral("%1 · %2 · %3 · %4")
                        .arg(e.extId, e.date.toDisplayString(), e.regime, e.description),
                    e.technologyLabels);
}

void CaseJustificationForm::filterEvidence()
{
    m_showAll->setEnabled(!m_technologyValue.isEmpty());
    for (QListWidget* list : {m_milestones, m_events})
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setHidden(!isEvidenceShown(item->data(kTechnologiesRole).toStringList(),
                                             item->checkState() == Qt::Checked, m_technologyValue,
                                             m_showAll->isChecked()));
        }
}

void CaseJustificationForm::pushField(const QString& key, const QString& label,
                                      const QVariant& before, const QVariant& after, bool mergeable)
{
    if (before == after)
        return;
    // The widget already shows `after`; record it so undo can go back.
    applyField(key, after);
    m_stack->push(new FieldEditCommand(
        key, label, before, after,
        [this](const QString& k, const QVariant& v) { applyField(k, v); }, mergeable));
}

void CaseJustificationForm::applyField(const QString& key, const QVariant& value)
{
    m_applying = true;
    if (key == QLatin1String("technology")) {
        m_technologyValue = value.toString();
        int index = m_technology->findData(m_technologyValue);
        if (index < 0) { // a label this database's timeline does not know: keep and show it
            m_technology->addItem(m_technologyValue, m_technologyValue);
            index = m_technology->count() - 1;
        }
        m_technology->setCurrentIndex(index);
        filterEvidence();
    } else if (key == QLatin1String("milestones")) {
        m_milestoneValue = value.toStringList();
        setChecked(m_milestones, m_milestoneValue);
    } else if (key == QLatin1String("events")) {
        m_eventValue = value.toStringList();
        setChecked(m_events, m_eventValue);
    } else if (key == QLatin1String("areas")) {
        m_areaValue = value.toStringList();
        for (auto it = m_areas.begin(); it != m_areas.end(); ++it)
            it.value()->setChecked(m_areaValue.contains(it.key()));
    } else if (key == QLatin1String("sources")) {
        m_sourceValue = value.toList();
        if (sourceRows() != m_sourceValue)
            setSourceRows(m_sourceValue);
    }
    m_applying = false;
    emit changed();
}

QStringList CaseJustificationForm::checkedIds(QListWidget* list) const
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void CaseJustificationForm::setChecked(QListWidget* list, const QStringList& ids)
{
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        const bool checked = ids.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (checked) // linked evidence stays in sight; unlinking hides nothing under the mouse
            item->setHidden(false);
        if (checked && !first)
            first = item;
    }
    if (first) // the linked facts are what the analyst wants to see, not the list's head
        list->scrollToItem(first, QAbstractItemView::PositionAtTop);
}

QStringList CaseJustificationForm::checkedAreas() const
{
    QStringList out;
    for (const auto& [name, title] : legitimateUseAreaNames())
        if (m_areas.value(name)->isChecked())
            out << name;
    return out;
}

QVariantList CaseJustificationForm::sourceRows() const
{
    QVariantList rows;
    for (int r = 0; r < m_sources->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < 2; ++c)
            cells << (m_sources->item(r, c) ? m_sources->item(r, c)->text() : QString());
        rows << cells;
    }
    return rows;
}

void CaseJustificationForm::setSourceRows(const QVariantList& rows)
{
    m_sources->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList cells = rows.at(r).toStringList();
        for (int c = 0; c < 2; ++c)
            m_sources->setItem(r, c, new QTableWidgetItem(cells.value(c)));
    }
}

void CaseJustificationForm::addSourceRow()
{
    QVariantList rows = sourceRows();
    rows << QStringList{tr("New source"), QStringLiteral("https://")};
    pushField(QStringLiteral("sources"), tr("sources"), m_sourceValue, rows, false);
    m_sources->setCurrentCell(m_sources->rowCount() - 1, 0);
}

void CaseJustificationForm::removeSourceRow()
{
    const int row = m_sources->currentRow();
    if (row < 0)
        return;
    QVariantList rows = sourceRows();
    rows.removeAt(row);
    pushField(QStringLiteral("sources"), tr("sources"), m_sourceValue, rows, false);
}

void CaseJustificationForm::load(const CaseJustification& j, const QString& notes)
{
    m_loaded = j;
    const QHash<QString, QString> texts = {
        {QStringLiteral("why_now"), j.whyNow},
        {QStringLiteral("foreign_availability"), j.foreignAvailability},
        {QStringLiteral("specifiability"), j.specifiability},
        {QStringLiteral("parameters"), j.parameters},
        {QStringLiteral("legitimate_use"), j.legitimateUse},
        {QStringLiteral("licensing_impact"), j.licensingImpact},
        {QStringLiteral("consultations"), j.consultations},
        {QStringLiteral("notes"), notes},
    };
    for (auto it = texts.begin(); it != texts.end(); ++it)
        m_binders.value(it.key())->setTextSilently(it.value());
    QVariantList rows;
    for (const CaseSource& s : j.sources)
        rows << QStringList{s.title, s.url};
    const QSignalBlocker block(this);
    applyField(QStringLiteral("technology"), j.technology);
    applyField(QStringLiteral("milestones"), j.milestones);
    applyField(QStringLiteral("events"), j.events);
    applyField(QStringLiteral("areas"), j.legitimateUseAreas);
    applyField(QStringLiteral("sources"), rows);
    filterEvidence(); // with this case's links, not the previous ones
}

CaseJustification CaseJustificationForm::justification() const
{
    CaseJustification j = m_loaded;
    j.technology = m_technologyValue;
    j.whyNow = m_binders.value(QStringLiteral("why_now"))->text();
    j.foreignAvailability = m_binders.value(QStringLiteral("foreign_availability"))->text();
    j.specifiability = m_binders.value(QStringLiteral("specifiability"))->text();
    j.parameters = m_binders.value(QStringLiteral("parameters"))->text();
    j.legitimateUse = m_binders.value(QStringLiteral("legitimate_use"))->text();
    j.licensingImpact = m_binders.value(QStringLiteral("licensing_impact"))->text();
    j.consultations = m_binders.value(QStringLiteral("consultations"))->text();
    j.milestones = m_milestoneValue;
    j.events = m_eventValue;
    j.legitimateUseAreas = m_areaValue;
    j.sources.clear();
    for (const QVariant& row : m_sourceValue) {
        const QStringList cells = row.toStringList();
        j.sources.append({cells.value(0), cells.value(1)});
    }
    return j;
}

QString CaseJustificationForm::notes() const
{
    return m_binders.value(QStringLiteral("notes"))->text();
}

QPlainTextEdit* CaseJustificationForm::textField(const QString& key) const
{
    return m_texts.value(key);
}

void CaseJustificationForm::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    if (readOnly)
        m_sourceTriggers = m_sources->editTriggers();
    m_readOnly = readOnly;
    for (QPlainTextEdit* edit : std::as_const(m_texts))
        edit->setReadOnly(readOnly);
    for (QCheckBox* check : std::as_const(m_areas))
        check->setEnabled(!readOnly);
    m_technology->setEnabled(!readOnly);
    m_sources->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : m_sourceTriggers);
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setEnabled(!readOnly);
    // Disabled lists could not scroll; items that cannot be checked still can be read.
    const bool wasApplying = std::exchange(m_applying, true);
    for (QListWidget* list : {m_milestones, m_events})
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setFlags(readOnly ? item->flags() & ~Qt::ItemIsUserCheckable
                                    : item->flags() | Qt::ItemIsUserCheckable);
        }
    m_applying = wasApplying;
}

} // namespace paceline
