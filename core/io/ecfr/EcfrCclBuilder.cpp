#include "EcfrCclBuilder.h"

#include "lists/CodeGrammar.h"

#include <QRegularExpression>

namespace paceline {

namespace {

const QRegularExpression& categoryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^Category\\s+(\\d)\\s*[\\x{2014}\\x{2013}-]+\\s*(.*)$"));
    return re;
}

const QRegularExpression& partPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^Part\\s+(\\d|I{1,3})\\s*[\\x{2014}\\x{2013}-]+\\s*(.*)$"));
    return re;
}

const QRegularExpression& groupPattern()
{
    static const QRegularExpression re(QStringLiteral("^([A-E])\\.\\s+(.*)$"));
    return re;
}

// The ECCN that opens a paragraph ("4A005 Systems, …", "0Y521 …"), through the code grammar;
// empty when the paragraph does not open with one. `rest` receives the text after it.
QString leadingEccn(const QString& text, QString* rest = nullptr)
{
    using namespace CodeGrammar;
    const auto m = leadingCode(text, Family::Eccn | Family::Us600);
    if (!m || m->code.level() != Level::Entry)
        return {};
    const QString written = text.left(m->rest).trimmed();
    if (written.endsWith(QLatin1Char('.')))
        return {}; // "4A005." opens an item designator, not the entry
    if (rest)
        *rest = text.mid(m->rest).trimmed();
    return written;
}

const QRegularExpression& designatorPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^((?:[a-z]{1,2}\\.|\\d{1,2}\\.)+)(?=\\s|$|\\[)\\s*(.*)$"));
    return re;
}

const QRegularExpression& numberedPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}\\.)\\s+(.*)$"));
    return re;
}

const QRegularExpression& notePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:Notes?|Technical Notes?|Nota Bene)\\b|N\\.\\s?B\\.)"));
    return re;
}

// "a.4.b." -> designator segments.
bool isDesignator(const QString& label)
{
    // Starts with a letter; letters never follow letters ("e.g.", "i.e." are words), while
    // digits may follow digits ("f.2.1." occurs in the CCL).
    const QStringList parts = label.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.constFirst().front().isDigit())
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (!parts.at(i).front().isDigit() && !parts.at(i - 1).front().isDigit())
            return false;
    return true;
}

// "Related Controls:" -> "related_controls"
QString attributeKey(QString label)
{
    label = label.trimmed();
    while (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    label = label.toLower();
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    label.replace(separators, QStringLiteral("_"));
    while (label.startsWith(QLatin1Char('_')))
        label.remove(0, 1);
    while (label.endsWith(QLatin1Char('_')))
        label.chop(1);
    return label;
}

QStringList splitReasons(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral(",|;|\\band\\b"));
    QStringList out;
    for (QString r : text.split(separators, Qt::SkipEmptyParts)) {
        r = r.trimmed();
        while (r.endsWith(QLatin1Char('.')))
            r.chop(1);
        if (!r.isEmpty())
            out << r;
    }
    return out;
}

// Notes keep their heading on the first line, as in the CCL file: "Note 1 to 0A501.a:\n…".
QString noteText(const EcfrBlock& block)
{
    const QString rest = block.rest();
    if (!block.lead.isEmpty() && !rest.isEmpty())
        return block.lead + QLatin1Char('\n') + rest;
    return block.text;
}

