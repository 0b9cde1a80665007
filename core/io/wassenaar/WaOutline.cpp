#include "WaOutline.h"

#include "io/wassenaar/WaLayout.h"

#include <QRegularExpression>

namespace paceline {

namespace {

bool endsSentence(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(':')) ||
           text.endsWith(QLatin1Char(';'));
}

bool isBullet(const QString& text)
{
    return text.startsWith(QLatin1String("- ")) || text.startsWith(QChar(0x2022)) ||
           text.startsWith(QChar(0x2013));
}

// A heading of a general section: capitals only, at least two words ("GENERAL SOFTWARE NOTE").
bool isSectionHeading(const QString& text)
{
    static const QRegularExpression caps(QStringLiteral("^[A-Z\"'\\x{201C}\\x{201D}(][A-Z \"'"
                                                        "\\x{201C}\\x{201D}(),&/-]+$"));
    return text.size() >= 8 && text.contains(QLatin1Char(' ')) && caps.match(text).hasMatch();
}

// The heads of the statements of understanding and validity notes, printed in mixed case.
bool isStatementHeading(const QString& text)
{
    static const QRegularExpression head(QStringLiteral(
        "^(?:Statements? of Understanding|Validity Notes?|General (?:Technology|Software) Note|"
        "Category \\d|Dual-Use List|Munitions List|Definitions? of Terms)\\b"));
    return text.size() < 100 && !text.endsWith(QLatin1Char('.')) && head.match(text).hasMatch();
}

QString sectionCode(const QString& heading)
{
    QString code;
    for (const QString& word : heading.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString w = word;
        static const QStringList small{QStringLiteral("OF"),   QStringLiteral("AND"),
                                       QStringLiteral("THE"),  QStringLiteral("IN"),
                                       QStringLiteral("USED"), QStringLiteral("THESE")};
        if (small.contains(w))
            continue;
        for (const QChar c : w)
            if (c.isLetter()) {
                code += c;
                break;
            }
    }
    return code.isEmpty() ? QStringLiteral("S") : code;
}

} // namespace

WaOutline::WaOutline(ListDocument& doc)
    : m_doc(doc)
{
    for (int i = 0; i < m_doc.nodes.size(); ++i) {
        m_codes.insert(m_doc.nodes.at(i).code);
        m_indexOf.insert(m_doc.nodes.at(i).code, i);
    }
}

int WaOutline::append(ListNode node)
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
    const int index = static_cast<int>(m_doc.nodes.size());
    m_indexOf.insert(node.code, index);
    m_doc.nodes.append(std::move(node));
    return index;
}

QString WaOutline::nodeCode(int index) const
{
    return index < 0 ? QString() : m_doc.nodes.at(index).code;
}

void WaOutline::warn(const WaBlock& b, const QString& what)
{
    m_doc.warnings << QStringLiteral("%1: %2: \"%3\"").arg(b.place, what, b.text.left(80));
}

void WaOutline::popTo(qsizetype stackIndex)
{
    while (m_stack.size() > stackIndex + 1)
        m_stack.removeLast();
}

void WaOutline::setText(int index, const QString& text, bool asTitle)
{
    ListNode& n = m_doc.nodes[index];
    (asTitle ? n.title : n.text) = text;
    const QString year = WaLayout::notUsedSince(text);
    if (!year.isEmpty())
        n.attributes.append({QStringLiteral("not-used-since"), year});
    m_current = index;
    m_currentTitle = asTitle;
}

void WaOutline::openCategory(int number, const QString& title)
{
    const QString code = QString::number(number);
    m_category = number;
    m_part = 0;
    int index = m_indexOf.value(code, -1);
    if (index < 0)
        index = append(
            {code, {}, NodeKind::Category, QStringLiteral("Category ") + code, {}, {}, {}, {}});
    if (!title.isEmpty())
        m_doc.nodes[index].title = WaLayout::titleCase(title);
    m_stack = {{Frame::Root, -1, 0, {}}, {Frame::Category, index, 0, {}}};
    m_current = index;
    m_currentTitle = true;
}

