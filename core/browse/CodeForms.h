#pragma once

#include <QString>
#include <QStringList>

namespace paceline {

// The code spellings analysts type, as the browser asks for them; the rules themselves are
// CodeGrammar's (core/lists/CodeGrammar.h).
namespace CodeForms {

// Codes that the user's text may mean, most likely first; empty when the text does not look
// like an entry or item code. "4a5", "4A005", "4.A.5", "4.a.5." and "ECCN 4A005" all give
// {"4A005", "4.A.5"}; "5A001.j" gives {"5A001.j", "5.A.1.j"}.
QStringList candidates(const QString& text);

// The code with its item suffix removed one step: "4A005.z.1" -> "4A005.z" -> "4A005";
// "4A005~2" -> "4A005". Empty when there is nothing left to remove.
QString parentCode(const QString& code);

} // namespace CodeForms

} // namespace paceline
