#include "WaOutline.h"

#include "io/wassenaar/WaLayout.h"

namespace paceline {

// The labelled paragraphs of an outline: notes, technical notes and N.B.s, and the a./1. items
// of entries and of notes.

bool WaOutline::noteBlock(const WaBlock& b)
{
    const auto n = WaLayout::noteHead(b.text);
    if (!n)
        return false;
    if (n->continued) {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            const Open& o = m_stack.at(i);
            if (o.frame == Frame::Note && m_doc.nodes.at(o.node).label == n->label) {
                popTo(i);
                m_current = o.node;
                m_currentTitle = false;
                if (!n->rest.isEmpty())
                    continuation({b.indent, n->rest, b.place, false});
                return true;
            }
        }
    }
    // An N.B. speaks of the paragraph just before it, whatever its indentation; only an
    // N.B. before it at the same level closes.
    const bool nb = n->label.startsWith(QLatin1String("N.B."));
    while (m_stack.size() > 1) {
        const Open& top = m_stack.last();
        const bool closable =
            top.frame == Frame::Item || top.frame == Frame::Note || top.frame == Frame::NotePara;
        const bool earlierNb = top.frame == Frame::Note &&
                               m_doc.nodes.at(top.node).label.startsWith(QLatin1String("N.B."));
        if (!closable || (nb ? !earlierNb : top.indent < b.indent))
            break;
        m_stack.removeLast();
    }
    const Open& parent = m_stack.last();
    QString parentCode = nodeCode(parent.node);
    if (parentCode.isEmpty())
        parentCode =
            m_chapter.kind == WaChapterKind::Munitions ? QStringLiteral("ML") : QStringLiteral("N");
    const int number = ++m_noteCount[parentCode];
    const int index = append({parentCode + QLatin1Char('~') + QString::number(number),
                              nodeCode(parent.node),
                              NodeKind::Note,
                              n->label,
                              {},
                              {},
                              {},
                              {}});
    setText(index, n->rest, false);
    m_stack.append({Frame::Note, index, b.indent, {}});
    return true;
}

bool WaOutline::labelBlock(const WaBlock& b)
{
    const auto l = WaLayout::itemLabel(b.text);
    if (!l)
        return false;
    const bool section =
        m_chapter.kind != WaChapterKind::Category && m_chapter.kind != WaChapterKind::Munitions;
    auto accepts = [&](const Open& o) {
        switch (o.frame) {
        case Frame::Group: // entries written "1." alone under the group heading
            return (o.lastLabel.isEmpty() && l->label == QLatin1String("1")) || o.bare;
        case Frame::Root:
        case Frame::Category:
        case Frame::Part:
            return section;
        default:
            return true;
        }
    };
    qsizetype best = -1;
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        const Open& o = m_stack.at(i);
        if (!accepts(o) || !WaLayout::continues(o.lastLabel, l->label))
            continue;
        if (best < 0 ||
            std::abs(o.lastIndent - b.indent) < std::abs(m_stack.at(best).lastIndent - b.indent))
            best = i;
    }
    if (best >= 0) {
        addChild(static_cast<int>(best), l->label, l->rest, b.indent);
        return true;
    }
    if (!WaLayout::isFirstLabel(l->label)) {
        if (!b.wrapped)
            warn(
                b,
                QStringLiteral("label \"%1.\" continues no open list; kept as text").arg(l->label));
        return false;
    }
    // A new list opens under the innermost paragraph that is not indented as far as it. A
    // note takes it only when it announces one ("… as follows:", a bare "Technical Notes"),
    // and then wherever the list stands, as long as it is right of what the note belongs to.
    qsizetype parent = m_stack.size() - 1;
    while (parent > 0) {
        const Open& o = m_stack.at(parent);
        if (o.frame == Frame::Note) {
            const QString& text = m_doc.nodes.at(o.node).text;
            const bool announces = text.isEmpty() || text.endsWith(QLatin1Char(':'));
            if (announces && o.lastLabel.isEmpty() && b.indent > m_stack.at(parent - 1).indent)
                break;
            --parent;
            continue;
        }
        const bool closable = o.frame == Frame::Item || o.frame == Frame::NotePara;
        if (!closable || o.indent < b.indent)
            break;
        --parent;
    }
    if (!accepts(m_stack.at(parent)) || !m_stack.at(parent).lastLabel.isEmpty()) {
        // No item list can take it: inside a long note it is the note's own list.
        parent = -1;
        for (qsizetype i = m_stack.size() - 1; i > 0 && parent < 0; --i)
            if ((m_stack.at(i).frame == Frame::Note || m_stack.at(i).frame == Frame::NotePara) &&
                m_stack.at(i).lastLabel.isEmpty())
                parent = i;
    }
    if (parent < 0) {
        if (!b.wrapped)
            warn(b, QStringLiteral("label \"%1.\" has no place here; kept as text").arg(l->label));
        return false;
    }
    addChild(static_cast<int>(parent), l->label, l->rest, b.indent);
    return true;
}

} // namespace paceline