void WaOutline::openPart(int part, const QString& title)
{
    if (m_category != 5)
        openCategory(5, {});
    m_part = part;
    const QString code = QStringLiteral("5P%1").arg(part);
    int index = m_indexOf.value(code, -1);
    if (index < 0)
        index = append({code,
                        QStringLiteral("5"),
                        NodeKind::Group,
                        QStringLiteral("Part %1").arg(part),
                        {},
                        {},
                        {},
                        {}});
    if (!title.isEmpty())
        m_doc.nodes[index].title = WaLayout::titleCase(title);
    popTo(1);
    m_stack.append({Frame::Part, index, 0, {}});
    m_current = index;
    m_currentTitle = true;
}

void WaOutline::openGroup(QChar letter, int part, const QString& title, bool none)
{
    if (part > 0 && part != m_part)
        openPart(part, {});
    const QString parent =
        m_part > 0 ? QStringLiteral("5P%1").arg(m_part) : QString::number(m_category);
    const QString code =
        (m_part > 0 ? parent : QString::number(m_category)) + QLatin1Char('.') + letter;
    int index = m_indexOf.value(code, -1);
    if (index < 0)
        index = append({code,
                        parent,
                        NodeKind::Group,
                        QString::number(m_category) + QLatin1Char('.') + letter + QLatin1Char('.'),
                        WaLayout::titleCase(title),
                        none ? QStringLiteral("None") : QString(),
                        {},
                        {}});
    popTo(m_part > 0 ? 2 : 1);
    m_stack.append({Frame::Group, index, 0, {}});
    m_current = index;
    m_currentTitle = true;
}

// Entries hang under the open group; munitions entries and stray ones under the root.
qsizetype WaOutline::entryParent() const
{
    for (qsizetype i = m_stack.size() - 1; i > 0; --i)
        if (m_stack.at(i).frame == Frame::Group)
            return i;
    return 0;
}

int WaOutline::openEntry(const QString& code, const QString& title, int indent)
{
    const qsizetype parentAt = entryParent();
    popTo(parentAt);
    const int index =
        append({code, nodeCode(m_stack.at(parentAt).node), NodeKind::Entry, {}, {}, {}, {}, {}});
    setText(index, title, true);
    m_stack[parentAt].lastLabel = code.section(QLatin1Char('.'), -1);
    m_stack[parentAt].lastIndent = indent;
    m_stack[parentAt].bare = false;
    m_stack.append({Frame::Entry, index, indent, {}});
    return index;
}

int WaOutline::addChild(int stackIndex, const QString& label, const QString& text, int indent)
{
    popTo(stackIndex);
    Open& parent = m_stack[stackIndex];
    if (parent.frame == Frame::Group) {
        const ListNode& group = m_doc.nodes.at(parent.node);
        const QString prefix = group.label.chopped(1); // "4.A." -> "4.A"
        const int index = openEntry(prefix + QLatin1Char('.') + label, text, indent);
        m_stack[stackIndex].bare = true;
        return index;
    }
    const QString parentCode = parent.node < 0 ? QStringLiteral("ML") : nodeCode(parent.node);
    const bool inNote = parent.frame == Frame::Note || parent.frame == Frame::NotePara;
    const bool inEntry = parent.frame == Frame::Entry || parent.frame == Frame::Item;
    const NodeKind kind = inEntry ? NodeKind::Item : NodeKind::Text;
    const int index = append({parentCode + QLatin1Char('.') + label,
                              nodeCode(parent.node),
                              kind,
                              label + QLatin1Char('.'),
                              {},
                              {},
                              {},
                              {}});
    setText(index, text, false);
    parent.lastLabel = label;
    parent.lastIndent = indent;
    m_stack.append({inNote || !inEntry ? Frame::NotePara : Frame::Item, index, indent, {}});
    return index;
}

bool WaOutline::headingBlock(const WaBlock& b)
{
    if (m_chapter.kind != WaChapterKind::Category)
        return false;
    const auto h = WaLayout::heading(b.text);
    if (!h)
        return false;
    switch (h->kind) {
    case WaLayout::Heading::Category:
        if (h->category != m_category) {
            warn(b, QStringLiteral("category heading in the chapter of Category %1; read as text")
                        .arg(m_category));
            return false;
        }
        m_doc.nodes[m_stack.at(1).node].title = WaLayout::titleCase(h->title);
        popTo(1);
        m_current = m_stack.at(1).node;
        m_currentTitle = true;
        return true;
    case WaLayout::Heading::Part:
        openPart(h->part, h->title);
        return true;
    case WaLayout::Heading::Group:
        if (h->category != m_category)
            return false;
        openGroup(h->group, h->part, h->title, h->none);
        return true;
    }
    return false;
}

