#include "DocxProposal.h"

#include "cases/CaseTarget.h"
#include "report/DocxPackage.h"
#include "report/DocxTrackedText.h"
#include "report/ProposalSections.h"
#include "text/ReadableDiff.h"
#include "text/WordDiff.h"

#include <QHash>

#include <functional>
#include <QXmlStreamWriter>

namespace paceline {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
constexpr int kColumnWidth = 4932; // twips: half of A4 less 18 mm margins

// An open thread: its root and replies in the order they were written.
struct Thread {
    QList<CaseComment> comments;
    bool anchored = false;
};

QList<Thread> openThreads(const ProposalData& p)
{
    QHash<QString, QString> parentOf;
    for (const CaseComment& c : p.comments)
        parentOf.insert(c.uuid, c.parentUuid);
    auto rootOf = [&parentOf](QString uuid) {
        for (int guard = 0; guard < 1000 && !parentOf.value(uuid).isEmpty(); ++guard)
            uuid = parentOf.value(uuid);
        return uuid;
    };
    const int textSize = static_cast<int>(p.record.proposedText.size());
    QList<Thread> threads;
    QHash<QString, qsizetype> indexOfRoot;
    for (const CaseComment& c : p.comments) {
        if (!c.parentUuid.isEmpty() || !c.resolvedAt.isEmpty())
            continue;
        indexOfRoot.insert(c.uuid, threads.size());
        threads.append({{c},
                        c.anchorStart >= 0 && !c.outdated && c.anchorEnd > c.anchorStart &&
                            c.anchorEnd <= textSize});
    }
    for (const CaseComment& c : p.comments)
        if (!c.parentUuid.isEmpty())
            if (auto it = indexOfRoot.constFind(rootOf(c.uuid)); it != indexOfRoot.cend())
                threads[it.value()].comments.append(c);
    return threads;
}

QString initials(const QString& name)
{
    QString out;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.at(0).isLetter())
            out += word.at(0).toUpper();
    return out.left(4);
}

class BodyWriter {
public:
    explicit BodyWriter(QXmlStreamWriter& xml)
        : m_xml(xml)
    {
    }

    void styled(const QString& style)
    {
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:pStyle"));
        m_xml.writeAttribute(QStringLiteral("w:val"), style);
        m_xml.writeEndElement();
    }
    void run(const QString& text, bool bold = false)
    {
        m_xml.writeStartElement(QStringLiteral("w:r"));
        if (bold) {
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            m_xml.writeEmptyElement(QStringLiteral("w:b"));
            m_xml.writeEndElement();
        }
        writeDocxRunText(m_xml, text);
        m_xml.writeEndElement();
    }
    void paragraph(const QString& text, const QString& style = {})
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        if (!style.isEmpty())
            styled(style);
        if (!text.isEmpty())
            run(text);
        m_xml.writeEndElement();
    }
    // Case text: a paragraph per blank-line-separated block, its single breaks kept.
    void paragraphs(const QString& text)
    {
        for (const QString& block : text.split(QStringLiteral("\n\n")))
            paragraph(block);
    }
    void labelled(const QString& label, const QString& value)
    {
        if (value.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("w:p"));
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
        m_xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("40"));
        m_xml.writeEndElement();
        run(label + QStringLiteral(": "), true);
        run(value);
        m_xml.writeEndElement();
    }
    // A heading whose words carry comments that are about the proposal as a whole.
    void heading(int level, const QString& text, const QList<int>& commentIds = {})
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        styled(QStringLiteral("Heading%1").arg(level));
        for (const int id : commentIds) {
            m_xml.writeEmptyElement(QStringLiteral("w:commentRangeStart"));
            m_xml.writeAttribute(QStringLiteral("w:id"), QString::number(id));
        }
        run(text);
        for (const int id : commentIds) {
            m_xml.writeEmptyElement(QStringLiteral("w:commentRangeEnd"));
            m_xml.writeAttribute(QStringLiteral("w:id"), QString::number(id));
            m_xml.writeStartElement(QStringLiteral("w:r"));
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            m_xml.writeEmptyElement(QStringLiteral("w:rStyle"));
            m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("CommentReference"));
            m_xml.writeEndElement();
            m_xml.writeEmptyElement(QStringLiteral("w:commentReference"));
            m_xml.writeAttribute(QStringLiteral("w:id"), QString::number(id));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

private:
    QXmlStreamWriter& m_xml;
};

