#include "ListTextParser.h"

#include "io/pdf/EurLexIdentity.h"
#include "io/pdf/ListTextPatterns.h"
#include "io/pdf/ListTreeBuilder.h"
#include "io/pdf/PageCleaner.h"
#include "lists/CodeGrammar.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace paceline {

using namespace listtext;

namespace {

constexpr int kMarginSlack = 2;     // columns an entry code may stand right of the margin
constexpr int kMarginPerMille = 10; // lines left of the margin: stray lines, at most 1 %
constexpr int kLinesPerWarning = 3; // longer runs of unplaced lines make one warning

// The column the list's codes and headings start in. Title pages and stray lines may stand
// further left than the body (EUR-Lex indents its codes), so a few lines do not set it.
int bodyMargin(const QList<LayoutLine>& lines)
{
    QMap<int, int> byIndent;
    int count = 0;
    for (const LayoutLine& l : lines) {
        if (!l.text.isEmpty()) {
            ++byIndent[l.indent];
            ++count;
        }
    }
    const int needed = std::min(count, std::max(2, count * kMarginPerMille / 1000));
    int seen = 0;
    for (auto it = byIndent.cbegin(); it != byIndent.cend(); ++it) {
        seen += it.value();
        if (seen >= needed)
            return it.key();
    }
    return 0;
}

// A run of two or more category headings with nothing between them is a table of contents.
QSet<int> contentsLines(const QList<LayoutLine>& lines, int margin)
{
    QSet<int> out;
    int previous = -1; // the last non-blank line, if it was a category heading
    QString previousNumber;
    for (int i = 0; i < lines.size(); ++i) {
        const LayoutLine& l = lines.at(i);
        if (l.text.isEmpty())
            continue;
        const auto m = l.indent <= margin + kMarginSlack ? categoryPattern().match(l.text)
                                                         : QRegularExpressionMatch();
        if (!m.hasMatch()) {
            previous = -1;
            continue;
        }
        if (previous >= 0 && previousNumber != m.captured(1)) {
            out.insert(previous);
            out.insert(i);
        }
        previous = i;
        previousNumber = m.captured(1);
    }
    return out;
}

enum class Unplaced { NoCategory, Nowhere, SubParagraph, Contents };

struct UnplacedLine {
    Unplaced why;
    int number;
    QString text;
};

QString whyText(Unplaced why, bool many)
{
    switch (why) {
    case Unplaced::NoCategory:
        return many ? QStringLiteral("could not be placed (no category or entry before them)")
                    : QStringLiteral("could not be placed (no category or entry before it)");
    case Unplaced::Nowhere:
        return QStringLiteral("could not be placed");
    case Unplaced::SubParagraph:
        return many ? QStringLiteral("sub-paragraphs outside any entry; not imported")
                    : QStringLiteral("sub-paragraph outside any entry; not imported");
    case Unplaced::Contents:
        return many ? QStringLiteral("table of contents; skipped")
                    : QStringLiteral("table of contents line; skipped");
    }
    return {};
}

class Parser {
public:
    Parser(ListDocument& doc, QString fileName)
        : m_doc(doc)
        , m_tree(doc)
        , m_file(std::move(fileName))
    {
    }

    void run(const QList<LayoutLine>& lines);
    int entries() const { return m_tree.entries(); }

private:
    void line(const LayoutLine& line, bool ended);
    bool labelledLine(const LayoutLine& line, const QRegularExpressionMatch& m);
    bool structural(const LayoutLine& line);
    void unplaced(const LayoutLine& line, Unplaced why);
    void flushUnplaced();
    void endOfList(const LayoutLine& line, qsizetype linesLeft);

