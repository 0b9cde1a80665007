#pragma once

#include "lists/CodeGrammar.h"

// Internal to CodeGrammar: the reader behind parse(), leadingCode() and mentions().
namespace paceline::CodeGrammar::detail {

// Typed: what an analyst types, whole string, any case, short forms ("4a5", "4a1a2").
// Line: the start of a line of a list document, as printed, blanks after dots allowed.
// Text: inside running text, as printed, no blanks.
enum class Mode { Typed, Line, Text };

bool isWordChar(QChar c);
bool isAsciiLetter(QChar c);
bool isAsciiDigit(QChar c);

class Scanner {
public:
    Scanner(QStringView s, Mode mode, qsizetype from = 0)
        : m_s(s)
        , m_mode(mode)
        , m_pos(from)
    {
    }

    // The code at the current position; afterwards pos() is where it ends (Typed: the end of
    // the text; Line: where the rest of the line starts).
    std::optional<Code> scan();
    qsizetype pos() const { return m_pos; }

private:
    QChar at(qsizetype i) const { return i < m_s.size() ? m_s[i] : QChar(); }
    qsizetype run(qsizetype from, bool (*pred)(QChar)) const
    {
        qsizetype i = from;
        while (i < m_s.size() && pred(m_s[i]))
            ++i;
        return i - from;
    }
    qsizetype blanksFrom(qsizetype i) const
    {
        if (m_mode == Mode::Text)
            return i;
        while (i < m_s.size() && m_s[i].isSpace())
            ++i;
        return i;
    }
    int number(qsizetype from, qsizetype length) const { return m_s.mid(from, length).toInt(); }
    QChar groupLetter(qsizetype i, bool eccn) const;
    bool munitions(Code& c);
    bool dualUse(Code& c);
    bool step(Code& c);
    bool finish();

    QStringView m_s;
    Mode m_mode;
    qsizetype m_pos;
};

} // namespace paceline::CodeGrammar::detail
