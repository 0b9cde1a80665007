#pragma once

#include "timeline/TimelineTypes.h"

#include <QListWidget>

namespace paceline {

// The technologies a milestone or event belongs to: every known technology with a check box,
// checked ones first.
class TechnologyChecklist : public QListWidget {
    Q_OBJECT
public:
    explicit TechnologyChecklist(QWidget* parent = nullptr);
    void setTechnologies(const QList<Technology>& technologies, const QStringList& checked);
    QStringList checkedLabels() const;
};

} // namespace paceline
