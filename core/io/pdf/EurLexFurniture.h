#pragma once

#include <QString>

namespace paceline {

// What EUR-Lex prints around and inside a list that is not part of it.

// The Official Journal's running head or foot, whole or in pieces ("L 340/12", "EN",
// "Official Journal of the European Union", "24.12.2015"), and the head of a consolidated
// text ("2015R2420 — EN — 24.12.2015 — 000.001 — 29"). Takes a simplified line.
bool isEurLexPageHead(const QString& text);

// A line holding only amendment markers of a consolidated text ("▼B", "▼C1", "▼M3"), which
// say which act the following passage comes from.
bool isAmendmentMarkerLine(const QString& text);

// Blanks the inline markers of corrected passages ("►C1 " … " ◄") in a raw line; spaces keep
// the columns of the text after them.
void blankAmendmentMarkers(QString& line);

} // namespace paceline
