#include "WordHtmlParagraphs.h"

#include <QHash>
#include <QRegularExpression>

namespace paceline {

namespace {

QString entity(QStringView name)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("bull"), QStringLiteral("\u2022")},
        {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("micro"), QStringLiteral("\u00B5")},
        {QStringLiteral("plusmn"), QStringLiteral("\u00B1")},
        {QStringLiteral("times"), QStringLiteral("\u00D7")},
    };
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == QLatin1Char('x'))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x110000 && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return {};
    }
    return named.value(name.toString());
}

// Word's tabs, non-breaking and other spaces become one space; soft hyphens go.
QString collapsed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c == QChar(0x00AD) || c == QChar(0x200B))
            continue;
        if (c.isSpace() || c == QChar(0x00A0)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

// "5 x 10" then a separate run "3": an exponent set by raised position, not marked <sup>.
bool raisedExponent(const QString& before, const QString& run)
{
    static const QRegularExpression digits(QStringLiteral("^-?\\d{1,3}$"));
    static const QRegularExpression base(QStringLiteral("[x\\x{00D7}][\\s\\x{00A0}]*10$"));
    return digits.match(run).hasMatch() && base.match(before).hasMatch();
}

struct Paragraph {
    QString label; // from Word's automatic numbering: "a." or "2."
    QString style;
    int margin = 0;    // left margin, tenths of a millimetre
    int firstLine = 0; // first-line indent relative to the margin (negative: hanging)
    QString text;
};

constexpr int kTabTenths = 60; // a leading tab moves the label about 6 mm right

// Where the paragraph's label stands: the margins alone do not say it, because the
// Secretariat's styles place labels with leading tabs ("\t\t\ta." under "\t\t\t\t1.").
int labelIndent(const Paragraph& p)
{
    int tabs = 0;
    for (const QChar c : p.text) {
        if (c == QLatin1Char('\t'))
            ++tabs;
        else if (!c.isSpace())
            break;
    }
    return std::max(0, p.margin + p.firstLine) + tabs * kTabTenths;
}

QString listLabel(QChar type, int value);

class HtmlScanner {
public:
    explicit HtmlScanner(const QString& html)
        : m_html(html)
    {
    }

    QList<Paragraph> paragraphs();

private:
    void tag(QStringView tag);
    void text(QStringView raw);
    void closeRun();

    const QString& m_html;
    QList<Paragraph> m_out;
    QList<QChar> m_lists; // 'a', '1' or '-' for each open <ol>/<ul>
    QString m_pendingLabel;
    bool m_inPara = false;
    int m_supDepth = 0;
    QString m_run; // text of the current character run
    Paragraph m_para;
};

int marginLeftTenths(QStringView divTag)
{
    static const QRegularExpression margin(
        QStringLiteral("margin:\\s*\\S+\\s+\\S+\\s+\\S+\\s+(-?[0-9.]+)mm"));
    const auto m = margin.match(divTag.toString());
    return m.hasMatch() ? qRound(m.captured(1).toDouble() * 10) : 0;
}

int textIndentTenths(QStringView pTag)
{
    static const QRegularExpression indent(QStringLiteral("text-indent:\\s*(-?[0-9.]+)mm"));
    const auto m = indent.match(pTag.toString());
    return m.hasMatch() ? qRound(m.captured(1).toDouble() * 10) : 0;
}

QString attribute(QStringView tag, QLatin1String name)
{
    const qsizetype at = tag.indexOf(name + QLatin1String("=\""));
    if (at < 0)
        return {};
    const qsizetype start = at + name.size() + 2;
    const qsizetype end = tag.indexOf(QLatin1Char('"'), start);
    return end < 0 ? QString() : tag.mid(start, end - start).toString();
}

// Word's automatic numbering, which wvWare gives as <ol type="a"><li value="2">.
QString listLabel(QChar type, int value)
{
    if (type == QLatin1Char('-') || value <= 0)
        return QStringLiteral("-");
    if (type == QLatin1Char('a') && value <= 26)
        return QString(QChar(u'a' + value - 1)) + QLatin1Char('.');
    if (type == QLatin1Char('A') && value <= 26)
        return QString(QChar(u'A' + value - 1)) + QLatin1Char('.');
    return QString::number(value) + QLatin1Char('.');
}

void HtmlScanner::closeRun()
{
    if (m_run.isEmpty())
        return;
    if (m_supDepth > 0 || raisedExponent(m_para.text, m_run)) {
        m_para.text += QLatin1Char('^');
        m_para.text += m_run.trimmed();
    } else {
        m_para.text += m_run;
    }
    m_run.clear();
}

void HtmlScanner::tag(QStringView t)
{
    if (t.startsWith(QLatin1String("div "))) {
        m_inPara = true;
        m_para = Paragraph{
            m_pendingLabel, attribute(t, QLatin1String("name")), marginLeftTenths(t), 0, {}};
        m_pendingLabel.clear();
    } else if (t.startsWith(QLatin1String("ol"))) {
        const QString type = attribute(t, QLatin1String("type"));
        m_lists.append(type.isEmpty() ? QLatin1Char('1') : type.front());
    } else if (t.startsWith(QLatin1String("ul"))) {
        m_lists.append(QLatin1Char('-'));
    } else if (t == QLatin1String("/ol") || t == QLatin1String("/ul")) {
        if (!m_lists.isEmpty())
            m_lists.removeLast();
    } else if (t.startsWith(QLatin1String("li"))) {
        m_pendingLabel = listLabel(m_lists.isEmpty() ? QLatin1Char('-') : m_lists.last(),
                                   attribute(t, QLatin1String("value")).toInt());
    } else if (t.startsWith(QLatin1String("p style")) && m_inPara) {
        m_para.firstLine = textIndentTenths(t);
    } else if (t == QLatin1String("/div")) {
        closeRun();
        if (m_inPara)
            m_out.append(m_para);
        m_inPara = false;
    } else if (t.startsWith(QLatin1String("font")) || t == QLatin1String("/font")) {
        closeRun();
    } else if (t == QLatin1String("sup")) {
        closeRun();
        ++m_supDepth;
    } else if (t == QLatin1String("/sup")) {
        closeRun();
        m_supDepth = std::max(0, m_supDepth - 1);
    } else if (t == QLatin1String("br") || t.startsWith(QLatin1String("br "))) {
        m_run += QLatin1Char(' ');
    }
}

void HtmlScanner::text(QStringView raw)
{
    if (!m_inPara)
        return;
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('&')) {
            const qsizetype semi = raw.indexOf(QLatin1Char(';'), i);
            if (semi > i && semi - i <= 10) {
                m_run += entity(raw.mid(i + 1, semi - i - 1));
                i = semi + 1;
                continue;
            }
        }
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            m_run += c;
        ++i;
    }
}

