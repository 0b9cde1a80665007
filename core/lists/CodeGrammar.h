#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The one place that knows how control-list codes are spelled. Every reader of codes (search,
// concordance, entry links, list-document parsers) asks here instead of keeping its own rules.
namespace paceline::CodeGrammar {

// Dual-use codes are one code space with two spellings: EU Annex I and the US CCL write
// "4A005.a.1" (Eccn), Wassenaar writes "4.A.5.a.1". The US 600 series and 0x5zz entries
// ("9A610", "0A501", "0Y521") are spelled like ECCNs but have no Wassenaar counterpart.
// Munitions lists (Wassenaar ML, EU Common Military List) write "ML8.a.1".
enum class Family : unsigned { Eccn = 0x1, Wassenaar = 0x2, Munitions = 0x4, Us600 = 0x8 };
Q_DECLARE_FLAGS(Families, Family)

enum class Level { Category, Group, Entry, Item, Loose };

// One step below an entry: an item label after '.' ("a", "1"), or after '~' the number an
// importer gave a note or text block ("2", "n1"). Labels are lower case.
struct Step {
    QChar separator;
    QString label;
    friend bool operator==(const Step&, const Step&) = default;
};

struct Code {
    Family family = Family::Eccn; // for dual-use codes: the spelling it was written in
    int category = -1;            // -1 for munitions
    QChar group;                  // 'A'-'E', 'Y' (US 0Y521); null for categories and munitions
    int entry = -1;               // 5 in 4A005, 4.A.5; 8 in ML8; -1 above entries
    int part = 0;                 // EU Category 5 groups by part: "5A1" is Part 1, group A
    QList<Step> path;

    Level level() const;
    friend bool operator==(const Code&, const Code&) = default;
};

// Any spelling an analyst or a document uses: "4A005", "4.A.5.", "4.a.5", "4a5", "ECCN 4A005",
// "4. A. 5.", "4a1a2", "5A001.J", "ml8a", "ML 8.a.1", "4A005~2", "4A", "4.A", "4".
// nullopt for anything else ("5.2.A", "software", "4F005").
std::optional<Code> parse(QStringView text);

// The code as that family writes it: "4.A.5.j", "4A005.j", "ML8.a", "0A501". Empty when the
// family has no spelling for it (a 600-series code in Wassenaar, "10.A.2" as an ECCN).
QString format(const Code& code, Family spelling);
QString format(const Code& code); // in its own spelling

// The concordance key of an entry or item: "4.A.5" and "4A005" give "4A005", "5.A.1.j" gives
// "5A001.j", "ML8.a" gives itself. Empty for categories, groups, notes ("4A005~2") and junk.
QString concordanceKey(QStringView code);
// The spellings a key takes in the lists we know: "4A005" -> {"4A005", "4.A.5"}.
QStringList spellings(const QString& key);

// Codes typed text may mean, most likely first, entries and below only: "4a5" -> {"4A005",
// "4.A.5"}, "4.A.5" -> {"4.A.5", "4A005"}, "ml8a" -> {"ML8.a"}; empty when it is no code.
QStringList candidates(QStringView text);

// One step up inside an entry: "4A005.z.1" -> "4A005.z", "4A005~2" -> "4A005",
// "4.A.3~1.a" -> "4.A.3~1"; empty for an entry and above.
QString parentCode(QStringView code);

// A code at the start of a line of a list document, for parsers: entries and groups as EU
// ("4A005", "4A") or Wassenaar ("4.A.5.", "4. A. 5.", "4.\tA.\t5.", "4.A."), restated item paths
// ("4. A. 3. a.", "4A003.b."), munitions ("ML8.", "ML8.a."), EU Category 5 part groups
// ("5A1", Code::part). Case as printed; the code must
// be followed by white space or the end of the line. rest: where the text after it starts.
struct LineMatch {
    Code code;
    qsizetype rest = 0;
};
std::optional<LineMatch> leadingCode(QStringView line, Families families);

// Entry and item codes named in running text ("see 4A005.b and ECCN 5A002, 4.A.5 or ML8.a"):
// start and length of each mention (including an "ECCN " before it) and the code itself.
struct Mention {
    qsizetype start = 0;
    qsizetype length = 0;
    QString code; // as written, without "ECCN "
};
QList<Mention> mentions(QStringView text);

} // namespace paceline::CodeGrammar

Q_DECLARE_OPERATORS_FOR_FLAGS(paceline::CodeGrammar::Families)
