#pragma once

#include "editions/EditionDiff.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace paceline {

// A self-contained HTML report: summary per category, then every change with its redline.
// All list text is escaped; the redline reads without colour ([- -] struck, {+ +} underlined).
QByteArray comparisonToHtml(const EditionComparison& cmp);
// RFC 4180 CSV, UTF-8: code, category, change, old text, new text.
QByteArray comparisonToCsv(const EditionComparison& cmp);

Status exportComparisonHtml(const EditionComparison& cmp, const QString& path);
Status exportComparisonCsv(const EditionComparison& cmp, const QString& path);

// The redlines of a change's fields as HTML, each named by its field; text escaped.
QString fieldRedlinesHtml(const QList<FieldDiff>& diffs);

// "LIST: FROM → TO" for titles and file names.
QString comparisonTitle(const EditionComparison& cmp);

} // namespace paceline
