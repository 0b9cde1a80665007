#include "OdtProposal.h"

#include "cases/CaseTarget.h"
#include "io/ZipWriter.h"
#include "report/DocxPackage.h"
#include "report/OdtTrackedText.h"
#include "report/ProposalSections.h"
#include "text/ReadableDiff.h"
#include "text/WordDiff.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <QXmlStreamWriter>

namespace paceline {

namespace {

const char kMimeType[] = "application/vnd.oasis.opendocument.text";

const char kManifest[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>
)";

const char kStyles[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.21cm"/><style:text-properties fo:font-family="'Liberation Serif'" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-family="'Liberation Sans'" fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-family="'Liberation Sans'" fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-family="'Liberation Sans'" fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Remark" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" fo:color="#555555"/></style:style>
<style:style style:name="Label" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
</office:document-styles>
)";

struct Comments {
    QHash<QString, CaseComment> byName;
    QHash<QString, QString> leadByName; // "On “…” (no longer in the text): "
};

void writeAnnotation(QXmlStreamWriter& xml, const QString& name, const CaseComment& c,
                     const QString& lead, bool ranged)
{
    xml.writeStartElement(QStringLiteral("office:annotation"));
    if (ranged)
        xml.writeAttribute(QStringLiteral("office:name"), name);
    xml.writeTextElement(QStringLiteral("dc:creator"), c.author);
    if (const QString date = docxDateTime(c.createdAt); !date.isEmpty())
        xml.writeTextElement(QStringLiteral("dc:date"), date);
    for (const QString& line : (lead + c.body).split(QLatin1Char('\n'))) {
        xml.writeStartElement(QStringLiteral("text:p"));
        writeOdfText(xml, line);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void annotationAt(QXmlStreamWriter& xml, const QString& name, void* context)
{
    const auto* comments = static_cast<const Comments*>(context);
    writeAnnotation(xml, name, comments->byName.value(name), comments->leadByName.value(name),
                    true);
}

class Body {
public:
    explicit Body(QXmlStreamWriter& xml)
        : m_xml(xml)
    {
    }
    void paragraph(const QString& text, const QString& style = {})
    {
        m_xml.writeStartElement(QStringLiteral("text:p"));
        if (!style.isEmpty())
            m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
        writeOdfText(m_xml, text);
        m_xml.writeEndElement();
    }
    void paragraphs(const QString& text)
    {
        for (const QString& block : text.split(QStringLiteral("\n\n")))
            paragraph(block);
    }
    void labelled(const QString& label, const QString& value)
    {
        if (value.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeStartElement(QStringLiteral("text:span"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Label"));
        writeOdfText(m_xml, label + QStringLiteral(": "));
        m_xml.writeEndElement();
        writeOdfText(m_xml, value);
        m_xml.writeEndElement();
    }
    // A heading; comments about the whole proposal sit on it as point annotations.
    void heading(int level, const QString& text, const QList<CaseComment>& comments = {},
                 const QHash<QString, QString>& leads = {})
    {
        m_xml.writeStartElement(QStringLiteral("text:h"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"),
                             QStringLiteral("Heading_20_%1").arg(level));
        m_xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        writeOdfText(m_xml, text);
        for (const CaseComment& c : comments)
            writeAnnotation(m_xml, {}, c, leads.value(c.uuid), false);
        m_xml.writeEndElement();
    }

private:
    QXmlStreamWriter& m_xml;
};

QString targetLine(const CaseRecord& c)
{
    QStringList parts{caseKindTitle(c.kind)};
    if (const QString target = caseTargetTitle(c); !target.isEmpty())
        parts << target;
    if (!c.listKey.isEmpty())
        parts << QStringLiteral("list ") + c.listKey;
    return parts.join(QStringLiteral(" · "));
}

// Open threads: ranged comments on the text and comments on the proposal as a whole.
void collectComments(const ProposalData& p, Comments& ranged, QList<OdtCommentRange>& ranges,
                     QList<CaseComment>& general, QHash<QString, QString>& generalLeads)
{
    QHash<QString, QString> parentOf;
    for (const CaseComment& c : p.comments)
        parentOf.insert(c.uuid, c.parentUuid);
    auto rootOf = [&parentOf](QString uuid) {
        for (int guard = 0; guard < 1000 && !parentOf.value(uuid).isEmpty(); ++guard)
            uuid = parentOf.value(uuid);
        return uuid;
    };
    const int size = static_cast<int>(p.record.proposedText.size());
    for (const CaseComment& root : p.comments) {
        if (!root.parentUuid.isEmpty() || !root.resolvedAt.isEmpty())
            continue;
        const bool anchored = root.anchorStart >= 0 && !root.outdated &&
                              root.anchorEnd > root.anchorStart && root.anchorEnd <= size;
        for (const CaseComment& c : p.comments) {
            if (rootOf(c.uuid) != root.uuid)
                continue;
            QString lead;
            if (&c == &root && !anchored && !root.anchorText.isEmpty())
                lead = QStringLiteral("On “%1” (no longer in the text): ").arg(root.anchorText);
            if (!anchored) {
                general.append(c);
                generalLeads.insert(c.uuid, lead);
                continue;
            }
            const QString name = QStringLiteral("comment%1").arg(ranges.size() + 1);
            ranged.byName.insert(name, c);
            ranges.append({name, root.anchorStart, root.anchorEnd});
        }
    }
}

void writeTwoColumns(QXmlStreamWriter& xml, OdtTrackedText& text, Comments& comments)
{
    xml.writeStartElement(QStringLiteral("table:table"));
    xml.writeAttribute(QStringLiteral("table:name"), QStringLiteral("Amendment"));
    xml.writeEmptyElement(QStringLiteral("table:table-column"));
    xml.writeAttribute(QStringLiteral("table:number-columns-repeated"), QStringLiteral("2"));
    auto cell = [&xml](const std::function<void()>& content) {
        xml.writeStartElement(QStringLiteral("table:table-cell"));
        xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        content();
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("table:table-header-rows"));
    xml.writeStartElement(QStringLiteral("table:table-row"));
    for (const QString& title : {QStringLiteral("Text in force"), QStringLiteral("Amendment")})
        cell([&] {
            xml.writeStartElement(QStringLiteral("text:p"));
            xml.writeStartElement(QStringLiteral("text:span"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Label"));
            writeOdfText(xml, title);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    xml.writeEndElement();
    xml.writeEndElement();
    for (qsizetype i = 0; i < text.blockCount(); ++i) {
        xml.writeStartElement(QStringLiteral("table:table-row"));
        cell([&] { text.writeBaseBlock(xml, i); });
        cell([&] { text.writeProposedBlock(xml, i, &annotationAt, &comments); });
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray metaXml(const CaseRecord& c)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
                       QStringLiteral("office"));
    xml.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
                       QStringLiteral("meta"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Paceline"));
    xml.writeTextElement(QStringLiteral("dc:title"), c.title);
    xml.writeTextElement(QStringLiteral("dc:identifier"), c.uuid);
    xml.writeTextElement(QStringLiteral("meta:initial-creator"), c.author);
    xml.writeTextElement(QStringLiteral("dc:creator"), c.author);
    if (const QString d = docxDateTime(c.createdAt); !d.isEmpty())
        xml.writeTextElement(QStringLiteral("meta:creation-date"), d);
    if (const QString d = docxDateTime(c.updatedAt); !d.isEmpty())
        xml.writeTextElement(QStringLiteral("dc:date"), d);
    xml.writeTextElement(QStringLiteral("meta:editing-cycles"), QString::number(c.revision));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

Result<QByteArray> proposalOdt(const ProposalData& p, const ProposalOptions& options)
{
    const CaseRecord& c = p.record;
    const QList<DiffSegment> diff = wordDiff(c.baseText, c.proposedText);
    const DiffCounts counts = countWords(diff);
    Comments comments;
    QList<OdtCommentRange> ranges;
    QList<CaseComment> general;
    QHash<QString, QString> generalLeads;
    collectComments(p, comments, ranges, general, generalLeads);
    QString date = docxDateTime(c.updatedAt);
    if (date.isEmpty())
        date = docxDateTime(c.createdAt);
    if (date.isEmpty()) // dc:date is required on a change
        date = docxDateTime(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    OdtTrackedText tracked(readableDiff(diff), ranges, c.author, date);

    // The body first, so that the changes it made are known for text:tracked-changes.
    QByteArray body;
    {
        QXmlStreamWriter xml(&body);
        Body b(xml);
        b.paragraph(QStringLiteral("AMENDMENT PROPOSAL · case %1").arg(c.uuid),
                    QStringLiteral("Remark"));
        b.paragraph(c.title, QStringLiteral("Title"));
        b.labelled(QStringLiteral("Target"), targetLine(c));
        b.labelled(QStringLiteral("Base edition"), c.editionLabel);
        b.labelled(QStringLiteral("Author"),
                   c.organisation.isEmpty()
                       ? c.author
                       : QStringLiteral("%1, %2").arg(c.author, c.organisation));
        b.labelled(
            QStringLiteral("Status"),
            QStringLiteral("%1 (revision %2)").arg(caseStatusTitle(c.status)).arg(c.revision));
        b.labelled(QStringLiteral("Created"), c.createdAt.left(10));
        b.labelled(QStringLiteral("Last changed"), c.updatedAt.left(10));
        b.heading(1, QStringLiteral("1. Amendment"), general, generalLeads);
        b.paragraph((c.baseText.isEmpty()
                         ? QStringLiteral("A new entry: all of its text is one tracked insertion. ")
                         : QStringLiteral("The proposed text, its changes to the text in force "
                                          "tracked: accept them all for the proposed text, "
                                          "reject them all for the text in force. ")) +
                        QStringLiteral("%1 word(s) inserted, %2 deleted.")
                            .arg(counts.insertedWords)
                            .arg(counts.deletedWords),
                    QStringLiteral("Remark"));
        if (options.twoColumn)
            writeTwoColumns(xml, tracked, comments);
        else
            for (qsizetype i = 0; i < tracked.blockCount(); ++i)
                tracked.writeProposedBlock(xml, i, &annotationAt, &comments);
        writeSectionsAfterAmendment(b, p);
    }
    QByteArray regions;
    {
        QXmlStreamWriter xml(&regions);
        tracked.writeRegions(xml);
    }

    QByteArray content = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">"
        "<office:body><office:text>");
    content += regions + body;
    content += QByteArrayLiteral("</office:text></office:body></office:document-content>\n");

    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArray(kMimeType), ZipWriter::Compression::Store);
    zip.add(QStringLiteral("content.xml"), content);
    zip.add(QStringLiteral("styles.xml"), QByteArray(kStyles));
    zip.add(QStringLiteral("meta.xml"), metaXml(c));
    zip.add(QStringLiteral("META-INF/manifest.xml"), QByteArray(kManifest));
    return zip.finish();
}

} // namespace paceline