void writeTableCell(QXmlStreamWriter& xml, const std::function<void()>& content)
{
    xml.writeStartElement(QStringLiteral("w:tc"));
    xml.writeStartElement(QStringLiteral("w:tcPr"));
    xml.writeEmptyElement(QStringLiteral("w:tcW"));
    xml.writeAttribute(QStringLiteral("w:w"), QString::number(kColumnWidth));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    xml.writeEndElement();
    content();
    xml.writeEndElement();
}

// Text in force | amendment, a row per paragraph both share; the header row repeats on
// every page.
void writeTwoColumns(QXmlStreamWriter& xml, BodyWriter& body, DocxTrackedText& text,
                     int& nextChangeId)
{
    xml.writeStartElement(QStringLiteral("w:tbl"));
    xml.writeStartElement(QStringLiteral("w:tblPr"));
    xml.writeEmptyElement(QStringLiteral("w:tblStyle"));
    xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("TableGrid"));
    xml.writeEmptyElement(QStringLiteral("w:tblW"));
    xml.writeAttribute(QStringLiteral("w:w"), QString::number(2 * kColumnWidth));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    xml.writeEmptyElement(QStringLiteral("w:tblLayout"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("w:tblGrid"));
    for (int i = 0; i < 2; ++i) {
        xml.writeEmptyElement(QStringLiteral("w:gridCol"));
        xml.writeAttribute(QStringLiteral("w:w"), QString::number(kColumnWidth));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("w:tr"));
    xml.writeStartElement(QStringLiteral("w:trPr"));
    xml.writeEmptyElement(QStringLiteral("w:tblHeader"));
    xml.writeEndElement();
    for (const QString& title : {QStringLiteral("Text in force"), QStringLiteral("Amendment")})
        writeTableCell(xml, [&] {
            xml.writeStartElement(QStringLiteral("w:p"));
            body.run(title, true);
            xml.writeEndElement();
        });
    xml.writeEndElement();
    for (qsizetype i = 0; i < text.blockCount(); ++i) {
        xml.writeStartElement(QStringLiteral("w:tr"));
        writeTableCell(xml, [&] { text.writeBaseBlock(xml, i); });
        writeTableCell(xml, [&] { text.writeProposedBlock(xml, i, nextChangeId); });
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QString targetLine(const CaseRecord& c)
{
    QStringList parts{caseKindTitle(c.kind)};
    if (const QString target = caseTargetTitle(c); !target.isEmpty())
        parts << target;
    if (!c.listKey.isEmpty())
        parts << QStringLiteral("list ") + c.listKey;
    return parts.join(QStringLiteral(" · "));
}

void writeComment(QXmlStreamWriter& xml, int id, const CaseComment& c, const QString& lead)
{
    xml.writeStartElement(QStringLiteral("w:comment"));
    xml.writeAttribute(QStringLiteral("w:id"), QString::number(id));
    xml.writeAttribute(QStringLiteral("w:author"), c.author);
    if (const QString date = docxDateTime(c.createdAt); !date.isEmpty())
        xml.writeAttribute(QStringLiteral("w:date"), date);
    xml.writeAttribute(QStringLiteral("w:initials"), initials(c.author));
    const QStringList lines = (lead + c.body).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        xml.writeStartElement(QStringLiteral("w:p"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        xml.writeEmptyElement(QStringLiteral("w:pStyle"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("CommentText"));
        xml.writeEndElement();
        if (i == 0) {
            xml.writeStartElement(QStringLiteral("w:r"));
            xml.writeStartElement(QStringLiteral("w:rPr"));
            xml.writeEmptyElement(QStringLiteral("w:rStyle"));
            xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("CommentReference"));
            xml.writeEndElement();
            xml.writeEmptyElement(QStringLiteral("w:annotationRef"));
            xml.writeEndElement();
        }
        if (!lines.at(i).isEmpty()) {
            xml.writeStartElement(QStringLiteral("w:r"));
            writeDocxRunText(xml, lines.at(i));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// comments.xml, numbering the comments; fills the ranges on the text and the ids of the
// threads about the proposal as a whole (no anchor, or their words are gone).
QByteArray commentsXml(const QList<Thread>& threads, QList<DocxCommentRange>& ranges,
                       QList<int>& general)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(kW, QStringLiteral("w"));
    xml.writeStartElement(QStringLiteral("w:comments"));
    int id = 0;
    for (const Thread& t : threads) {
        const CaseComment& root = t.comments.first();
        DocxCommentRange range{{}, root.anchorStart, root.anchorEnd};
        for (const CaseComment& c : t.comments) {
            QString lead;
            if (&c == &root && !t.anchored && !root.anchorText.isEmpty())
                lead = QStringLiteral("On “%1” (no longer in the text): ").arg(root.anchorText);
            writeComment(xml, id, c, lead);
            (t.anchored ? range.commentIds : general).append(id++);
        }
        if (t.anchored)
            ranges.append(range);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

void writeTitleBlock(BodyWriter& body, const ProposalData& p)
{
    const CaseRecord& c = p.record;
    body.paragraph(QStringLiteral("AMENDMENT PROPOSAL · case %1").arg(c.uuid),
                   QStringLiteral("Remark"));
    body.paragraph(c.title, QStringLiteral("Title"));
    body.labelled(QStringLiteral("Target"), targetLine(c));
    body.labelled(QStringLiteral("Base edition"), c.editionLabel);
    body.labelled(QStringLiteral("Author"),
                  c.organisation.isEmpty()
                      ? c.author
                      : QStringLiteral("%1, %2").arg(c.author, c.organisation));
    body.labelled(
        QStringLiteral("Status"),
        QStringLiteral("%1 (revision %2)").arg(caseStatusTitle(c.status)).arg(c.revision));
    body.labelled(QStringLiteral("Created"), c.createdAt.left(10));
    body.labelled(QStringLiteral("Last changed"), c.updatedAt.left(10));
}

void writeSection(QXmlStreamWriter& xml)
{
    xml.writeStartElement(QStringLiteral("w:sectPr"));
    xml.writeEmptyElement(QStringLiteral("w:pgSz"));
    xml.writeAttribute(QStringLiteral("w:w"), QStringLiteral("11906"));
    xml.writeAttribute(QStringLiteral("w:h"), QStringLiteral("16838"));
    xml.writeEmptyElement(QStringLiteral("w:pgMar"));
    for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"})
        xml.writeAttribute(QString::fromLatin1(side), QStringLiteral("1021"));
    xml.writeAttribute(QStringLiteral("w:header"), QStringLiteral("567"));
    xml.writeAttribute(QStringLiteral("w:footer"), QStringLiteral("567"));
    xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    xml.writeEndElement();
}

} // namespace

Result<QByteArray> proposalDocx(const ProposalData& p, const ProposalOptions& options)
{
    const CaseRecord& c = p.record;
    const QList<DiffSegment> diff = wordDiff(c.baseText, c.proposedText);
    const DiffCounts counts = countWords(diff);

    QList<DocxCommentRange> ranges;
    QList<int> general;
    const QByteArray comments = commentsXml(openThreads(p), ranges, general);
    DocxTrackedText tracked(readableDiff(diff), ranges, {c.author, docxDateTime(c.updatedAt)});

    QByteArray document;
    QXmlStreamWriter xml(&document);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(kW, QStringLiteral("w"));
    xml.writeStartElement(QStringLiteral("w:document"));
    xml.writeStartElement(QStringLiteral("w:body"));
    BodyWriter body(xml);
    writeTitleBlock(body, p);
    body.heading(1, QStringLiteral("1. Amendment"), general);
    body.paragraph(
        (c.baseText.isEmpty()
             ? QStringLiteral("A new entry: all of its text is one tracked insertion. ")
             : QStringLiteral("The proposed text, its changes to the text in force tracked: "
                              "accept them all for the proposed text, reject them all for the "
                              "text in force. ")) +
            QStringLiteral("%1 word(s) inserted, %2 deleted.")
                .arg(counts.insertedWords)
                .arg(counts.deletedWords),
        QStringLiteral("Remark"));
    // Change ids follow the comment ids: Word wants annotation ids unique in the document.
    int nextChangeId = static_cast<int>(general.size());
    for (const DocxCommentRange& r : ranges)
        nextChangeId += static_cast<int>(r.commentIds.size());
    if (options.twoColumn)
        writeTwoColumns(xml, body, tracked, nextChangeId);
    else
        for (qsizetype i = 0; i < tracked.blockCount(); ++i)
            tracked.writeProposedBlock(xml, i, nextChangeId);
    writeSectionsAfterAmendment(body, p);
    writeSection(xml);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();

    return docxPackage(document, comments,
                       {c.title, c.author, c.uuid, QString::number(c.revision),
                        docxDateTime(c.createdAt), docxDateTime(c.updatedAt)});
}

} // namespace paceline
