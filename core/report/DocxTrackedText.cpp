#include "DocxTrackedText.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <climits>

namespace paceline {

namespace {

// XML 1.0 carries no control characters other than tab, line feed and carriage return.
bool xmlChar(QChar c)
{
    return c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

} // namespace

void writeDocxRunText(QXmlStreamWriter& xml, const QString& text, const QString& textTag)
{
    QString pending;
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        xml.writeStartElement(textTag);
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(pending);
        xml.writeEndElement();
        pending.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            flush();
            xml.writeEmptyElement(QStringLiteral("w:br"));
        } else if (c == QLatin1Char('\t')) {
            flush();
            xml.writeEmptyElement(QStringLiteral("w:tab"));
        } else if (xmlChar(c) && c != QLatin1Char('\r')) {
            pending += c;
        }
    }
    flush();
}

DocxTrackedText::DocxTrackedText(const QList<DiffSegment>& segments, QList<DocxCommentRange> ranges,
                                 DocxRevision revision)
    : m_blocks(trackedBlocks(segments))
    , m_revision(std::move(revision))
{
    for (const DocxCommentRange& r : ranges)
        for (const int id : r.commentIds) {
            m_marks.append(Mark{r.start, false, id});
            m_marks.append(Mark{std::max(r.end, r.start + 1), true, id});
        }
    // Ends before starts at one position, so that touching ranges do not nest. An empty range
    // would then end before it starts: it is given one character.
    std::stable_sort(m_marks.begin(), m_marks.end(), [](const Mark& a, const Mark& b) {
        return a.position != b.position ? a.position < b.position : a.end && !b.end;
    });
}

void DocxTrackedText::writeMarks(QXmlStreamWriter& xml, int position, bool endsOnly)
{
    while (m_nextMark < m_marks.size() && m_marks.at(m_nextMark).position <= position) {
        const Mark& m = m_marks.at(m_nextMark);
        if (endsOnly && !m.end)
            return;
        const QString id = QString::number(m.commentId);
        if (!m.end) {
            xml.writeEmptyElement(QStringLiteral("w:commentRangeStart"));
            xml.writeAttribute(QStringLiteral("w:id"), id);
        } else {
            xml.writeEmptyElement(QStringLiteral("w:commentRangeEnd"));
            xml.writeAttribute(QStringLiteral("w:id"), id);
            xml.writeStartElement(QStringLiteral("w:r"));
            xml.writeStartElement(QStringLiteral("w:rPr"));
            xml.writeEmptyElement(QStringLiteral("w:rStyle"));
            xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("CommentReference"));
            xml.writeEndElement();
            xml.writeEmptyElement(QStringLiteral("w:commentReference"));
            xml.writeAttribute(QStringLiteral("w:id"), id);
            xml.writeEndElement();
        }
        ++m_nextMark;
    }
}

int DocxTrackedText::nextMarkAfter(int position) const
{
    for (qsizetype i = m_nextMark; i < m_marks.size(); ++i)
        if (m_marks.at(i).position > position)
            return m_marks.at(i).position;
    return INT_MAX;
}

void DocxTrackedText::writeChange(QXmlStreamWriter& xml, DiffOp op, const QString& text,
                                  int& nextChangeId)
{
    if (op == DiffOp::Equal) {
        xml.writeStartElement(QStringLiteral("w:r"));
        writeDocxRunText(xml, text);
        xml.writeEndElement();
        return;
    }
    const bool deletion = op == DiffOp::Delete;
    xml.writeStartElement(deletion ? QStringLiteral("w:del") : QStringLiteral("w:ins"));
    xml.writeAttribute(QStringLiteral("w:id"), QString::number(nextChangeId++));
    xml.writeAttribute(QStringLiteral("w:author"), m_revision.author);
    if (!m_revision.date.isEmpty())
        xml.writeAttribute(QStringLiteral("w:date"), m_revision.date);
    xml.writeStartElement(QStringLiteral("w:r"));
    writeDocxRunText(xml, text, deletion ? QStringLiteral("w:delText") : QStringLiteral("w:t"));
    xml.writeEndElement();
    xml.writeEndElement();
}