// Boilerplate headings that structure every entry; they carry no text of their own.
bool isSectionHeading(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(License Requirements?|License Requirement Notes?|List Based License "
                       "Exceptions|License Exceptions|List of Items Controlled|Reporting "
                       "Requirements|Special Conditions for STA)\\b:?"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

bool isLicenceTable(const EcfrBlock& block)
{
    QStringList header = block.headerRows.isEmpty() ? QStringList() : block.headerRows.constFirst();
    if (header.isEmpty() && !block.rows.isEmpty())
        header = block.rows.constFirst();
    const QString joined = header.join(QLatin1Char(' ')).toLower();
    if (joined.contains(QLatin1String("country chart")))
        return true;
    // Some tables have no header row: "NS applies to entire entry | NS Column 1."
    static const QRegularExpression appliesTo(
        QStringLiteral("^[A-Z]{2,3}\\s?\\d?\\s+applies to\\b"));
    if (block.headerRows.isEmpty() && !header.isEmpty() &&
        appliesTo.match(header.constFirst()).hasMatch())
        return true;
    return header.size() == 1 && joined.startsWith(QLatin1String("control"));
}

QString tableText(const EcfrBlock& block)
{
    QStringList lines;
    for (const QStringList& row : block.headerRows)
        lines << row.join(QStringLiteral(" | "));
    for (const QStringList& row : block.rows)
        lines << row.join(QStringLiteral(" | "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ListNode& EcfrCclBuilder::append(ListNode node)
{
    m_codes.insert(node.code);
    m_doc.nodes.append(std::move(node));
    return m_doc.nodes.last();
}

QString EcfrCclBuilder::uniqueCode(const QString& code)
{
    if (!m_codes.contains(code))
        return code;
    for (int n = 2;; ++n) {
        const QString candidate = code + QLatin1Char('~') + QString::number(n);
        if (!m_codes.contains(candidate))
            return candidate;
    }
}

QString EcfrCclBuilder::currentContainer() const
{
    if (!m_entry.isEmpty())
        return m_entry;
    if (!m_group.isEmpty())
        return m_group;
    if (!m_part.isEmpty())
        return m_part;
    return m_category;
}

QString EcfrCclBuilder::nextLooseCode()
{
    QString base = currentContainer();
    if (base.isEmpty())
        base = QStringLiteral("774");
    int& n = m_looseCounters[base];
    return uniqueCode(base + QLatin1Char('~') + QString::number(++n));
}

void EcfrCclBuilder::startCategory(const QString& digit, const QString& title)
{
    m_entry.clear();
    m_part.clear();
    m_group.clear();
    m_categoryDigit = digit;
    m_category = uniqueCode(digit);
    append({m_category, {}, NodeKind::Category, {}, title, {}, {}, {}});
}

void EcfrCclBuilder::startPart(const QString& number, const QString& title)
{
    m_entry.clear();
    m_group.clear();
    QString n = number;
    if (n.startsWith(QLatin1Char('I')))
        n = QString::number(n.size()); // "Part I", "Part II"
    m_part = uniqueCode(m_category + QLatin1Char('.') + n);
    append({m_part, m_category, NodeKind::Group, QStringLiteral("Part ") + n, title, {}, {}, {}});
}

void EcfrCclBuilder::startGroup(const QString& letter, const QString& title)
{
    m_entry.clear();
    const QString code =
        m_part.isEmpty() ? m_category + letter : m_part + QLatin1Char('.') + letter;
    m_group = uniqueCode(code);
    const QString parent = m_part.isEmpty() ? m_category : m_part;
    append({m_group, parent, NodeKind::Group, letter + QLatin1Char('.'), title, {}, {}, {}});
}

bool EcfrCclBuilder::addStructuralHeading(const QString& text)
{
    if (auto m = categoryPattern().match(text); m.hasMatch()) {
        startCategory(m.captured(1), m.captured(2));
        return true;
    }
    if (m_category.isEmpty())
        return false;
    if (auto m = partPattern().match(text); m.hasMatch()) {
        startPart(m.captured(1), m.captured(2));
        return true;
    }
    if (auto m = groupPattern().match(text); m.hasMatch()) {
        startGroup(m.captured(1), m.captured(2));
        return true;
    }
    return false;
}

// An entry whose category or group heading is missing still gets both, with a warning.
void EcfrCclBuilder::ensureStructureFor(const QString& eccn, const QString& place)
{
    const QString digit = eccn.left(1);
    const QString letter = eccn.mid(1, 1);
    if (m_categoryDigit != digit) {
        m_doc.warnings << QStringLiteral("%1: ECCN %2 appears without a \"Category %3\" heading; "
                                         "the category was added")
                              .arg(place, eccn, digit);
        startCategory(digit, QStringLiteral("Category ") + digit);
    }
    const QString groupLetter = m_group.right(1);
    if (m_group.isEmpty() || groupLetter != letter) {
        m_doc.warnings << QStringLiteral("%1: ECCN %2 appears without a group \"%3.\" heading; "
                                         "the group was added")
                              .arg(place, eccn, letter);
        startGroup(letter, QString());
    }
}

void EcfrCclBuilder::startEntry(const QString& eccn, const QString& title, const QString& place)
{
    ensureStructureFor(eccn, place);
    const QString code = uniqueCode(eccn);
    if (code != eccn)
        m_doc.warnings << QStringLiteral("%1: ECCN %2 appears twice; the second is kept as %3")
                              .arg(place, eccn, code);
    append({code, m_group, NodeKind::Entry, {}, title, {}, {}, {}});
    m_entry = code;
    m_entryIndex = m_doc.nodes.size() - 1;
    m_phase = Phase::Header;
    m_lastItem.clear();
    m_lastNote.clear();
    m_lastAttribute.clear();
    m_previousWasNote = false;
    ++m_entries;
}

void EcfrCclBuilder::addAttribute(const QString& key, const QString& value)
{
    ListNode& entry = m_doc.nodes[m_entryIndex];
    m_lastAttribute = key;
    for (auto& [k, v] : entry.attributes) {
        if (k == key) {
            v += (v.isEmpty() ? QString() : QStringLiteral("\n")) + value;
            return;
        }
    }
    entry.attributes.append({key, value});
}

void EcfrCclBuilder::addLooseText(NodeKind kind, const QString& label, const QString& text)
{
    QString parent = m_lastItem.isEmpty() ? currentContainer() : m_lastItem;
    if (kind == NodeKind::Note && !label.isEmpty() && m_previousWasNote && !m_lastNote.isEmpty())
        parent = m_lastNote; // "1.", "2." under "Technical Notes:"
    const QString code = nextLooseCode();
    append({code, parent, kind, label, {}, text, {}, {}});
    m_previousWasNote = kind == NodeKind::Note;
    if (kind == NodeKind::Note && label.isEmpty())
        m_lastNote = code;
}

void EcfrCclBuilder::addFp1(const EcfrBlock& block)
{
    const QString lead = block.lead;
    if (attributeKey(lead) == QLatin1String("items")) { // "Items:", "Items", then maybe "a. …"
        m_phase = Phase::Items;
        m_lastAttribute.clear();
        EcfrBlock first = block;
        first.text = block.rest();
        first.lead.clear();
        first.element = QStringLiteral("P");
        if (!first.text.isEmpty())
            addParagraph(first);
        return;
    }
    if (lead.endsWith(QLatin1Char(':')) && !notePattern().match(lead).hasMatch()) {
        const QString key = attributeKey(lead);
        const QString value = block.rest();
        if (key == QLatin1String("reason_for_control") ||
            key == QLatin1String("reasons_for_control")) {
            m_doc.nodes[m_entryIndex].reasons << splitReasons(value);
        } else {
            addAttribute(key, value);
        }
        return;
    }
    if (block.allEmphasis) { // run-in headings: "License Requirements", "List of Items Controlled"
        m_lastAttribute.clear();
        return;
    }
    if (!m_lastAttribute.isEmpty() && !notePattern().match(block.text).hasMatch()) {
        addAttribute(m_lastAttribute, block.text); // a second paragraph of "Related Controls:"
        return;
    }
    addParagraph(block);
}

void EcfrCclBuilder::addParagraph(const EcfrBlock& block)
{
    const QString text = block.text;
    if (text.isEmpty())
        return;
    if (!m_entry.isEmpty()) {
        if (auto m = designatorPattern().match(text); m.hasMatch() && isDesignator(m.captured(1))) {
            m_phase = Phase::Items;
            const QString label = m.captured(1);
            QStringList segments = label.split(QLatin1Char('.'), Qt::SkipEmptyParts);
            const QString code =
                uniqueCode(m_entry + QLatin1Char('.') + segments.join(QLatin1Char('.')));
            QString parent = m_entry;
            for (segments.removeLast(); !segments.isEmpty(); segments.removeLast()) {
                const QString candidate =
                    m_entry + QLatin1Char('.') + segments.join(QLatin1Char('.'));
                if (m_codes.contains(candidate)) {
                    parent = candidate;
                    break;
                }
            }
            append({code, parent, NodeKind::Item, label, {}, m.captured(2), {}, {}});
            m_lastItem = code;
            m_previousWasNote = false;
            return;
        }
    }
    m_lastAttribute.clear();
    if (notePattern().match(text).hasMatch()) {
        addLooseText(NodeKind::Note, {}, noteText(block));
        return;
    }
    if (auto m = numberedPattern().match(text); m.hasMatch()) {
        addLooseText(NodeKind::Note, m.captured(1), m.captured(2));
        return;
    }
    addLooseText(NodeKind::Text, {}, text);
}

void EcfrCclBuilder::addTable(const EcfrBlock& block)
{
    if (!m_entry.isEmpty() && m_phase == Phase::Header && isLicenceTable(block)) {
        const bool single =
            !block.headerRows.isEmpty() && block.headerRows.constFirst().size() == 1;
        for (const QStringList& row : block.rows) {
            if (row.isEmpty() || row.join(QString()).trimmed().isEmpty())
                continue;
            const QString line = single || row.size() == 1
                                     ? row.join(QLatin1Char(' '))
                                     : row.constFirst() + QStringLiteral(": ") +
                                           row.mid(1).join(QStringLiteral("; "));
            addAttribute(QStringLiteral("license_requirements"), line);
        }
        m_lastAttribute.clear();
        return;
    }
    const QString text = tableText(block);
    if (!text.isEmpty())
        addLooseText(NodeKind::Text, {}, text);
}

void EcfrCclBuilder::add(const EcfrBlock& block)
{
    if (block.type == EcfrBlock::Type::Table) {
        addTable(block);
        return;
    }
    if (block.text.isEmpty())
        return;
    if (block.text.startsWith(QLatin1String("Supplement No. 1 to Part 774")))
        return; // the supplement's own heading
    const bool headingLike = block.type == EcfrBlock::Type::Heading || block.allEmphasis;
    if (headingLike && addStructuralHeading(block.text))
        return;
    if (block.element.startsWith(QLatin1String("FP"))) {
        const QString eccn = leadingEccn(block.lead);
        if (!eccn.isEmpty()) {
            QString title;
            leadingEccn(block.text, &title);
            startEntry(eccn, title, block.place);
            return;
        }
    }
    if (!m_entry.isEmpty() && headingLike && isSectionHeading(block.text)) {
        m_lastAttribute.clear();
        return;
    }
    if (block.element == QLatin1String("NOTE")) {
        m_lastAttribute.clear();
        addLooseText(NodeKind::Note, {}, noteText(block));
        return;
    }
    if (block.type == EcfrBlock::Type::Heading) {
        m_lastAttribute.clear();
        addLooseText(notePattern().match(block.text).hasMatch() ? NodeKind::Note : NodeKind::Text,
                     {}, block.text);
        return;
    }
    if (!m_entry.isEmpty() && m_phase == Phase::Header && block.element != QLatin1String("P")) {
        addFp1(block);
        return;
    }
    addParagraph(block);
}

} // namespace paceline
