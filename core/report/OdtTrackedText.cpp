#include "OdtTrackedText.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <climits>

namespace paceline {

void writeOdfText(QXmlStreamWriter& xml, const QString& text)
{
    QString pending;
    int spaces = 0;
    auto flush = [&] {
        if (!pending.isEmpty())
            xml.writeCharacters(pending);
        pending.clear();
        if (spaces > 0) {
            // ODF collapses white space: one space is kept as text, the rest counted.
            xml.writeCharacters(QStringLiteral(" "));
            if (spaces > 1) {
                xml.writeEmptyElement(QStringLiteral("text:s"));
                xml.writeAttribute(QStringLiteral("text:c"), QString::number(spaces - 1));
            }
        }
        spaces = 0;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            if (!pending.isEmpty()) {
                xml.writeCharacters(pending);
                pending.clear();
            }
            ++spaces;
            continue;
        }
        if (spaces > 0)
            flush();
        if (c == QLatin1Char('\n')) {
            flush();
            xml.writeEmptyElement(QStringLiteral("text:line-break"));
        } else if (c == QLatin1Char('\t')) {
            flush();
            xml.writeEmptyElement(QStringLiteral("text:tab"));
        } else if (c.unicode() >= 0x20) {
            pending += c;
        }
    }
    flush();
}

OdtTrackedText::OdtTrackedText(const QList<DiffSegment>& segments, QList<OdtCommentRange> ranges,
                               QString author, QString date)
    : m_blocks(trackedBlocks(segments))
    , m_author(std::move(author))
    , m_date(std::move(date))
{
    for (const OdtCommentRange& r : ranges) {
        m_marks.append(Mark{r.start, false, r.name});
        m_marks.append(Mark{std::max(r.end, r.start + 1), true, r.name});
    }
    std::stable_sort(m_marks.begin(), m_marks.end(), [](const Mark& a, const Mark& b) {
        return a.position != b.position ? a.position < b.position : a.end && !b.end;
    });
}

void OdtTrackedText::writeMarks(QXmlStreamWriter& xml, int position, bool endsOnly,
                                AnnotationWriter annotation, void* context)
{
    while (m_nextMark < m_marks.size() && m_marks.at(m_nextMark).position <= position) {
        const Mark& m = m_marks.at(m_nextMark);
        if (endsOnly && !m.end)
            return;
        if (m.end) {
            xml.writeEmptyElement(QStringLiteral("office:annotation-end"));
            xml.writeAttribute(QStringLiteral("office:name"), m.name);
        } else {
            annotation(xml, m.name, context);
        }
        ++m_nextMark;
    }
}

int OdtTrackedText::nextMarkAfter(int position) const
{
    for (qsizetype i = m_nextMark; i < m_marks.size(); ++i)
        if (m_marks.at(i).position > position)
            return m_marks.at(i).position;
    return INT_MAX;
}

void OdtTrackedText::writeChange(QXmlStreamWriter& xml, DiffOp op, const QString& text)
{
    if (op == DiffOp::Equal) {
        writeOdfText(xml, text);
        return;
    }
    const QString id = QStringLiteral("ct%1").arg(m_regions.size() + 1);
    m_regions.append({id, op == DiffOp::Delete, op == DiffOp::Delete ? text : QString()});
    if (op == DiffOp::Delete) {
        xml.writeEmptyElement(QStringLiteral("text:change"));
        xml.writeAttribute(QStringLiteral("text:change-id"), id);
        return;
    }
    xml.writeEmptyElement(QStringLiteral("text:change-start"));
    xml.writeAttribute(QStringLiteral("text:change-id"), id);
    // An inserted paragraph is a paragraph: the change runs on into the next text:p.
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0) {
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("text:p"));
        }
        writeOdfText(xml, paragraphs.at(i));
    }
    xml.writeEmptyElement(QStringLiteral("text:change-end"));
    xml.writeAttribute(QStringLiteral("text:change-id"), id);
}

void OdtTrackedText::writeProposedBlock(QXmlStreamWriter& xml, qsizetype i,
                                        AnnotationWriter annotation, void* context)
{
    const TrackedBlock& block = m_blocks.at(i);
    xml.writeStartElement(QStringLiteral("text:p"));
    int position = block.start;
    writeMarks(xml, position, false, annotation, context);
    for (const DiffSegment& s : block.segments) {
        if (s.op == DiffOp::Delete) {
            writeChange(xml, s.op, s.text);
            continue;
        }
        for (qsizetype done = 0; done < s.text.size();) {
            writeMarks(xml, position, false, annotation, context);
            const qsizetype room = std::min<qsizetype>(
                s.text.size() - done, qsizetype(nextMarkAfter(position)) - position);
            writeChange(xml, s.op, s.text.mid(done, room));
            done += room;
            position += static_cast<int>(room);
        }
    }
    const bool last = i + 1 == m_blocks.size();
    writeMarks(xml, last ? INT_MAX : position, !last, annotation, context);
    xml.writeEndElement();
}

void OdtTrackedText::writeBaseBlock(QXmlStreamWriter& xml, qsizetype i) const
{
    xml.writeStartElement(QStringLiteral("text:p"));
    writeOdfText(xml, baseTextOf(m_blocks.at(i)));
    xml.writeEndElement();
}

void OdtTrackedText::writeRegions(QXmlStreamWriter& xml) const
{
    if (m_regions.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("text:tracked-changes"));
    for (const Region& r : m_regions) {
        xml.writeStartElement(QStringLiteral("text:changed-region"));
        xml.writeAttribute(QStringLiteral("xml:id"), r.id);
        xml.writeAttribute(QStringLiteral("text:id"), r.id);
        xml.writeStartElement(r.deletion ? QStringLiteral("text:deletion")
                                         : QStringLiteral("text:insertion"));
        xml.writeStartElement(QStringLiteral("office:change-info"));
        xml.writeTextElement(QStringLiteral("dc:creator"), m_author);
        xml.writeTextElement(QStringLiteral("dc:date"), m_date);
        xml.writeEndElement();
        if (r.deletion)
            for (const QString& paragraph : r.deleted.split(QStringLiteral("\n\n"))) {
                xml.writeStartElement(QStringLiteral("text:p"));
                writeOdfText(xml, paragraph);
                xml.writeEndElement();
            }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace paceline