bool WaOutline::codeBlock(const WaBlock& b)
{
    // On a PDF page a code that opens an entry stands at the left margin; one further in
    // is a cross-reference that a line break put first.
    if (b.wrapped && b.indent > m_margin + 4)
        return false;
    const auto c = WaLayout::codeStart(b.text, false);
    if (!c)
        return false;
    const bool munitions = c->entry.startsWith(QLatin1String("ML"));
    if (munitions != (m_chapter.kind == WaChapterKind::Munitions))
        return false;
    if (!munitions && c->entry.section(QLatin1Char('.'), 0, 0).toInt() != m_category)
        return false; // a cross-reference that happens to start a line
    if (!munitions) {
        const QChar letter = c->entry.at(c->entry.indexOf(QLatin1Char('.')) + 1);
        bool inGroup = false;
        for (const Open& o : m_stack)
            if (o.frame == Frame::Group && m_doc.nodes.at(o.node).label.at(2) == letter)
                inGroup = true;
        if (!inGroup)
            openGroup(letter, m_part, {}, false);
    }
    if (c->items.isEmpty()) {
        openEntry(c->entry, c->rest, b.indent);
        return true;
    }
    int entry = m_indexOf.value(c->entry, -1);
    if (entry < 0) {
        warn(b, QStringLiteral("item of an entry that has no heading; the entry is created"));
        entry = openEntry(c->entry, {}, b.indent);
    } else {
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_stack.size(); ++i)
            if (m_stack.at(i).node == entry)
                at = i;
        if (at < 0) {
            // A restatement of an entry whose own lines are behind us: open it again.
            popTo(entryParent());
            m_stack.append({Frame::Entry, entry, b.indent, {}});
        } else {
            popTo(at);
        }
    }
    // Walk the restated path; only its last label is new.
    for (qsizetype i = 0; i < c->items.size(); ++i) {
        const QString& label = c->items.at(i);
        const QString code = nodeCode(m_stack.last().node) + QLatin1Char('.') + label;
        const bool last = i == c->items.size() - 1;
        const int existing = m_indexOf.value(code, -1);
        if (!last && existing >= 0) {
            m_stack.last().lastLabel = label;
            m_stack.last().lastIndent = b.indent;
            m_stack.append({Frame::Item, existing, b.indent, {}});
            continue;
        }
        if (!last)
            warn(b,
                 QStringLiteral("restated item %1 was not seen before; created empty").arg(code));
        addChild(static_cast<int>(m_stack.size() - 1), label, last ? c->rest : QString(), b.indent);
    }
    return true;
}

bool WaOutline::sectionBlock(const WaBlock& b)
{
    if (m_chapter.kind == WaChapterKind::Understandings && isStatementHeading(b.text)) {
        popTo(1);
        const QString parentCode = nodeCode(m_stack.last().node);
        const int index =
            append({parentCode + QLatin1Char('~') + QString::number(++m_noteCount[parentCode]),
                    parentCode,
                    NodeKind::Text,
                    {},
                    b.text,
                    {},
                    {},
                    {}});
        m_stack.append({Frame::Category, index, b.indent, {}});
        m_current = index;
        m_currentTitle = false;
        return true;
    }
    if (m_chapter.kind == WaChapterKind::Munitions || !isSectionHeading(b.text))
        return false;
    if (m_chapter.kind == WaChapterKind::Category) {
        // "TECHNICAL NOTE ON 'ADJUSTED PEAK PERFORMANCE'": a note of the whole category.
        popTo(m_part > 0 ? 2 : 1);
        const QString parentCode = nodeCode(m_stack.last().node);
        const int number = ++m_noteCount[parentCode];
        const QString label = b.text.startsWith(QLatin1String("TECHNICAL NOTE"))
                                  ? QStringLiteral("Technical Note")
                                  : QStringLiteral("Note");
        const int index = append({parentCode + QLatin1Char('~') + QString::number(number),
                                  parentCode,
                                  NodeKind::Note,
                                  label,
                                  WaLayout::titleCase(b.text),
                                  {},
                                  {},
                                  {}});
        m_stack.append({Frame::Note, index, b.indent, {}});
        m_current = index;
        m_currentTitle = false;
        return true;
    }
    popTo(0);
    const int index = append(
        {sectionCode(b.text), {}, NodeKind::Text, {}, WaLayout::titleCase(b.text), {}, {}, {}});
    m_stack.append({Frame::Category, index, b.indent, {}});
    m_current = index;
    m_currentTitle = false; // the heading is the title; what follows is the section's text
    return true;
}

