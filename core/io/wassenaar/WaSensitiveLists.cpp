#include "WaSensitiveLists.h"

#include "lists/CodeGrammar.h"

#include <QRegularExpression>

namespace paceline {

namespace {

// "1.D. 2" and "6.A.1.a.2.a.5." -> "1.D.2", "6.A.1.a.2.a.5"; empty when not an entry or item.
QString canonical(QString written)
{
    written.remove(QRegularExpression(QStringLiteral("\\s+")));
    const auto code = CodeGrammar::parse(written);
    if (!code ||
        (code->level() != CodeGrammar::Level::Entry && code->level() != CodeGrammar::Level::Item))
        return {};
    return CodeGrammar::format(*code, code->family == CodeGrammar::Family::Munitions
                                          ? CodeGrammar::Family::Munitions
                                          : CodeGrammar::Family::Wassenaar);
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
