#include "ListTextParser.h"

#include "io/pdf/PageCleaner.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace paceline {

namespace {

constexpr int kMarginSlack = 2; // columns an entry code may stand right of the margin

const QRegularExpression& categoryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^CATEGORY\\s+(\\d{1,2})\\b\\s*[-\\x{2013}\\x{2014}:.]?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// EU "4A" or Wassenaar "4.A." followed by the group's title.
const QRegularExpression& groupPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d)([A-E])|(\\d{1,2})\\.([A-E])\\.)\\s+(\\D.*)$"));
    return re;
}

// EU "4A005" or Wassenaar "4.A.5." (the title may follow on the same line).
const QRegularExpression& entryPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:(\\d)([A-E])(\\d{3})|(\\d{1,2})\\.([A-E])\\.(\\d{1,3})\\.?)(?:\\s+(.*))?$"));
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
        QStringLiteral("^(?:(?:Technical Notes?|Notes?)\\b|N\\.\\s?B\\.)"));
    return re;
}

bool endsSentence(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(':')) ||
           text.endsWith(QLatin1Char(';'));
}

// Joins a wrapped line; "speci-" + "fied" becomes "specified".
void appendLine(QString& target, const QString& line)
{
    if (target.isEmpty()) {
        target = line;
    } else if (target.size() > 1 && target.endsWith(QLatin1Char('-')) &&
               target.at(target.size() - 2).isLetter() && line.front().isLower()) {
        target.chop(1);
        target += line;
    } else {
        target += QLatin1Char(' ') + line;
    }
}

class Parser {
public:
    Parser(ListDocument& doc, QString fileName)
        : m_doc(doc)
        , m_file(std::move(fileName))
    {
    }

    void run(const QList<LayoutLine>& lines);
    int entries() const { return m_entries; }

private:
    struct Open { // a labelled paragraph or note that deeper lines may belong to
        int indent;
        QString code;
        bool note;
        bool heading = false; // a note that is only a heading ("Technical Notes:")
    };

    bool structural(const LayoutLine& line);
    void category(const QString& number, const QString& title);
    void group(const QString& code, const QString& label, const QString& category,
               const QString& title);
    void entry(const QRegularExpressionMatch& m);
    void labelled(const LayoutLine& line, const QString& label, const QString& text);
    void loose(const LayoutLine& line, NodeKind kind);
    void continuation(const LayoutLine& line);
    void unplaced(const LayoutLine& line, const char* why);
    int append(ListNode node);
    QString parentFor(int indent) const;
    QString looseCode();

    ListDocument& m_doc;
    QString m_file;
    QSet<QString> m_codes;
    QString m_category;
    QString m_group;
    QString m_entry;
    QList<Open> m_open;
    int m_current = -1; // node whose text a continuation line extends
    bool m_currentTitle = false;
    bool m_paragraphEnded = false;
    int m_margin = 0;
    int m_entries = 0;
    QHash<QString, int> m_looseCounters;
};

int Parser::append(ListNode node)
{
    if (m_codes.contains(node.code)) {
        for (int n = 2;; ++n) {
            const QString candidate = node.code + QLatin1Char('~') + QString::number(n);
            if (!m_codes.contains(candidate)) {
                node.code = candidate;
                break;
            }
        }
    }
    m_codes.insert(node.code);
    m_doc.nodes.append(std::move(node));
    return static_cast<int>(m_doc.nodes.size() - 1);
}

void Parser::category(const QString& number, const QString& title)
{
    m_category = number;
    m_group.clear();
    m_entry.clear();
    m_open.clear();
    m_current = append(
        {number, {}, NodeKind::Category, QStringLiteral("Category ") + number, title, {}, {}, {}});
    m_currentTitle = true;
}

void Parser::group(const QString& code, const QString& label, const QString& categoryNumber,
                   const QString& title)
{
    if (m_category != categoryNumber)
        category(categoryNumber, QString());
    m_group = code;
    m_entry.clear();
    m_open.clear();
    m_current = append({code, m_category, NodeKind::Group, label, title, {}, {}, {}});
    m_currentTitle = true;
}

