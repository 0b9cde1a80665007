#include "ListTreeBuilder.h"

#include "io/pdf/ListTextPatterns.h"

#include <QRegularExpression>

#include <climits>

namespace paceline {

namespace {

constexpr int kRecalled = INT_MAX; // indentation of a paragraph that resume() put back

// "b" follows "a", "aa" follows "z", "3" follows "2".
bool follows(const QString& previous, const QString& label)
{
    if (previous.isEmpty() || label.isEmpty() ||
        previous.front().isDigit() != label.front().isDigit())
        return false;
    if (label.front().isDigit())
        return label.toInt() == previous.toInt() + 1;
    if (previous == QLatin1String("z"))
        return label == QLatin1String("aa");
    if (previous.size() == 1)
        return label.size() == 1 && label.front().unicode() == previous.front().unicode() + 1;
    return label.size() == 2 && label.at(0) == previous.at(0) &&
           label.at(1).unicode() == previous.at(1).unicode() + 1;
}

bool isFirstLabel(const QString& label)
{
    return label == QLatin1String("a") || label == QLatin1String("1");
}

} // namespace

bool ListTreeBuilder::inNote() const
{
    for (const Open& o : m_open)
        if (o.note)
            return true;
    return false;
}

bool ListTreeBuilder::titleContinues(const QString& line) const
{
    if (m_current < 0 || !m_currentTitle)
        return true;
    const ListNode& n = m_doc.nodes.at(m_current);
    if (n.kind == NodeKind::Category)
        return !listtext::hasLowercase(line);
    if (n.kind != NodeKind::Group)
        return true;
    static const QRegularExpression unfinished(
        QStringLiteral("(?:[-,\\x{00AD}]|\\b(?:and|or|of|for))$"));
    return (!line.isEmpty() && line.front().isLower()) || unfinished.match(n.title).hasMatch();
}

bool ListTreeBuilder::expects(const QString& label) const
{
    if (isFirstLabel(label))
        return true;
    for (const Open& o : m_open)
        if (follows(o.label, label))
            return true;
    return false;
}

const QString& ListTreeBuilder::currentText() const
{
    static const QString none;
    if (m_current < 0)
        return none;
    const ListNode& n = m_doc.nodes.at(m_current);
    return m_currentTitle ? n.title : n.text;
}

int ListTreeBuilder::append(ListNode node)
{
    if (m_index.contains(node.code)) {
        for (int n = 2;; ++n) {
            const QString candidate = node.code + QLatin1Char('~') + QString::number(n);
            if (!m_index.contains(candidate)) {
                node.code = candidate;
                break;
            }
        }
    }
    const int index = static_cast<int>(m_doc.nodes.size());
    m_index.insert(node.code, index);
    m_doc.nodes.append(std::move(node));
    return index;
}

void ListTreeBuilder::category(const QString& number, const QString& title)
{
    if (number == m_category) {
        QString& known = m_doc.nodes[m_categoryNode].title;
        if (known.isEmpty())
            known = title;
        return;
    }
    m_category = number;
    m_group.clear();
    m_entry.clear();
    m_open.clear();
    m_current = append(
        {number, {}, NodeKind::Category, QStringLiteral("Category ") + number, title, {}, {}, {}});
    m_categoryNode = m_current;
    m_currentTitle = true;
}

void ListTreeBuilder::group(const QString& code, const QString& label,
                            const QString& categoryNumber, const QString& title)
{
    if (m_category != categoryNumber)
        category(categoryNumber, QString());
    m_entry.clear();
    m_open.clear();
    m_current = append({code, m_category, NodeKind::Group, label, title, {}, {}, {}});
    m_group = m_doc.nodes.at(m_current).code;
    m_currentTitle = true;
}

void ListTreeBuilder::entry(const CodeGrammar::Code& c, const QString& title)
{
    const bool eu = c.family != CodeGrammar::Family::Wassenaar;
    const QString cat = QString::number(c.category);
    const QString groupCode = eu ? cat + c.group : cat + QLatin1Char('.') + c.group;
    // EU Category 5 numbers its groups by part ("5A1", "5A2"); 5A001 belongs to the open one.
    const bool partGroup = eu && m_group.size() == 3 && m_group.startsWith(groupCode);
    if (m_group != groupCode && !partGroup)
        group(groupCode, eu ? groupCode : groupCode + QLatin1Char('.'), cat, QString());
    const QString code =
        CodeGrammar::format(c, eu ? CodeGrammar::Family::Eccn : CodeGrammar::Family::Wassenaar);
    m_current = append(
        {code, m_group, NodeKind::Entry, eu ? code : code + QLatin1Char('.'), title, {}, {}, {}});
    m_entry = m_doc.nodes.at(m_current).code;
    m_currentTitle = true;
    m_open.clear();
    ++m_entries;
}

void ListTreeBuilder::part(const QString& text)
{
    m_group.clear();
    m_entry.clear();
    m_open.clear();
    m_current = append({looseCode(), m_category, NodeKind::Text, {}, {}, text, {}, {}});
    m_currentTitle = false;
}

QString ListTreeBuilder::parentFor(int indent) const
{
    for (qsizetype i = m_open.size() - 1; i >= 0; --i)
        if (m_open.at(i).indent < indent)
            return m_open.at(i).code;
    return m_entry;
}

QString ListTreeBuilder::looseCode()
{
    const QString base = !m_entry.isEmpty() ? m_entry : !m_group.isEmpty() ? m_group : m_category;
    return base + QLatin1Char('~') + QString::number(++m_looseCounters[base]);
}

bool ListTreeBuilder::introducesList(const Open& open) const
{
    static const QRegularExpression heading(
        QStringLiteral("^(?:Technical\\s+)?Notes?(?:\\s+\\d+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!open.note || !open.label.isEmpty())
        return false;
    const QString& text = m_doc.nodes.at(open.node).text;
    static const QRegularExpression following(QStringLiteral("\\bfollowing[;,]?$"));
    return text.endsWith(QLatin1Char(':')) || heading.match(text).hasMatch() ||
           following.match(text).hasMatch(); // "… all of the following;" misprinted
}

bool ListTreeBuilder::closesAt(const Open& top, const LayoutLine& line, const QString& label,
                               Open& sibling) const
{
    const bool plainNote = top.note && top.label.isEmpty() && !introducesList(top);
    if (top.page != line.page) {
        if (!sibling.code.isEmpty())
            return false; // the paragraph before the new one's sibling is their parent
        // Opened on an earlier page, where the columns may differ: go by the labels.
        if (follows(top.label, label)) {
            sibling = top;
            return true;
        }
        const bool otherKind =
            !top.label.isEmpty() && top.label.front().isDigit() != label.front().isDigit();
        const bool startsList = introducesList(top) && !top.hasList;
        if (top.indent == kRecalled) // below the page's "(continued)" path: a next sibling, or
            return !(startsList && isFirstLabel(label)); // the list a note announced

        return plainNote || !isFirstLabel(label) || !(startsList || otherKind);
    }
    // Paragraphs at this level or deeper close (a column either way is the same level), except
    // a note that introduces a list at its own level ("Technical Notes:" / "1." / "2."): its
    // list starts with "a" or "1" and goes on in sequence; a new "a" after its "f" is not its.
    if (top.indent < line.indent - 1)
        return plainNote; // "N.B.: See also 1C450." says all it says: no list of its own
    const bool sameLevel = top.indent <= line.indent + 1;
    if (sameLevel && introducesList(top)) {
        const bool own = sibling.code.isEmpty()
                             ? isFirstLabel(label) && !top.hasList
                             : sibling.code.startsWith(top.code + QLatin1Char('.')) &&
                                   follows(sibling.label, label);
        if (own)
            return false;
        sibling = {}; // a sibling in the note's list is not one of the new paragraph's
        return true;
    }
    if (sameLevel && !top.label.isEmpty())
        sibling = top;
    return true;
}

bool ListTreeBuilder::labelled(const LayoutLine& line, const QString& label, const QString& text)
{
    const QList<Open> before = m_open;
    Open sibling;
    while (!m_open.isEmpty()) {
        if (m_entry.isEmpty() && m_open.size() == 1)
            break; // outside an entry a note is the only place a sub-paragraph can go
        const bool stale = m_open.constLast().page != line.page;
        const bool followed = stale && follows(m_open.constLast().label, label);
        if (!closesAt(m_open.constLast(), line, label, sibling))
            break;
        m_open.removeLast();
        if (followed)
            break; // the new paragraph takes its sibling's place
    }
    // A label that does not follow the sibling the columns gave it goes where its predecessor
    // is: "6." a column right of "5." follows "5.", not "5.d."; "b." after a note follows "a.".
    if (!isFirstLabel(label) && !follows(sibling.label, label)) {
        for (qsizetype i = before.size(); i >= 0; --i) {
            const int parent = i > 0 ? before.at(i - 1).node : m_index.value(m_entry, -1);
            if (parent >= 0 && follows(lastLabel(parent), label)) {
                m_open = before.mid(0, i);
                break;
            }
        }
    }
    const QString parent = m_open.isEmpty() ? m_entry : m_open.constLast().code;
    if (parent.isEmpty())
        return false;
    const bool inNote = !m_open.isEmpty() && m_open.constLast().note;
    if (!m_open.isEmpty())
        m_open.last().hasList = true;
    // A note's own sub-paragraphs are text under it, so that they never pose as items.
    m_current = append({parent + QLatin1Char('.') + label,
                        parent,
                        inNote ? NodeKind::Text : NodeKind::Item,
                        label + QLatin1Char('.'),
                        {},
                        text,
                        {},
                        {}});
    m_currentTitle = false;
    m_open.append(
        {line.indent, line.page, m_current, m_doc.nodes.at(m_current).code, label, inNote});
    return true;
}

void ListTreeBuilder::loose(const LayoutLine& line, NodeKind kind)
{
    // Paragraphs a "(continued)" line recalled (resume()) are left for the labels to close.
    const auto recalled = [this] {
        return m_open.constLast().indent == kRecalled;
    };
    while (!m_open.isEmpty() && !recalled() && m_open.constLast().indent > line.indent)
        m_open.removeLast();
    if (kind == NodeKind::Note) // a note closes the paragraphs at its own level too
        while (!m_open.isEmpty() && !recalled() && m_open.constLast().indent >= line.indent - 1)
            m_open.removeLast();
    const QString parent =
        m_entry.isEmpty() ? (m_group.isEmpty() ? m_category : m_group) : parentFor(line.indent + 1);
    m_current = append({looseCode(), parent, kind, {}, {}, line.text, {}, {}});
    m_currentTitle = false;
    if (kind == NodeKind::Note)
        m_open.append(
            {line.indent, line.page, m_current, m_doc.nodes.at(m_current).code, QString(), true});
}

QString ListTreeBuilder::lastLabel(int parent) const
{
    const QString& parentCode = m_doc.nodes.at(parent).code;
    for (int i = static_cast<int>(m_doc.nodes.size()) - 1; i > parent; --i) {
        const ListNode& n = m_doc.nodes.at(i);
        if (n.parentCode == parentCode && !n.label.isEmpty())
            return n.label.chopped(1);
    }
    return {};
}

int ListTreeBuilder::lastChild(int parent, const QString& notePrefix) const
{
    const QString& parentCode = m_doc.nodes.at(parent).code;
    for (int i = static_cast<int>(m_doc.nodes.size()) - 1; i > parent; --i) {
        const ListNode& n = m_doc.nodes.at(i);
        if (n.parentCode != parentCode)
            continue;
        if (notePrefix.isEmpty())
            return i;
        if (n.kind == NodeKind::Note && n.text.startsWith(notePrefix))
            return i;
    }
    return -1;
}

void ListTreeBuilder::resume(const QString& entryCode, const QStringList& path, int page)
{
    if (m_entry.isEmpty() || entryCode != m_entry)
        return;
    int node = m_index.value(m_entry, -1);
    for (const QString& step : path) {
        node = step.front().isUpper()
                   ? lastChild(node, step)
                   : m_index.value(m_doc.nodes.at(node).code + QLatin1Char('.') + step, -1);
        if (node < 0)
            return;
    }
    // The path the page names: its paragraphs stay open whatever the columns say.
    QList<Open> opens;
    for (int i = node; i >= 0 && m_doc.nodes.at(i).code != m_entry;
         i = m_index.value(m_doc.nodes.at(i).parentCode, -1)) {
        const ListNode& n = m_doc.nodes.at(i);
        opens.prepend({-1, page - 1, i, n.code, n.label.chopped(n.label.isEmpty() ? 0 : 1),
                       n.kind != NodeKind::Item});
    }
    // Below it, its last paragraphs, for a label that follows one of them ("5." / "6.").
    for (int child = lastChild(node, {}); child >= 0; child = lastChild(child, {})) {
        const ListNode& n = m_doc.nodes.at(child);
        opens.append({kRecalled, page - 1, child, n.code,
                      n.label.chopped(n.label.isEmpty() ? 0 : 1), n.kind != NodeKind::Item});
    }
    for (qsizetype i = 0; i + 1 < opens.size(); ++i)
        opens[i].hasList = true;
    m_open = opens;
}

void ListTreeBuilder::categoryNote(const LayoutLine& line)
{
    m_entry.clear();
    m_open.clear();
    const QString code =
        m_category + QLatin1Char('~') + QString::number(++m_looseCounters[m_category]);
    m_current = append({code, m_category, NodeKind::Note, {}, {}, line.text, {}, {}});
    m_currentTitle = false;
    m_open.append(
        {line.indent, line.page, m_current, m_doc.nodes.at(m_current).code, QString(), true});
}

void ListTreeBuilder::continuation(const LayoutLine& line)
{
    ListNode& n = m_doc.nodes[m_current];
    listtext::appendLine(m_currentTitle ? n.title : n.text, line.text);
}

void ListTreeBuilder::finish()
{
    constexpr QChar kSoftHyphen(0x00AD);
    for (ListNode& n : m_doc.nodes) {
        n.title.remove(kSoftHyphen);
        n.text.remove(kSoftHyphen);
    }
}

} // namespace paceline
