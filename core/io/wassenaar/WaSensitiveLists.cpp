#include "WaSensitiveLists.h"

#include <QRegularExpression>

namespace paceline {

namespace {

// "1.D. 2" and "6.A.1.a.2.a.5." -> "1.D.2", "6.A.1.a.2.a.5"; empty when not a code.
QString canonical(QString code)
{
    code.remove(QRegularExpression(QStringLiteral("\\s+")));
    while (code.endsWith(QLatin1Char('.')))
        code.chop(1);
    static const QRegularExpression shape(QStringLiteral(
        "^(?:\\d{1,2}\\.[A-E]\\.\\d{1,3}|ML\\d{1,2})(?:\\.(?:[a-z]{1,2}|\\d{1,2}))*$"));
    if (!shape.match(code).hasMatch())
        return {};
    // Leading zeros never belong to a Wassenaar entry number.
    QStringList parts = code.split(QLatin1Char('.'));
    if (parts.size() >= 3 && parts.at(0).front().isDigit())
        parts[2] = QString::number(parts.at(2).toInt());
    return parts.join(QLatin1Char('.'));
}

} // namespace

QStringList readWaSensitiveCodes(const WaChapter& chapter)
{
    static const QRegularExpression one(QStringLiteral(
        "^((?:\\d{1,2}\\s*\\.\\s*[A-E]\\s*\\.\\s*\\d{1,3}|ML\\s?\\d{1,2})\\.?(?:\\s*(?:[a-z]{1,2}|"
        "\\d{1,2})\\.)*(?:\\s*\\d{1,2}(?=\\s|$))?)"));
    static const QRegularExpression joiner(QStringLiteral("^\\s*(?:&|and|to|,)\\s*"));
    int margin = INT_MAX;
    for (const WaBlock& b : chapter.blocks)
        margin = std::min(margin, b.indent);
    QStringList out;
    for (const WaBlock& b : chapter.blocks) {
        if (b.wrapped && b.indent > margin + 1)
            continue; // a PDF line inside the text column: a cross-reference, not a listing
        QString rest = b.text;
        for (bool first = true;; first = false) {
            if (!first) {
                const auto j = joiner.match(rest);
                if (!j.hasMatch())
                    break;
                rest = rest.mid(j.capturedEnd());
            }
            const auto m = one.match(rest);
            if (!m.hasMatch())
                break;
            const QString code = canonical(m.captured(1));
            if (code.isEmpty())
                break;
            if (!out.contains(code))
                out << code;
            rest = rest.mid(m.capturedEnd());
        }
    }
    return out;
}

} // namespace paceline