void Parser::entry(const QRegularExpressionMatch& m)
{
    const bool eu = !m.captured(1).isEmpty();
    const QString cat = eu ? m.captured(1) : m.captured(4);
    const QString letter = eu ? m.captured(2) : m.captured(5);
    const QString groupCode = eu ? cat + letter : cat + QLatin1Char('.') + letter;
    if (m_group != groupCode)
        group(groupCode, eu ? groupCode : groupCode + QLatin1Char('.'), cat, QString());
    const QString code = eu ? groupCode + m.captured(3)
                            : groupCode + QLatin1Char('.') + QString::number(m.captured(6).toInt());
    m_current = append({code,
                        m_group,
                        NodeKind::Entry,
                        eu ? code : code + QLatin1Char('.'),
                        m.captured(7).trimmed(),
                        {},
                        {},
                        {}});
    m_entry = m_doc.nodes.at(m_current).code;
    m_currentTitle = true;
    m_open.clear();
    ++m_entries;
}

QString Parser::parentFor(int indent) const
{
    for (qsizetype i = m_open.size() - 1; i >= 0; --i)
        if (m_open.at(i).indent < indent)
            return m_open.at(i).code;
    return m_entry;
}

QString Parser::looseCode()
{
    const QString base = !m_entry.isEmpty() ? m_entry : !m_group.isEmpty() ? m_group : m_category;
    return base + QLatin1Char('~') + QString::number(++m_looseCounters[base]);
}

void Parser::labelled(const LayoutLine& line, const QString& label, const QString& text)
{
    // "1.", "2." under a "Technical Notes:" heading often share its indentation.
    const bool numbered = label.front().isDigit();
    while (!m_open.isEmpty() && m_open.constLast().indent >= line.indent) {
        const Open& top = m_open.constLast();
        if (numbered && top.heading && top.indent == line.indent)
            break;
        m_open.removeLast();
    }
    QString parent = parentFor(line.indent);
    const bool inNote = !m_open.isEmpty() && m_open.constLast().note;
    if (inNote && m_open.constLast().heading && m_open.constLast().indent == line.indent)
        parent = m_open.constLast().code;
    QString code;
    if (inNote)
        code = looseCode();
    else
        code = parent + QLatin1Char('.') + label;
    m_current = append({code,
                        parent,
                        inNote ? NodeKind::Note : NodeKind::Item,
                        label + QLatin1Char('.'),
                        {},
                        text,
                        {},
                        {}});
    m_currentTitle = false;
    m_open.append({line.indent, m_doc.nodes.at(m_current).code, inNote, false});
}

void Parser::loose(const LayoutLine& line, NodeKind kind)
{
    while (!m_open.isEmpty() && m_open.constLast().indent > line.indent)
        m_open.removeLast();
    if (kind == NodeKind::Note) // a note closes the paragraphs at its own depth too
        while (!m_open.isEmpty() && m_open.constLast().indent >= line.indent)
            m_open.removeLast();
    const QString parent =
        m_entry.isEmpty() ? (m_group.isEmpty() ? m_category : m_group) : parentFor(line.indent + 1);
    m_current = append({looseCode(), parent, kind, {}, {}, line.text, {}, {}});
    m_currentTitle = false;
    if (kind == NodeKind::Note)
        m_open.append({line.indent, m_doc.nodes.at(m_current).code, true,
                       line.text.endsWith(QLatin1Char(':'))});
}

void Parser::continuation(const LayoutLine& line)
{
    ListNode& n = m_doc.nodes[m_current];
    appendLine(m_currentTitle ? n.title : n.text, line.text);
}

void Parser::unplaced(const LayoutLine& line, const char* why)
{
    m_doc.warnings << QStringLiteral("%1:%2: %3: \"%4\"")
                          .arg(m_file)
                          .arg(line.number)
                          .arg(QLatin1String(why), line.text.left(80));
}

