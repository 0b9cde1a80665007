#include "Redline.h"

#include <QRegularExpression>

#include <optional>

namespace paceline {

namespace {

QString escapeKeepingBreaks(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// A number replaced by a number, with the unit that follows it: the parameter changes that
// delegates look for first read "10 Gbit/s → 25 Gbit/s".
struct ParameterChange {
    QString before;
    QString after;
    QString unit;           // with its leading space, or empty
    qsizetype consumed = 0; // characters of the following unchanged run taken as the unit
};

std::optional<ParameterChange> parameterChangeAt(const QList<DiffSegment>& segments, qsizetype i)
{
    static const QRegularExpression number(QStringLiteral("^\\d+(?:[.,]\\d+)*$"));
    static const QRegularExpression unit(
        QStringLiteral("^ ?[^\\s\\d.,;:()\\[\\]{}\"]{1,8}(?=[\\s.,;:)]|$)"));
    if (i + 1 >= segments.size() || segments.at(i).op != DiffOp::Delete ||
        segments.at(i + 1).op != DiffOp::Insert)
        return std::nullopt;
    const QString before = segments.at(i).text;
    const QString after = segments.at(i + 1).text;
    if (!number.match(before).hasMatch() || !number.match(after).hasMatch())
        return std::nullopt;
    ParameterChange change{before, after, {}, 0};
    if (i + 2 < segments.size() && segments.at(i + 2).op == DiffOp::Equal) {
        const QRegularExpressionMatch m = unit.match(segments.at(i + 2).text);
        if (m.hasMatch()) {
            change.unit = m.captured();
            change.consumed = m.capturedLength();
        }
    }
    return change;
}

// Walks the segments, giving each parameter change to `parameter` and the rest to `segment`.
template <typename Segment, typename Parameter>
void walk(const QList<DiffSegment>& segments, Segment segment, Parameter parameter)
{
    qsizetype skip = 0; // the unit already shown with a parameter change
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (auto change = parameterChangeAt(segments, i)) {
            parameter(change.value());
            skip = change->consumed;
            ++i;
            continue;
        }
        const DiffSegment& s = segments.at(i);
        segment(s.op, s.text.mid(skip));
        skip = 0;
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
