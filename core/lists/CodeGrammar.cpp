#include "CodeGrammar.h"

#include "lists/CodeScanner.h"

namespace paceline::CodeGrammar {

using detail::isAsciiDigit;
using detail::isWordChar;
using detail::Mode;
using detail::Scanner;

namespace {

QString pathText(const Code& c)
{
    QString out;
    for (const Step& s : c.path)
        out += s.separator + s.label;
    return out;
}

QString eccnForm(const Code& c)
{
    if (c.category < 0 || c.category > 9)
        return {};
    QString out = QString::number(c.category);
    if (!c.group.isNull())
        out += c.group;
    if (c.part > 0)
        out += QString::number(c.part);
    if (c.entry >= 0)
        out += QStringLiteral("%1").arg(c.entry, 3, 10, QLatin1Char('0'));
    return out + pathText(c);
}

QString wassenaarForm(const Code& c)
{
    if (c.part > 0) // Wassenaar heads Category 5's parts otherwise
        return {};
    QString out = QString::number(c.category);
    if (!c.group.isNull())
        out += QLatin1Char('.') + c.group;
    if (c.entry >= 0)
        out += QLatin1Char('.') + QString::number(c.entry);
    return out + pathText(c);
}

QString munitionsForm(const Code& c)
{
    return QStringLiteral("ML") + QString::number(c.entry) + pathText(c);
}

bool atOrBelowEntry(const Code& c)
{
    return c.entry >= 0;
}

} // namespace

Level Code::level() const
{
    for (const Step& s : path)
        if (s.separator == QLatin1Char('~'))
            return Level::Loose;
    if (!path.isEmpty())
        return Level::Item;
    if (entry >= 0)
        return Level::Entry;
    return group.isNull() ? Level::Category : Level::Group;
}

std::optional<Code> parse(QStringView text)
{
    QStringView t = text.trimmed();
    for (QLatin1String prefix : {QLatin1String("ECCNs"), QLatin1String("ECCN")}) {
        if (t.startsWith(prefix, Qt::CaseInsensitive) && t.size() > prefix.size() &&
            t[prefix.size()].isSpace()) {
            t = t.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (t.isEmpty())
        return std::nullopt;
    return Scanner(t, Mode::Typed).scan();
}

QString format(const Code& code, Family spelling)
{
    switch (code.family) {
    case Family::Munitions:
        return spelling == Family::Munitions ? munitionsForm(code) : QString();
    case Family::Us600:
        return spelling == Family::Us600 || spelling == Family::Eccn ? eccnForm(code) : QString();
    case Family::Eccn:
    case Family::Wassenaar:
        break;
    }
    if (spelling == Family::Eccn)
        return eccnForm(code);
    return spelling == Family::Wassenaar ? wassenaarForm(code) : QString();
}

QString format(const Code& code)
{
    return format(code, code.family);
}

QString concordanceKey(QStringView code)
{
    const auto c = parse(code);
    if (!c || (c->level() != Level::Entry && c->level() != Level::Item))
        return {};
    return c->family == Family::Munitions ? munitionsForm(*c) : eccnForm(*c);
}

QStringList spellings(const QString& key)
{
    const auto c = parse(key);
    if (!c || !atOrBelowEntry(*c))
        return {};
    QStringList out;
    for (Family f : {Family::Eccn, Family::Wassenaar, Family::Munitions})
        if (const QString s = format(*c, f); !s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

QStringList candidates(QStringView text)
{
    const auto c = parse(text);
    if (!c || !atOrBelowEntry(*c))
        return {};
    const Family second = c->family == Family::Wassenaar ? Family::Eccn : Family::Wassenaar;
    QStringList out;
    for (Family f : {c->family, second})
        if (const QString s = format(*c, f); !s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

QString parentCode(QStringView code)
{
    auto c = parse(code);
    if (!c) { // a code of some other scheme ("5.2.A~1"): its notes still hang below it
        const qsizetype tilde = code.indexOf(QLatin1Char('~'));
        return tilde > 0 ? code.left(tilde).toString() : QString();
    }
    if (c->path.isEmpty())
        return {};
    c->path.removeLast();
    return format(*c);
}

std::optional<LineMatch> leadingCode(QStringView line, Families families)
{
    Scanner s(line, Mode::Line);
    const auto c = s.scan();
    if (!c || c->level() == Level::Category || !families.testFlag(c->family))
        return std::nullopt;
    return LineMatch{*c, s.pos()};
}

QList<Mention> mentions(QStringView text)
{
    QList<Mention> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (!isAsciiDigit(ch) && ch != QLatin1Char('M'))
            continue;
        if (i > 0 && (isWordChar(text[i - 1]) || text[i - 1] == QLatin1Char('.')))
            continue;
        Scanner s(text, Mode::Text, i);
        const auto c = s.scan();
        if (!c || !atOrBelowEntry(*c))
            continue;
        qsizetype start = i;
        qsizetype blank = i;
        while (blank > 0 && text[blank - 1].isSpace())
            --blank;
        for (QLatin1String prefix : {QLatin1String("ECCNs"), QLatin1String("ECCN")}) {
            const qsizetype p = blank - prefix.size();
            if (blank < i && p >= 0 && text.mid(p, prefix.size()) == prefix &&
                (p == 0 || !isWordChar(text[p - 1]))) {
                start = p;
                break;
            }
        }
        out.append({start, s.pos() - start, text.mid(i, s.pos() - i).toString()});
        i = s.pos() - 1;
    }
    return out;
}

} // namespace paceline::CodeGrammar
