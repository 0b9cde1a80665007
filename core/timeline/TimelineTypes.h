#pragma once

#include "util/PartialDate.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace paceline {

enum class Confidence { High, Medium, Low };

std::optional<Confidence> confidenceFromString(const QString& text);
QString confidenceName(Confidence confidence);

// Milestone classes of FORMATS.md, in the order the charts list them.
const QStringList& milestoneClasses();

// An analyst's judgement for the lag analysis where the rows cannot express it; empty
// fields mean "apply the rules". Ext ids: TM-.. and CE-...
struct LagJudgement {
    QString emergenceMilestone; // may name another technology's milestone (a proxy)
    QString firstControlEvent;  // the event that counts as the first control
    QStringList excludedEvents; // events judged not to control this technology
    QString note;               // why
    bool isEmpty() const
    {
        return emergenceMilestone.isEmpty() && firstControlEvent.isEmpty() &&
               excludedEvents.isEmpty();
    }
};

struct Technology {
    qint64 id = 0;
    QString label; // key shared by the CSVs: "intrusion_software"
    QString name;
    QString category;
    QString description;
    LagJudgement judgement;
};

struct Milestone {
    qint64 id = 0;
    QString extId; // TM-09
    PartialDate date;
    QStringList technologyLabels;
    QString milestoneClass;
    QString milestoneType;
    QString description;
    QString sourceUrl;
    QString sourceUrl2;
    Confidence confidence = Confidence::High;
    QString notes;
};

struct ControlEvent {
    qint64 id = 0;
    QString extId; // CE-019
    PartialDate date;
    QString regime;
    QString eventType;
    QString entryCodes; // as written in the source, remarks included
    QStringList codes;  // the entry codes found in entryCodes
    QStringList technologyLabels;
    QString description;
    QString sourceUrl;
    QString sourceUrl2;
    Confidence confidence = Confidence::High;
    QString notes;
};

// The span a milestone or control event date may take; outside it the date is taken for a
// typing error ("4599"): nothing the charts show is older than 1900, and no decision is known
// more than five years ahead.
constexpr int kTimelineFirstYear = 1900;
constexpr int kTimelineYearsAhead = 5;

// The one owner of that rule, used by the editor's dialogs and the CSV import alike. A refused
// date's error place is the field (its CSV column name); the message says the bounds.
Status checkTimelineDate(const PartialDate& date, const char* field = "date",
                         const QDate& today = QDate::currentDate());

// Entry codes named in free text: Wassenaar style (4.A.5, 5.A.1.j) and ECCN/EU style
// (4A005, 4E001.c). Remarks around them are ignored.
QStringList extractEntryCodes(const QString& text);

} // namespace paceline