bool Parser::structural(const LayoutLine& line)
{
    if (line.indent > m_margin + kMarginSlack)
        return false;
    if (auto m = categoryPattern().match(line.text); m.hasMatch()) {
        category(m.captured(1), m.captured(2).trimmed());
        return true;
    }
    if (auto m = entryPattern().match(line.text); m.hasMatch()) {
        entry(m);
        return true;
    }
    if (auto m = groupPattern().match(line.text); m.hasMatch()) {
        const bool eu = !m.captured(1).isEmpty();
        const QString cat = eu ? m.captured(1) : m.captured(3);
        const QString code = eu ? cat + m.captured(2) : cat + QLatin1Char('.') + m.captured(4);
        group(code, eu ? code : code + QLatin1Char('.'), cat, m.captured(5).trimmed());
        return true;
    }
    return false;
}

void Parser::run(const QList<LayoutLine>& lines)
{
    m_margin = INT_MAX;
    for (const LayoutLine& l : lines)
        if (!l.text.isEmpty())
            m_margin = std::min(m_margin, l.indent);
    for (const LayoutLine& line : lines) {
        if (line.text.isEmpty()) {
            m_paragraphEnded = true;
            continue;
        }
        const bool ended = m_paragraphEnded;
        m_paragraphEnded = false;
        if (structural(line))
            continue;
        if (m_category.isEmpty()) {
            unplaced(line, "could not be placed (no category or entry before it)");
            continue;
        }
        if (notePattern().match(line.text).hasMatch()) {
            loose(line, NodeKind::Note);
            continue;
        }
        if (auto m = labelPattern().match(line.text); m.hasMatch()) {
            if (m_entry.isEmpty())
                unplaced(line, "sub-paragraph outside any entry; not imported");
            else
                labelled(line, m.captured(1), m.captured(2).trimmed());
            continue;
        }
        // A page break or a blank line inside a sentence does not end the paragraph.
        const QString& prev = m_current < 0 ? QString()
                                            : (m_currentTitle ? m_doc.nodes.at(m_current).title
                                                              : m_doc.nodes.at(m_current).text);
        if (m_current >= 0 && (!ended || !endsSentence(prev))) {
            continuation(line);
            continue;
        }
        if (m_current < 0) {
            unplaced(line, "could not be placed");
            continue;
        }
        loose(line, NodeKind::Text);
    }
}

QString fileStem(const QString& fileName)
{
    QString stem = QFileInfo(fileName).completeBaseName();
    if (stem.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        stem.chop(4);
    return stem;
}

} // namespace

ListTextOptions withListTextDefaults(ListTextOptions options, const QString& fileName)
{
    const QString stem = fileStem(fileName);
    if (options.listKey.isEmpty()) {
        options.listKey = stem.toLower();
        options.listKey.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                QStringLiteral("-"));
        while (options.listKey.startsWith(QLatin1Char('-')))
            options.listKey.remove(0, 1);
        while (options.listKey.endsWith(QLatin1Char('-')))
            options.listKey.chop(1);
        if (options.listKey.isEmpty())
            options.listKey = QStringLiteral("list");
    }
    if (options.listName.isEmpty())
        options.listName = stem;
    if (options.regimeKey.isEmpty())
        options.regimeKey = QStringLiteral("other");
    if (options.regimeName.isEmpty())
        options.regimeName = options.regimeKey == QLatin1String("other") ? QStringLiteral("Other")
                                                                         : options.regimeKey;
    if (options.editionLabel.isEmpty())
        options.editionLabel = stem;
    if (options.source.isEmpty())
        options.source = QFileInfo(fileName).fileName();
    return options;
}

Result<ListDocument> parseListText(const QString& text, const QString& fileName,
                                   const ListTextOptions& given)
{
    const ListTextOptions options = withListTextDefaults(given, fileName);
    ListDocument doc;
    doc.regimeKey = options.regimeKey;
    doc.regimeName = options.regimeName;
    doc.listKey = options.listKey;
    doc.listName = options.listName;
    doc.editionLabel = options.editionLabel;
    doc.editionSource = options.source;
    Parser parser(doc, fileName);
    parser.run(cleanPages(text));
    if (parser.entries() == 0)
        return badInput(QStringLiteral("no list entry recognised: no entry code (EU \"4A005\" or "
                                       "Wassenaar \"4.A.5.\") at the left margin"),
                        fileName);
    return doc;
}

Result<ListDocument> readListTextFile(const QString& path, const ListTextOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    return parseListText(QString::fromUtf8(file.readAll()), path, options);
}

} // namespace paceline
