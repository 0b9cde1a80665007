#include "CodeScanner.h"

namespace paceline::CodeGrammar::detail {

namespace {

constexpr int kMaxLabelLetters = 3;
constexpr int kMaxLabelDigits = 3;
constexpr int kMaxLooseLabel = 8;

bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

} // namespace

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QChar Scanner::groupLetter(qsizetype i, bool eccn) const
{
    QChar g = at(i);
    if (m_mode == Mode::Typed)
        g = g.toUpper();
    if ((g >= QLatin1Char('A') && g <= QLatin1Char('E')) || (eccn && g == QLatin1Char('Y')))
        return g;
    return {};
}

bool Scanner::munitions(Code& c)
{
    const QStringView ml = m_s.mid(m_pos, 2);
    if (ml.compare(QLatin1String("ML"),
                   m_mode == Mode::Typed ? Qt::CaseInsensitive : Qt::CaseSensitive) != 0)
        return false;
    const qsizetype from = blanksFrom(m_pos + 2);
    const qsizetype digits = run(from, isAsciiDigit);
    if (digits < 1 || digits > 2)
        return false;
    c.family = Family::Munitions;
    c.entry = number(from, digits);
    m_pos = from + digits;
    return true;
}

// "4.A.5", "4. A. 5", "4.A" (Wassenaar); "4A005", "4A", "4a5" (ECCN); "4" when typed alone.
bool Scanner::dualUse(Code& c)
{
    const qsizetype digits = run(m_pos, isAsciiDigit);
    if (digits < 1 || digits > (m_mode == Mode::Typed ? 2 : 1))
        return false;
    c.category = number(m_pos, digits);
    qsizetype i = m_pos + digits;
    if (at(i) == QLatin1Char('.')) {
        const qsizetype letter = blanksFrom(i + 1);
        c.group = groupLetter(letter, false);
        if (c.group.isNull()) {
            m_pos = i;
            return m_mode == Mode::Typed; // "4." typed: the category
        }
        c.family = Family::Wassenaar;
        m_pos = letter + 1;
        // Printed groups end in a dot ("4.A."): "3. A system" is a numbered sentence.
        if (at(m_pos) != QLatin1Char('.'))
            return m_mode == Mode::Typed;
        const qsizetype from = blanksFrom(m_pos + 1);
        const qsizetype n = run(from, isAsciiDigit);
        if (n >= 1 && n <= 3) {
            c.entry = number(from, n);
            m_pos = from + n;
        }
        return true;
    }
    c.group = groupLetter(i, true);
    if (c.group.isNull()) {
        m_pos = i;
        return m_mode == Mode::Typed; // a bare category number, typed
    }
    if (digits != 1)
        return false;
    c.family = Family::Eccn;
    m_pos = i + 1;
    const qsizetype n = run(m_pos, isAsciiDigit);
    if (n == 0)
        return true;
    // EU Annex I numbers Category 5's groups by part: "5A1", "5A2" head a line.
    if (n == 1 && m_mode == Mode::Line && c.category == 5 && at(m_pos + 1).isSpace()) {
        c.part = number(m_pos, 1);
        m_pos += 1;
        return true;
    }
    if (n > 3 || (n < 3 && m_mode != Mode::Typed))
        return false;
    c.entry = number(m_pos, n);
    m_pos += n;
    return true;
}

// One step of the item path; false (and nothing consumed) when there is none.
bool Scanner::step(Code& c)
{
    qsizetype i = m_pos;
    QChar separator = QLatin1Char('.');
    bool spaced = false;
    if (at(i) == QLatin1Char('.')) {
        const qsizetype next = blanksFrom(i + 1);
        spaced = next > i + 1;
        i = next;
    } else if (at(i) == QLatin1Char('~') && m_mode == Mode::Typed) {
        separator = QLatin1Char('~');
        ++i;
    } else if (m_mode != Mode::Typed || !isAsciiAlnum(at(i))) {
        return false; // typed short forms run on without dots: "4a1a2"
    }
    qsizetype length = 0;
    if (separator == QLatin1Char('~')) {
        length = run(i, isAsciiAlnum);
        if (length < 1 || length > kMaxLooseLabel)
            return false;
    } else if (isAsciiDigit(at(i))) {
        length = run(i, isAsciiDigit);
        if (length > kMaxLabelDigits)
            return false;
    } else {
        const bool lower = m_mode != Mode::Typed;
        length = run(i, lower ? isAsciiLower : isAsciiLetter);
        if (length < 1 || length > kMaxLabelLetters || (lower && isAsciiLetter(at(i + length))))
            return false;
    }
    // A label after blanks ("4. A. 3. a.") is only a label when its own dot follows.
    if (spaced && at(i + length) != QLatin1Char('.'))
        return false;
    c.path.append({separator, m_s.mid(i, length).toString().toLower()});
    m_pos = i + length;
    return true;
}

bool Scanner::finish()
{
    switch (m_mode) {
    case Mode::Typed:
        while (at(m_pos) == QLatin1Char('.') || at(m_pos).isSpace())
            ++m_pos;
        return m_pos == m_s.size();
    case Mode::Line:
        if (at(m_pos) == QLatin1Char('.'))
            ++m_pos;
        if (m_pos < m_s.size() && !m_s[m_pos].isSpace())
            return false;
        m_pos = blanksFrom(m_pos);
        return true;
    case Mode::Text:
        return !isWordChar(at(m_pos));
    }
    return false;
}

std::optional<Code> Scanner::scan()
{
    Code c;
    if (!munitions(c) && !dualUse(c))
        return std::nullopt;
    if (c.entry >= 0)
        while (step(c)) {
        }
    // The US 600 series and 0x5zz ("9A610", "0A501", "0Y521"): numbers no other list uses.
    const bool us600 = c.entry >= 500 && c.entry < 700;
    if (c.family != Family::Munitions && us600)
        c.family = Family::Us600;
    if (c.group == QLatin1Char('Y') && !us600)
        return std::nullopt;
    if (!finish())
        return std::nullopt;
    return c;
}

} // namespace paceline::CodeGrammar::detail