    ListDocument& m_doc;
    ListTreeBuilder m_tree;
    QString m_file;
    int m_margin = 0;
    QList<UnplacedLine> m_unplaced; // the current run of lines that found no place
    bool m_lineUnplaced = false;
};

void Parser::unplaced(const LayoutLine& line, Unplaced why)
{
    if (!m_unplaced.isEmpty() && m_unplaced.constLast().why != why)
        flushUnplaced();
    m_unplaced.append({why, line.number, line.text});
    m_lineUnplaced = true;
}

void Parser::flushUnplaced()
{
    if (m_unplaced.isEmpty())
        return;
    const auto quoted = [](const QString& text) {
        return QLatin1Char('"') + text.left(80) + QLatin1Char('"');
    };
    if (m_unplaced.size() <= kLinesPerWarning) {
        for (const UnplacedLine& u : std::as_const(m_unplaced))
            m_doc.warnings << QStringLiteral("%1:%2: %3: %4")
                                  .arg(m_file)
                                  .arg(u.number)
                                  .arg(whyText(u.why, false), quoted(u.text));
    } else {
        const UnplacedLine& first = m_unplaced.constFirst();
        const UnplacedLine& last = m_unplaced.constLast();
        m_doc.warnings << QStringLiteral("%1:%2-%3: %4 lines %5: %6 ... %7")
                              .arg(m_file)
                              .arg(first.number)
                              .arg(last.number)
                              .arg(m_unplaced.size())
                              .arg(whyText(first.why, true), quoted(first.text), quoted(last.text));
    }
    m_unplaced.clear();
}

void Parser::endOfList(const LayoutLine& line, qsizetype linesLeft)
{
    m_doc.warnings << QStringLiteral("%1:%2: the list ends at \"%3\"; the %4 lines from there on "
                                     "were not imported")
                          .arg(m_file)
                          .arg(line.number)
                          .arg(line.text)
                          .arg(linesLeft);
}

bool Parser::structural(const LayoutLine& line)
{
    if (m_tree.hasCategory() && partPattern().match(line.text).hasMatch()) {
        m_tree.part(line.text);
        return true;
    }
    if (line.indent > m_margin + kMarginSlack)
        return false;
    if (auto m = categoryPattern().match(line.text); m.hasMatch()) {
        m_tree.category(m.captured(1), m.captured(2).trimmed());
        return true;
    }
    using CodeGrammar::Family;
    using CodeGrammar::Level;
    const auto code = CodeGrammar::leadingCode(line.text, Family::Eccn | Family::Wassenaar);
    if (code && code->code.level() == Level::Entry) {
        const QString title = line.text.mid(code->rest).trimmed();
        const auto item = labelPattern().match(title);
        m_tree.entry(code->code, item.hasMatch() ? QString() : title);
        if (item.hasMatch()) { // "4E001   a. Technology …": the first item shares the line
            const int column = line.secondColumn >= 0 ? line.secondColumn : line.indent + 6;
            (void)m_tree.labelled({line.number, line.page, column, title, -1, {}}, item.captured(1),
                                  item.captured(2).trimmed());
        }
        return true;
    }
    const QString rest = code ? line.text.mid(code->rest).trimmed() : QString();
    if (code && code->code.level() == Level::Group && !rest.isEmpty() && !rest.front().isDigit()) {
        const CodeGrammar::Code& g = code->code;
        const bool eu = g.family != Family::Wassenaar;
        const QString cat = QString::number(g.category);
        const QString groupCode =
            eu ? cat + g.group + (g.part > 0 ? QString::number(g.part) : QString())
               : cat + QLatin1Char('.') + g.group;
        m_tree.group(groupCode, eu ? groupCode : groupCode + QLatin1Char('.'), cat, rest);
        return true;
    }
    return false;
}

// "1. a. Voltage …" opens two paragraphs; the second stands at the line's second column.
bool Parser::labelledLine(const LayoutLine& line, const QRegularExpressionMatch& m)
{
    const QString text = m.captured(2).trimmed();
    const auto inner = labelPattern().match(text);
    if (!inner.hasMatch() || line.secondColumn < 0)
        return m_tree.labelled(line, m.captured(1), text);
    if (!m_tree.labelled(line, m.captured(1), QString()))
        return false;
    return m_tree.labelled({line.number, line.page, line.secondColumn, text, -1, {}},
                           inner.captured(1), inner.captured(2).trimmed());
}

void Parser::line(const LayoutLine& line, bool ended)
{
    if (structural(line))
        return;
    if (!m_tree.hasCategory()) {
        unplaced(line, Unplaced::NoCategory);
        return;
    }
    if (notePattern().match(line.text).hasMatch()) {
        if (line.text.startsWith(QLatin1String("TECHNICAL NOTE")) && !hasLowercase(line.text))
            m_tree.categoryNote(line); // a heading in capitals: the category's note
        else
            m_tree.loose(line, NodeKind::Note);
        return;
    }
    if (auto m = labelPattern().match(line.text); m.hasMatch()) {
        const QString label = m.captured(1);
        const bool inside = m_tree.inEntry() || m_tree.inNote();
        if (inside && !m_tree.expects(label) && !endsSentence(m_tree.currentText())) {
            m_tree.continuation(line); // "… see Category" / "8. For radar, see Category 6."
            return;
        }
        if (!inside || !labelledLine(line, m))
            unplaced(line, Unplaced::SubParagraph);
        return;
    }
    if (!m_tree.hasCurrent()) {
        unplaced(line, Unplaced::Nowhere);
        return;
    }
    // A page break or a blank line inside a sentence does not end the paragraph.
    if (m_tree.titleContinues(line.text) && (!ended || !endsSentence(m_tree.currentText())))
        m_tree.continuation(line);
    else
        m_tree.loose(line, NodeKind::Text);
}

void Parser::run(const QList<LayoutLine>& lines)
{
    m_margin = bodyMargin(lines);
    const QSet<int> contents = contentsLines(lines, m_margin);
    bool ended = false;
    for (int i = 0; i < lines.size(); ++i) {
        const LayoutLine& l = lines.at(i);
        if (l.text.isEmpty()) {
            ended = true;
            continue;
        }
        m_lineUnplaced = false;
        QString code;
        QStringList path;
        if (!l.resumes.isEmpty() && continuedPath(l.resumes, code, path))
            m_tree.resume(code, path, l.page);
        if (contents.contains(i)) {
            unplaced(l, Unplaced::Contents);
        } else if (entries() > 0 && annexPattern().match(l.text).hasMatch()) {
            flushUnplaced();
            qsizetype left = 0;
            for (int j = i; j < lines.size(); ++j)
                left += lines.at(j).text.isEmpty() ? 0 : 1;
            endOfList(l, left);
            break;
        } else {
            line(l, ended);
        }
        ended = false;
        if (!m_lineUnplaced)
            flushUnplaced();
    }
    flushUnplaced();
    m_tree.finish();
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
    const ListTextOptions options = withListTextDefaults(withEurLexIdentity(given, text), fileName);
    ListDocument doc;
    doc.regimeKey = options.regimeKey;
    doc.regimeName = options.regimeName;
    doc.listKey = options.listKey;
    doc.listName = options.listName;
    doc.editionLabel = options.editionLabel;
    doc.editionSource = options.source;
    doc.editionDate = PartialDate::parse(options.editionDate);
    Parser parser(doc, fileName);
    parser.run(cleanPages(text));
    if (parser.entries() == 0)
        return badInput(QStringLiteral("no list entry recognised: no entry code (EU \"4A005\" or "
                                       "Wassenaar \"4.A.5.\") at the left margin of the text"),
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