QList<Paragraph> HtmlScanner::paragraphs()
{
    qsizetype i = 0;
    while (i < m_html.size()) {
        const qsizetype open = m_html.indexOf(QLatin1Char('<'), i);
        if (open < 0) {
            text(QStringView(m_html).mid(i));
            break;
        }
        text(QStringView(m_html).mid(i, open - i));
        const qsizetype close = m_html.indexOf(QLatin1Char('>'), open);
        if (close < 0)
            break;
        tag(QStringView(m_html).mid(open + 1, close - open - 1).trimmed());
        i = close + 1;
    }
    return m_out;
}

// wvWare declares ISO-8859-15 but writes UTF-8, except for some characters (no-break
// space, degree sign) that come as single Latin-1 bytes.
QString decodeMixed(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const uchar b = static_cast<uchar>(bytes.at(i));
        if (b < 0x80) {
            out += QLatin1Char(static_cast<char>(b));
            ++i;
            continue;
        }
        const int length = (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k)
            valid = (static_cast<uchar>(bytes.at(i + k)) & 0xC0) == 0x80;
        if (valid) {
            out += QString::fromUtf8(bytes.constData() + i, length);
            i += length;
        } else {
            out += QChar(char16_t(b)); // Latin-1
            ++i;
        }
    }
    return out;
}

} // namespace

WordParagraphs parseWordHtml(const QByteArray& html, const QString& source)
{
    const QString decoded = decodeMixed(html);
    HtmlScanner scanner(decoded);
    WordParagraphs out;
    // wvWare writes the header and footer stories after the body (an empty paragraph styled
    // "Header" may stand anywhere); the running header of a chapter ("DUAL-USE LIST -
    // CATEGORY 4 - COMPUTERS") comes as plain paragraphs just before them.
    static const QRegularExpression runningHead(
        QStringLiteral("^(?:DUAL-USE LIST|MUNITIONS LIST|SENSITIVE LIST|VERY SENSITIVE LIST)\\b"
                       "[^a-z]*$"));
    int number = 0;
    bool furniture = false;
    for (const Paragraph& p : scanner.paragraphs()) {
        ++number;
        const bool pageStyle = p.style.startsWith(QLatin1String("Header")) ||
                               p.style.startsWith(QLatin1String("Footer"));
        QString text = collapsed(p.text);
        if (text.isEmpty())
            continue;
        if (!p.label.isEmpty())
            text = p.label + QLatin1Char(' ') + text;
        // Once a footer with text has come, the rest are the other page stories.
        furniture = furniture || (pageStyle && p.style.startsWith(QLatin1String("Footer")));
        if (pageStyle || furniture || runningHead.match(text).hasMatch()) {
            out.headerFooter << text;
            continue;
        }
        static const QRegularExpression rule(QStringLiteral("^[_=\\-]{5,}$"));
        if (rule.match(text).hasMatch())
            continue; // a drawn line, not text
        if (p.style.contains(QLatin1String("ootnote")))
            continue; // footnotes sit where their reference is; they are not list text
        out.blocks.append({labelIndent(p), std::move(text),
                           QStringLiteral("%1: paragraph %2").arg(source).arg(number), false});
    }
    return out;
}

} // namespace paceline