namespace {

// A paragraph of the amendment; a paragraph break inside an insertion ends one whose mark is
// inserted, so that the new paragraph is a new paragraph in Word and rejecting it joins them.
struct Paragraph {
    QList<DiffSegment> segments;
    int start = 0;
    bool insertedMark = false;
};

QList<Paragraph> paragraphsOf(const TrackedBlock& block)
{
    static const QString paragraphBreak = QStringLiteral("\n\n");
    QList<Paragraph> out{Paragraph{{}, block.start, false}};
    int position = block.start;
    for (const DiffSegment& s : block.segments) {
        if (s.op != DiffOp::Insert) {
            out.last().segments.append(s);
            position += s.op == DiffOp::Equal ? static_cast<int>(s.text.size()) : 0;
            continue;
        }
        qsizetype from = 0;
        for (qsizetype at = s.text.indexOf(paragraphBreak); at >= 0;
             at = s.text.indexOf(paragraphBreak, from)) {
            if (at > from)
                out.last().segments.append(
                    DiffSegment{DiffOp::Insert, s.text.mid(from, at - from)});
            out.last().insertedMark = true;
            position += static_cast<int>(at - from + paragraphBreak.size());
            out.append(Paragraph{{}, position, false});
            from = at + paragraphBreak.size();
        }
        if (from < s.text.size()) {
            out.last().segments.append(DiffSegment{DiffOp::Insert, s.text.mid(from)});
            position += static_cast<int>(s.text.size() - from);
        }
    }
    return out;
}

} // namespace

void DocxTrackedText::writeProposedBlock(QXmlStreamWriter& xml, qsizetype i, int& nextChangeId)
{
    const QList<Paragraph> paragraphs = paragraphsOf(m_blocks.at(i));
    for (qsizetype k = 0; k < paragraphs.size(); ++k) {
        const Paragraph& paragraph = paragraphs.at(k);
        xml.writeStartElement(QStringLiteral("w:p"));
        if (paragraph.insertedMark) {
            xml.writeStartElement(QStringLiteral("w:pPr"));
            xml.writeStartElement(QStringLiteral("w:rPr"));
            xml.writeEmptyElement(QStringLiteral("w:ins"));
            xml.writeAttribute(QStringLiteral("w:id"), QString::number(nextChangeId++));
            xml.writeAttribute(QStringLiteral("w:author"), m_revision.author);
            if (!m_revision.date.isEmpty())
                xml.writeAttribute(QStringLiteral("w:date"), m_revision.date);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        int position = paragraph.start;
        writeMarks(xml, position, false);
        for (const DiffSegment& s : paragraph.segments) {
            if (s.op == DiffOp::Delete) {
                writeChange(xml, s.op, s.text, nextChangeId);
                continue;
            }
            // Cut the text where a comment range starts or ends.
            for (qsizetype done = 0; done < s.text.size();) {
                writeMarks(xml, position, false);
                const qsizetype room = std::min<qsizetype>(
                    s.text.size() - done, qsizetype(nextMarkAfter(position)) - position);
                writeChange(xml, s.op, s.text.mid(done, room), nextChangeId);
                done += room;
                position += static_cast<int>(room);
            }
        }
        // The last paragraph closes every range still open, whatever its recorded end.
        const bool last = i + 1 == m_blocks.size() && k + 1 == paragraphs.size();
        writeMarks(xml, last ? INT_MAX : position, !last);
        xml.writeEndElement();
    }
}

void DocxTrackedText::writeBaseBlock(QXmlStreamWriter& xml, qsizetype i) const
{
    const QString text = baseTextOf(m_blocks.at(i));
    xml.writeStartElement(QStringLiteral("w:p"));
    if (!text.isEmpty()) {
        xml.writeStartElement(QStringLiteral("w:r"));
        writeDocxRunText(xml, text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace paceline