void WaOutline::continuation(const WaBlock& b)
{
    if (m_current < 0) {
        if (m_chapter.kind == WaChapterKind::Munitions) {
            m_current = append({QStringLiteral("ML-intro"),
                                {},
                                NodeKind::Text,
                                {},
                                QStringLiteral("Munitions List"),
                                b.text,
                                {},
                                {}});
            m_currentTitle = false;
            return;
        }
        warn(b, QStringLiteral("text before any heading; not imported"));
        return;
    }
    ListNode& n = m_doc.nodes[m_current];
    if (m_currentTitle && !b.wrapped && !n.title.isEmpty() && endsSentence(n.title) &&
        n.kind != NodeKind::Category && n.kind != NodeKind::Group)
        m_currentTitle = false;
    if (m_currentTitle && (n.kind == NodeKind::Category || n.kind == NodeKind::Group ||
                           (n.kind == NodeKind::Text && !n.title.isEmpty() && !b.wrapped)))
        m_currentTitle = false;
    QString& target = m_currentTitle ? n.title : n.text;
    if (target.isEmpty()) {
        target = b.text;
    } else if (isBullet(b.text) || (!b.wrapped && endsSentence(target))) {
        target += QLatin1Char('\n') + b.text;
    } else if (target.size() > 1 && target.endsWith(QLatin1Char('-')) &&
               target.at(target.size() - 2).isLetter() && b.text.front().isLower()) {
        target.chop(1);
        target += b.text;
    } else {
        target += QLatin1Char(' ') + b.text;
    }
}

void WaOutline::block(const WaBlock& b)
{
    // "5. A. 2. Note cont." and "1. C. Technical Note cont.": the code only repeats where we are.
    static const QRegularExpression codedNote(
        QStringLiteral("^\\d{1,2}\\.\\s*[A-E]\\.(?:\\s*\\d{1,3}\\.)?\\s+(?=(?:Technical\\s+)?Notes?"
                       "\\b|N\\.B\\.)"));
    if (const auto m = codedNote.match(b.text); m.hasMatch()) {
        const WaBlock rest{b.indent, b.text.mid(m.capturedEnd()), b.place, b.wrapped};
        if (noteBlock(rest))
            return;
    }
    if (headingBlock(b) || codeBlock(b) || noteBlock(b) || labelBlock(b) || sectionBlock(b))
        return;
    continuation(b);
}

void WaOutline::parseChapter(const WaChapter& chapter)
{
    m_chapter = chapter;
    m_stack = {{Frame::Root, -1, 0, {}}};
    m_current = -1;
    m_category = 0;
    m_part = 0;
    if (chapter.kind == WaChapterKind::Category) {
        openCategory(chapter.category, chapter.part > 0 ? QString() : chapter.title);
        if (chapter.part > 0)
            openPart(chapter.part, chapter.title);
    } else if (chapter.kind != WaChapterKind::Munitions && !chapter.title.isEmpty()) {
        const int index = append({sectionCode(chapter.title.toUpper()),
                                  {},
                                  NodeKind::Text,
                                  {},
                                  chapter.title,
                                  {},
                                  {},
                                  {}});
        m_stack.append({Frame::Category, index, 0, {}});
        m_current = index;
        m_currentTitle = false;
    }
    m_margin = INT_MAX;
    for (const WaBlock& b : chapter.blocks)
        m_margin = std::min(m_margin, b.indent);
    // Both the Word files and the PDF write a code that opens an entry with spaces or tabs
    // between its parts ("4. A. 5."); "4.A.5." at the start of a line is a cross-reference.
    for (const WaBlock& b : chapter.blocks)
        block(b);
}

} // namespace paceline
