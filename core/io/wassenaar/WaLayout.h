#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace paceline {

// How the Wassenaar Secretariat lays out a line of its lists: headings, codes written out in
// full ("4. A. 3. a." with spaces or tabs between the parts), item labels ("b.", "2."),
// and note heads. Pure functions of one line of text.
namespace WaLayout {

struct Heading {
    enum Kind { Category, Part, Group } kind = Category;
    int category = 0;
    int part = 0;
    QChar group;
    QString title;     // as printed, e.g. "SYSTEMS, EQUIPMENT AND COMPONENTS"
    bool none = false; // "4. B. TEST … - None"
};
std::optional<Heading> heading(const QString& line);

// A code written out at the start of a line: "4. A. 3. a. Not used since 2011" or
// "ML2. b. Smoke, …". `compact` also accepts "4.A.3." without spaces (a Word paragraph
// start, where a cross-reference cannot stand).
struct CodeStart {
    QString entry;     // canonical: "4.A.3", "ML2"
    QStringList items; // "a", "1" …
    QString rest;
};
std::optional<CodeStart> codeStart(const QString& line, bool compact);

// "b. text" -> {"b", "text"}.
struct Label {
    QString label;
    QString rest;
};
std::optional<Label> itemLabel(const QString& line);
bool isFirstLabel(const QString& label);
bool continues(const QString& previous, const QString& label);

// "Note 2 cont." / "Technical Notes" / "N.B.1" at the start of a line.
struct NoteHead {
    QString label; // "Note 2", "Technical Notes", "N.B.1"
    bool continued = false;
    QString rest;
};
std::optional<NoteHead> noteHead(const QString& line);

// "Not used since 2009" -> "2009".
QString notUsedSince(const QString& text);

// "SYSTEMS, EQUIPMENT AND COMPONENTS" -> "Systems, Equipment and Components".
QString titleCase(const QString& heading);

} // namespace WaLayout

} // namespace paceline
