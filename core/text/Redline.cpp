#include "Redline.h"

namespace paceline {

namespace {

QString escapeKeepingBreaks(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

} // namespace

QString redlineHtml(const QList<DiffSegment>& segments)
{
    QString html;
    for (const DiffSegment& s : segments) {
        switch (s.op) {
        case DiffOp::Equal:
            html += escapeKeepingBreaks(s.text);
            break;
        case DiffOp::Delete:
            html += QStringLiteral(
                        "<span style='color:#b00020;background:#fde7ea'><s>[-%1-]</s></span>")
                        .arg(escapeKeepingBreaks(s.text));
            break;
        case DiffOp::Insert:
            html += QStringLiteral(
                        "<span style='color:#0b6b2f;background:#e3f5e8'><u>{+%1+}</u></span>")
                        .arg(escapeKeepingBreaks(s.text));
            break;
        }
    }
    return html;
}

QString redlinePlain(const QList<DiffSegment>& segments)
{
    QString out;
    for (const DiffSegment& s : segments) {
        switch (s.op) {
        case DiffOp::Equal:
            out += s.text;
            break;
        case DiffOp::Delete:
            out += QStringLiteral("[-") + s.text + QStringLiteral("-]");
            break;
        case DiffOp::Insert:
            out += QStringLiteral("{+") + s.text + QStringLiteral("+}");
            break;
        }
    }
    return out;
}

} // namespace paceline
