#include "TechnologyChecklist.h"

namespace paceline {

TechnologyChecklist::TechnologyChecklist(QWidget* parent)
    : QListWidget(parent)
{
    setUniformItemSizes(true);
    setMinimumHeight(fontMetrics().height() * 7);
}

void TechnologyChecklist::setTechnologies(const QList<Technology>& technologies,
                                          const QStringList& checked)
{
    clear();
    QList<Technology> ordered;
    for (const Technology& t : technologies)
        if (checked.contains(t.label))
            ordered << t;
    for (const Technology& t : technologies)
        if (!checked.contains(t.label))
            ordered << t;
    for (const Technology& t : ordered) {
        auto* item = new QListWidgetItem(
            t.name == t.label ? t.label : QStringLiteral("%1  (%2)").arg(t.name, t.label), this);
        item->setData(Qt::UserRole, t.label);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(t.label) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(t.category);
    }
}

QStringList TechnologyChecklist::checkedLabels() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->data(Qt::UserRole).toString();
    return out;
}

} // namespace paceline
