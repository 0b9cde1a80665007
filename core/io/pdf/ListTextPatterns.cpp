#include "ListTextPatterns.h"

namespace paceline::listtext {

const QRegularExpression& categoryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^CATEGORY\\s+(\\d{1,2})\\b\\s*[-\\x{2013}\\x{2014}:.]?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& labelPattern()
{
    static const QRegularExpression re(QStringLiteral("^([a-z]{1,2}|\\d{1,2})\\.(?:\\s+(.*))?$"));
    return re;
}

const QRegularExpression& notePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:Technical Notes?|Notes?|TECHNICAL NOTES?|NOTES?)\\b|N\\.\\s?B\\.)"));
    return re;
}

const QRegularExpression& partPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^PART\\s+(?:\\d{1,2}|[IVX]{1,4})\\s*[-\\x{2013}\\x{2014}:]\\s*\\S.*$"));
    return re;
}

const QRegularExpression& annexPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[\"'\\x{2018}\\x{2019}\\x{201C}\\x{201D}]?ANNEX\\s+[IVXL]{1,5}[a-z]?$"));
    return re;
}

bool continuedPath(const QString& text, QString& code, QStringList& path)
{
    static const QRegularExpression step(QStringLiteral(
        "\\G\\s+(?:([a-z]{1,2}|\\d{1,2})\\.?(?=\\s)|((?:Technical\\s+)?(?:Notes?|N\\.\\s?B\\.)"
        "(?:\\s+\\d{1,2})?):?(?=\\s))"));
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 1 || !text.contains(QLatin1String("continued")))
        return false;
    code = text.left(space);
    if (code.endsWith(QLatin1Char('.')))
        code.chop(1);
    path.clear();
    qsizetype at = space;
    for (auto m = step.match(text, at); m.hasMatch(); m = step.match(text, at)) {
        path << (m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2));
        at = m.capturedEnd();
    }
    return true;
}

bool endsSentence(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(':')) ||
           text.endsWith(QLatin1Char(';'));
}

bool hasLowercase(const QString& text)
{
    for (QChar c : text)
        if (c.isLower())
            return true;
    return false;
}

void appendLine(QString& target, const QString& line)
{
    constexpr QChar kSoftHyphen(0x00AD);
    if (target.isEmpty()) {
        target = line;
        return;
    }
    if (target.endsWith(kSoftHyphen)) {
        target.chop(1);
        target += line;
        return;
    }
    if (target.size() > 1 && target.endsWith(QLatin1Char('-')) && !line.isEmpty()) {
        const QChar before = target.at(target.size() - 2);
        const QChar after = line.front();
        // Capitals join capitals only in a heading, where no lowercase letter says otherwise.
        const bool lower = before.isLetter() && after.isLower();
        const bool upper =
            before.isUpper() && after.isUpper() && !hasLowercase(target) && !hasLowercase(line);
        if (lower || upper) {
            target.chop(1);
            target += line;
            return;
        }
    }
    target += QLatin1Char(' ') + line;
}

} // namespace paceline::listtext
