#pragma once

#include "timeline/TimelineTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

// Linking a case to its evidence: which technology to offer first, and which milestones and
// control events to show once a technology is chosen.

// Technologies in the order a chooser lists them: by the name people read (the label where a
// technology has no name), ignoring case.
QList<Technology> sortedForChoice(QList<Technology> technologies);

// Whether a milestone or control event of these technologies is listed while technology is
// chosen: everything when no technology is chosen or all are asked for, else the chosen
// technology's, and a linked one always (a linked item is never hidden).
bool isEvidenceShown(const QStringList& itemTechnologies, bool linked, const QString& technology,
                     bool showAll);

// Whether the event names this entry or item code, in any spelling ("4.A.5" is "4A005"), or a
// code above or below it ("5A001" for "5A001.j", and the other way round).
bool citesCode(const ControlEvent& event, const QString& code);

// The technology whose control events cite this code, when exactly one technology does;
// empty when none or several do, or the code is no entry or item code.
QString technologyCitingCode(const QList<ControlEvent>& events, const QString& code);

} // namespace paceline
