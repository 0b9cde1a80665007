#include "Redline.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <vector>

namespace paceline {

namespace {

QString escapeKeepingBreaks(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// A number replaced by a number, with the unit that follows it: the parameter changes that
// delegates look for first read "10 Gbit/s → 25 Gbit/s". The word diff splits numbers at
// their separators ("6.4" is three tokens), so the number is completed from the unchanged
// text on either side: "1,[573 → 600] K" reads "[1,573 K → 1,600 K]", "12{+.5+} GHz" reads
// "[12 GHz → 12.5 GHz]", and "5 × 10³" written "5 × 103" stays one value.
struct ParameterChange {
    qsizetype segments = 0; // 1 (a deletion or an insertion) or 2 (both)
    QString before;
    QString after;
    QString unit;           // with its leading space, or empty
    qsizetype prefix = 0;   // characters at the end of the unchanged run before, taken
    qsizetype consumed = 0; // characters of the following unchanged run taken (number and unit)
};

const QString kNumber = QStringLiteral("\\d+(?:[.,]\\d+)*");

// Whether the word after a number is its unit ("GHz", "nm", "Gbit/s", "°C", "dBm", "MIPS"),
// not the next word of the sentence ("Note 1 applies").
bool isUnit(const QString& word)
{
    static const QRegularExpression si(QStringLiteral(
        "^[YZEPTGMkhdcmµμunpfa]?(?:Hz|W|Wh|V|VA|A|Ah|J|N|Pa|bar|Gy|Sv|Bq|Ci|K|T|F|C|Ω|S|H|B|bit|"
        "bits|byte|bytes|b|eV|rad|sr|g|m|m2|m3|s|l|L|mol|cd|lm|lx|dB|dBm|dBi|dBc|dBW|FLOPS|"
        "OPS|rpm|ppm|ppb|dpi|pps|bps|psi|lb|lbs|ft|mil|min|h|hr|Rads)$"));
    static const QRegularExpression capitals(QStringLiteral("^[A-Z]{1,5}$"));
    static const QRegularExpression symbol(QStringLiteral("[°%‰/µμΩ²³]"));
    return si.match(word).hasMatch() || capitals.match(word).hasMatch() ||
           symbol.match(word).hasMatch();
}

// The change starting at segment i, when it is a number changed: `taken` characters at the
// start of the unchanged run before it already belong to the change before.
std::optional<ParameterChange> parameterChangeAt(const QList<DiffSegment>& segments, qsizetype i,
                                                 qsizetype taken)
{
    // The start of the number before the change: a sign after a space or bracket, a mantissa
    // and its times sign ("5 × ") when the exponent changed, digits ("12", "1,").
    static const QRegularExpression head(
        QStringLiteral("(?:(?<![^\\s(])[−-]|(?<![\\w.,−-]))(?:%1 ?× ?)?(?:%1[.,]?)?$")
            .arg(kNumber));
    static const QRegularExpression tail(
        QStringLiteral("^\\d*(?:[.,]\\d+)*(?: ?× ?%1)?").arg(kNumber));
    static const QRegularExpression number(QStringLiteral("^[−-]?%1(?: ?× ?%1)?$").arg(kNumber));
    // "GHz", "Gbit/s", "°C", "dB", and "Gy (Si)", "Gy (Si)/s" with their qualifier.
    static const QRegularExpression unit(
        QStringLiteral("^ ?([^\\s\\d.,;:()\\[\\]{}\"]{1,8})(?: "
                       "\\([A-Za-z]{1,8}\\)(?:/[A-Za-z]{1,3})?)?(?=[\\s.,;:)]|$)"));
    if (segments.at(i).op == DiffOp::Equal)
        return std::nullopt;
    ParameterChange change;
    change.segments = segments.at(i).op == DiffOp::Delete && i + 1 < segments.size() &&
                              segments.at(i + 1).op == DiffOp::Insert
                          ? 2
                          : 1;
    QString deleted;
    QString inserted;
    for (qsizetype k = i; k < i + change.segments; ++k)
        (segments.at(k).op == DiffOp::Delete ? deleted : inserted) = segments.at(k).text;
    auto shortNumberish = [](const QString& s) {
        return s.size() <= 40 && std::all_of(s.begin(), s.end(), [](QChar c) {
                   return c.isDigit() || c.isSpace() || QStringLiteral(".,×−-").contains(c);
               });
    };
    if (!shortNumberish(deleted) || !shortNumberish(inserted))
        return std::nullopt;
    QString before; // its last characters are enough for the start of a number
    if (i > 0 && segments.at(i - 1).op == DiffOp::Equal)
        before = segments.at(i - 1).text.mid(taken).right(48);
    QString after;
    const qsizetype next = i + change.segments;
    if (next < segments.size() && segments.at(next).op == DiffOp::Equal)
        after = segments.at(next).text;
    const QString h = head.match(before).captured();
    const QString t = tail.match(after).captured();
    change.before = h + deleted + t;
    change.after = h + inserted + t;
    if (!number.match(change.before).hasMatch() || !number.match(change.after).hasMatch())
        return std::nullopt;
    change.prefix = h.size();
    change.consumed = t.size();
    const QRegularExpressionMatch m = unit.match(after.mid(t.size()));
    if (m.hasMatch() && isUnit(m.captured(1))) {
        change.unit = m.captured();
        change.consumed += m.capturedLength();
    }
    return change;
}

// Walks the segments, giving each parameter change to `parameter` and the rest to `segment`;
// an unchanged run loses what the changes beside it took.
template <typename Segment, typename Parameter>
void walk(const QList<DiffSegment>& segments, Segment segment, Parameter parameter)
{
    const qsizetype n = segments.size();
    std::vector<std::optional<ParameterChange>> changes(n);
    std::vector<qsizetype> front(n, 0); // characters an unchanged run gives the change before
    std::vector<qsizetype> back(n, 0);  // and the change after
    for (qsizetype i = 0; i < n; ++i) {
        if (segments.at(i).op == DiffOp::Equal)
            continue;
        changes[i] = parameterChangeAt(segments, i, i > 0 ? front[i - 1] : 0);
        const qsizetype count = changes[i] ? changes[i]->segments
                                           : (segments.at(i).op == DiffOp::Delete && i + 1 < n &&
                                                      segments.at(i + 1).op == DiffOp::Insert
                                                  ? 2
                                                  : 1);
        if (changes[i]) {
            if (i > 0)
                back[i - 1] = changes[i]->prefix;
            if (i + count < n)
                front[i + count] = changes[i]->consumed;
        }
        i += count - 1;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (changes[i]) {
            parameter(*changes[i]);
            i += changes[i]->segments - 1;
            continue;
        }
        const DiffSegment& s = segments.at(i);
        segment(s.op, s.text.mid(front[i], s.text.size() - front[i] - back[i]));
    }
}

} // namespace

QString redlineHtml(const QList<DiffSegment>& segments)
{
    QString html;
    walk(
        segments,
        [&html](DiffOp op, const QString& text) {
            switch (op) {
            case DiffOp::Equal:
                html += escapeKeepingBreaks(text);
                break;
            case DiffOp::Delete:
                html += QStringLiteral(
                            "<span style='color:#b00020;background:#fde7ea'><s>[-%1-]</s></span>")
                            .arg(escapeKeepingBreaks(text));
                break;
            case DiffOp::Insert:
                html += QStringLiteral(
                            "<span style='color:#0b6b2f;background:#e3f5e8'><u>{+%1+}</u></span>")
                            .arg(escapeKeepingBreaks(text));
                break;
            }
        },
        [&html](const ParameterChange& c) {
            html +=
                QStringLiteral("<span style='background:#fff4d6'>[<s>%1%3</s> → "
                               "<b><u>%2%3</u></b>]</span>")
                    .arg(c.before.toHtmlEscaped(), c.after.toHtmlEscaped(), c.unit.toHtmlEscaped());
        });
    return html;
}

QString redlinePlain(const QList<DiffSegment>& segments)
{
    QString out;
    walk(
        segments,
        [&out](DiffOp op, const QString& text) {
            switch (op) {
            case DiffOp::Equal:
                out += text;
                break;
            case DiffOp::Delete:
                out += QStringLiteral("[-") + text + QStringLiteral("-]");
                break;
            case DiffOp::Insert:
                out += QStringLiteral("{+") + text + QStringLiteral("+}");
                break;
            }
        },
        [&out](const ParameterChange& c) {
            out += QStringLiteral("[%1%3 → %2%3]").arg(c.before, c.after, c.unit);
        });
    return out;
}

} // namespace paceline
