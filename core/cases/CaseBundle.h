#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace paceline {

class Database;

// A review-exchange file: one or more cases with their revisions, status history, comments and
// sign-offs, as JSON {"format": "paceline.case-bundle", "version": 1, "content_sha256", "cases"}.
// The hash covers the compact serialisation of "cases", so an edited or cut file is refused.
struct CaseBundle {
    QString createdBy;
    QString createdAt;
    QJsonArray cases;
};

// Freezes each case's current text as a revision when it is not one yet (the revision numbers
// are how both sides find their common ancestor later), then writes the bundle.
Result<QByteArray> exportCaseBundle(Database& db, const QList<qint64>& caseIds,
                                    const QString& actor);
Result<CaseBundle> readCaseBundle(const QByteArray& bytes, const QString& fileName = {});

struct CaseImportItem {
    enum class Text { New, Same, TakeTheirs, KeepMine, Conflict };
    QString uuid;
    QString title;
    Text text = Text::New;
    int commonRevision = 0; // 0: no revision in common
    QString ancestorText;
    QString mineText;
    QString theirsText;
    int newComments = 0;
    int newSignoffs = 0;
    int newHistory = 0;
};

// What importing would do, without writing: new cases, and for known ones how the proposed
// text merges (three-way against the newest common revision) and what review records are new.
Result<QList<CaseImportItem>> planCaseImport(Database& db, const CaseBundle& bundle);

// Imports in one transaction. Every conflict needs a resolved text in `resolutions` (by case
// UUID); otherwise nothing is written and the error names the case.
Result<QList<CaseImportItem>> importCaseBundle(Database& db, const CaseBundle& bundle,
                                               const QHash<QString, QString>& resolutions,
                                               const QString& actor);

} // namespace paceline
