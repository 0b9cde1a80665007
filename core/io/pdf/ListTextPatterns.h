#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace paceline::listtext {

// The line shapes of control-list documents laid out as text. Codes ("4A005", "4.A.5.") are
// CodeGrammar's: see CodeGrammar::leadingCode.

// "CATEGORY 4 - COMPUTERS", "CATEGORY 0 — NUCLEAR MATERIALS…", "Category 5 - Part 2 - …":
// 1 number, 2 title.
const QRegularExpression& categoryPattern();
// "a.", "12." then the text: 1 label, 2 text.
const QRegularExpression& labelPattern();
// "Note:", "Note 2:", "Technical Notes:", "N.B.", "TECHNICAL NOTE ON …".
const QRegularExpression& notePattern();
// A part of a category, at any indentation: "PART 2 — "INFORMATION SECURITY"".
const QRegularExpression& partPattern();
// The heading of the next annex, which ends the list: "ANNEX II", "“ANNEX IIa".
const QRegularExpression& annexPattern();

// "5A001 b. 3. (continued)" -> code "5A001", path {"b", "3"}; "4A003 Note 2: b. (continued)"
// -> {"Note 2", "b"}. False when the text does not say "continued".
bool continuedPath(const QString& text, QString& code, QStringList& path);

bool endsSentence(const QString& text);
bool hasLowercase(const QString& text);

// Joins a wrapped line: "speci-" + "fied" is "specified", "EQUIPM-" + "ENT" in a heading is
// "EQUIPMENT", a soft hyphen (U+00AD) always joins, anything else gets a space.
void appendLine(QString& target, const QString& line);

} // namespace paceline::listtext
