#include "WaLayout.h"

#include "lists/CodeGrammar.h"

#include <QRegularExpression>

namespace paceline::WaLayout {

namespace {

const QString kDash = QStringLiteral("[-\\x{2013}\\x{2014}]");

bool hasLowercaseWord(const QString& text)
{
    static const QRegularExpression lower(QStringLiteral("[a-z]{2,}"));
    return lower.match(text).hasMatch();
}

} // namespace

std::optional<Heading> heading(const QString& line)
{
    static const QRegularExpression part(QStringLiteral("^(?:CATEGORY\\s+5\\s*%1\\s*)?Part\\s+(\\d)"
                                                        "\\s*%1\\s*(.+)$")
                                             .arg(kDash),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression group(
        QStringLiteral("^(\\d{1,2})\\.\\s*([A-E])\\.\\s+(?:Part\\s+(\\d)\\.?\\s+)?(\\D.*)$"));
    static const QRegularExpression category(QStringLiteral("^(\\d{1,2})\\.\\s+(\\D.*)$"));
    static const QRegularExpression none(QStringLiteral("\\s*%1?\\s*None\\.?$").arg(kDash));
    if (const auto m = part.match(line); m.hasMatch() && !hasLowercaseWord(m.captured(2)))
        return Heading{Heading::Part, 5, m.captured(1).toInt(), {}, m.captured(2).trimmed(), false};
    if (const auto m = group.match(line); m.hasMatch()) {
        QString title = m.captured(4).trimmed();
        const auto n = none.match(title);
        const bool isNone = n.hasMatch();
        if (isNone)
            title.truncate(n.capturedStart());
        if (hasLowercaseWord(title) || title.size() < 3)
            return std::nullopt;
        return Heading{Heading::Group,
                       m.captured(1).toInt(),
                       m.captured(3).toInt(),
                       m.captured(2).at(0),
                       title,
                       isNone};
    }
    static const QRegularExpression spelled(
        QStringLiteral("^CATEGORY\\s+(\\d{1,2})\\s*%1?\\s*(\\D.*)$").arg(kDash));
    if (const auto m = spelled.match(line); m.hasMatch() && !hasLowercaseWord(m.captured(2)) &&
                                            !m.captured(2).startsWith(QLatin1String("PART")))
        return Heading{
            Heading::Category, m.captured(1).toInt(), 0, {}, m.captured(2).trimmed(), false};
    if (const auto m = category.match(line); m.hasMatch()) {
        // "4. COMPUTERS", not a chemical formula item such as "2. Si-C-N." or "3. TATP;".
        static const QRegularExpression word(QStringLiteral("[A-Z]{4,}"));
        const QString title = m.captured(2).trimmed();
        if (hasLowercaseWord(title) || !word.match(title).hasMatch() ||
            title.endsWith(QLatin1Char('.')) || title.endsWith(QLatin1Char(';')))
            return std::nullopt;
        return Heading{Heading::Category, m.captured(1).toInt(), 0, {}, title, false};
    }
    return std::nullopt;
}

std::optional<CodeStart> codeStart(const QString& line, bool compact)
{
    using namespace CodeGrammar;
    const auto m = leadingCode(line, Family::Wassenaar | Family::Munitions);
    if (!m || (m->code.level() != Level::Entry && m->code.level() != Level::Item))
        return std::nullopt;
    // The Secretariat writes a code that opens an entry with spaces or tabs between its parts
    // ("4. A. 3. a.", "ML1. b."); "4.A.3." or "ML11.a." first on a line is a cross-reference.
    const QStringView written = QStringView(line).left(m->rest).trimmed();
    const bool spaced = written.contains(QLatin1Char(' ')) || written.contains(QLatin1Char('\t'));
    const bool munitions = m->code.family == Family::Munitions;
    if (!compact && !spaced && !(munitions && m->code.path.isEmpty()))
        return std::nullopt;
    Code entry = m->code;
    entry.path.clear();
    CodeStart out{format(entry), {}, line.mid(m->rest).trimmed()};
    for (const Step& step : m->code.path) {
        if (step.separator != QLatin1Char('.'))
            return std::nullopt;
        out.items << step.label;
    }
    return out;
}

std::optional<Label> itemLabel(const QString& line)
{
    static const QRegularExpression label(QStringLiteral("^([a-z]{1,2}|\\d{1,2})\\.(?:\\s+|$)"));
    const auto m = label.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return Label{m.captured(1), line.mid(m.capturedEnd()).trimmed()};
}

bool isFirstLabel(const QString& label)
{
    return label == QLatin1String("a") || label == QLatin1String("1");
}

bool continues(const QString& previous, const QString& label)
{
    if (previous.isEmpty() || label.isEmpty())
        return false;
    const bool prevDigit = previous.front().isDigit();
    if (prevDigit != label.front().isDigit())
        return false;
    if (prevDigit)
        return label.toInt() == previous.toInt() + 1;
    if (previous.size() == 1 && label.size() == 1)
        return label.front().unicode() == previous.front().unicode() + 1;
    if (previous == QLatin1String("z"))
        return label == QLatin1String("aa");
    if (previous.size() == 2 && label.size() == 2) // "aa" -> "bb" and "aa" -> "ab" both occur
        return (label.at(0) == label.at(1) && previous.at(0) == previous.at(1) &&
                label.at(0).unicode() == previous.at(0).unicode() + 1) ||
               (label.at(0) == previous.at(0) &&
                label.at(1).unicode() == previous.at(1).unicode() + 1);
    return false;
}

std::optional<NoteHead> noteHead(const QString& line)
{
    static const QRegularExpression head(
        QStringLiteral("^(Technical\\s+Notes?|Notes?|N\\.\\s?B\\.)\\s*(\\d{1,2})?\\.?(?=\\s|:|$)"
                       ":?\\s*(cont(?:inued)?\\.?)?\\s*(.*)$"));
    const auto m = head.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    QString label = m.captured(1).simplified();
    if (label.startsWith(QLatin1String("N.")))
        label = QStringLiteral("N.B.");
    if (!m.captured(2).isEmpty())
        label += (label == QLatin1String("N.B.") ? QString() : QStringLiteral(" ")) + m.captured(2);
    return NoteHead{label, !m.captured(3).isEmpty(), m.captured(4).trimmed()};
}

QString notUsedSince(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^Not used since (\\d{4})\\.?$"));
    const auto m = re.match(text.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString titleCase(const QString& heading)
{
    if (heading.contains(QRegularExpression(QStringLiteral("[a-z]"))))
        return heading;
    static const QStringList small{
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("of"), QStringLiteral("for"),
        QStringLiteral("the"), QStringLiteral("in"), QStringLiteral("to"), QStringLiteral("a")};
    QString out = heading.toLower();
    bool wordStart = true;
    int wordBegin = 0;
    for (int i = 0; i <= out.size(); ++i) {
        const bool letter = i < out.size() && out.at(i).isLetter();
        if (letter && wordStart) {
            wordBegin = i;
            wordStart = false;
        } else if (!letter && !wordStart) {
            const QString word = out.mid(wordBegin, i - wordBegin);
            if (wordBegin == 0 || !small.contains(word))
                out[wordBegin] = out.at(wordBegin).toUpper();
            wordStart = true;
        }
    }
    return out;
}

} // namespace paceline::WaLayout
