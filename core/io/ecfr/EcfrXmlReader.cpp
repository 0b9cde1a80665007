#include "EcfrXmlReader.h"

#include "io/ecfr/EcfrCclBuilder.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace paceline {

namespace {

const QLatin1String kSupplementName("Supplement No. 1 to Part 774");

bool isEmphasis(QStringView name)
{
    return name == u"B" || name == u"I" || name == u"E" || name == u"EM" || name == u"STRONG";
}

bool isHeading(QStringView name)
{
    return name == u"HEAD" || name == u"HED" || name.startsWith(u"HD");
}

bool isParagraph(QStringView name)
{
    return name == u"P" || name.startsWith(u"FP");
}

bool isTable(QStringView name)
{
    return name == u"TABLE" || name == u"GPOTABLE";
}

// Elements whose text is not part of the list: citations, sources, footnote markers.
bool isSkipped(QStringView name)
{
    return name == u"CITA" || name == u"SOURCE" || name == u"AUTH" || name == u"FTREF" ||
           name == u"EDNOTE" || name == u"SECAUTH";
}

class Reader {
public:
    Reader(QXmlStreamReader& xml, QString fileName)
        : m_xml(xml)
        , m_file(std::move(fileName))
    {
    }

    // Reads the whole document; the supplement's blocks go to the builder.
    Status run(EcfrCclBuilder& builder, bool& found);

private:
    QString place() const
    {
        return QStringLiteral("%1:%2:%3")
            .arg(m_file)
            .arg(m_xml.lineNumber())
            .arg(m_xml.columnNumber());
    }
    EcfrBlock readTextBlock(EcfrBlock::Type type);
    EcfrBlock readTable();
    EcfrBlock readNote();
    QString readCell();

    QXmlStreamReader& m_xml;
    QString m_file;
};

// Reads the current element's text up to its end tag, noting the emphasised text it starts with.
EcfrBlock Reader::readTextBlock(EcfrBlock::Type type)
{
    EcfrBlock block;
    block.type = type;
    block.element = m_xml.name().toString();
    block.place = place();
    QString text;
    int depth = 0;
    int emphasis = 0;
    bool leadOpen = false;
    bool leadDone = false;
    bool plainText = false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = m_xml.name();
            if (isSkipped(name)) {
                m_xml.skipCurrentElement();
                --depth;
                continue;
            }
            if (isEmphasis(name)) {
                if (!leadDone && emphasis == 0 && text.trimmed().isEmpty())
                    leadOpen = true;
                ++emphasis;
            } else if (name == u"SU") {
                text += QLatin1Char('^');
            } else {
                text += QLatin1Char(' '); // BR and the like separate words
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
            if (isEmphasis(m_xml.name()) && emphasis > 0 && --emphasis == 0 && leadOpen) {
                leadOpen = false;
                leadDone = true;
                block.lead = text.simplified();
            }
        } else if (token == QXmlStreamReader::Characters) {
            const QStringView chunk = m_xml.text();
            text += chunk;
            if (!chunk.trimmed().isEmpty()) {
                if (emphasis == 0) {
                    plainText = true;
                    leadDone = true;
                }
            }
        }
    }
    block.text = text.simplified();
    block.allEmphasis = !plainText && !block.text.isEmpty();
    return block;
}

QString Reader::readCell()
{
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
}

// TABLE/TR/TH/TD (and the GPO form GPOTABLE/BOXHD/CHED/ROW/ENT) as rows of cell texts.
// <NOTE><HED>Note 1:</HED><P>…</P>…</NOTE> as one paragraph led by its heading.
EcfrBlock Reader::readNote()
{
    EcfrBlock note;
    note.element = QStringLiteral("NOTE");
    note.place = place();
    QStringList parts;
    while (m_xml.readNextStartElement()) {
        const bool heading = m_xml.name() == u"HED";
        const EcfrBlock part = readTextBlock(EcfrBlock::Type::Paragraph);
        if (heading && note.lead.isEmpty())
            note.lead = part.text;
        if (!part.text.isEmpty())
            parts << part.text;
    }
    note.text = parts.join(QLatin1Char(' '));
    return note;
}

EcfrBlock Reader::readTable()
{
    EcfrBlock block;
    block.type = EcfrBlock::Type::Table;
    block.element = m_xml.name().toString();
    block.place = place();
    QStringList header;
    QStringList cells;
    bool rowIsHeader = true;
    int depth = 0;
    auto finishRow = [&] {
        if (!cells.isEmpty())
            (rowIsHeader ? block.headerRows : block.rows).append(cells);
        cells.clear();
        rowIsHeader = true;
    };
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (name == u"TH" || name == u"CHED") {
                cells << readCell();
            } else if (name == u"TD" || name == u"ENT") {
                rowIsHeader = false;
                cells << readCell();
            } else if (name == u"TR" || name == u"ROW" || name == u"BOXHD") {
                finishRow();
                ++depth;
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
            const QStringView name = m_xml.name();
            if (name == u"TR" || name == u"ROW" || name == u"BOXHD")
                finishRow();
        }
    }
    finishRow();
    return block;
}

Status Reader::run(EcfrCclBuilder& builder, bool& found)
{
    int depth = 0;
    int supplementDepth = -1;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (supplementDepth < 0) {
                if (name.startsWith(u"DIV") &&
                    m_xml.attributes().value(QLatin1String("N")).trimmed() == kSupplementName) {
                    supplementDepth = depth;
                    found = true;
                }
            } else if (isSkipped(name)) {
                m_xml.skipCurrentElement();
                continue;
            } else if (isTable(name)) {
                builder.add(readTable());
                continue;
            } else if (name == u"NOTE") {
                builder.add(readNote());
                continue;
            } else if (isHeading(name) || isParagraph(name)) {
                builder.add(readTextBlock(isHeading(name) ? EcfrBlock::Type::Heading
                                                          : EcfrBlock::Type::Paragraph));
                continue;
            }
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (depth == supplementDepth)
                supplementDepth = -1; // later content (other appendices) is not part of the CCL
        }
    }
    if (m_xml.hasError())
        return badInput(QStringLiteral("malformed XML: %1").arg(m_xml.errorString()), place());
    return {};
}

} // namespace

Result<ListDocument> readEcfrXml(QIODevice& device, const QString& fileName,
                                 const EcfrEditionInfo& edition)
{
    ListDocument doc;
    doc.regimeKey = QStringLiteral("us-ear");
    doc.regimeName = QStringLiteral("US Export Administration Regulations");
    doc.listKey = QStringLiteral("us-ccl");
    doc.listName = QStringLiteral("Commerce Control List");
    doc.editionLabel = edition.label;
    doc.editionDate = edition.date;
    doc.editionSource = edition.source;

    QXmlStreamReader xml(&device);
    EcfrCclBuilder builder(doc);
    bool found = false;
    if (Status s = Reader(xml, fileName).run(builder, found); !s)
        return s.error();
    if (!found)
        return badInput(QStringLiteral("no DIV with N=\"%1\" (the Commerce Control List) in this "
                                       "eCFR XML")
                            .arg(kSupplementName),
                        fileName);
    if (builder.entryCount() == 0)
        return badInput(QStringLiteral("no ECCN entry found in \"%1\": no FP-2 paragraph starts "
                                       "with a bold ECCN")
                            .arg(kSupplementName),
                        fileName);
    if (builder.entryCount() < kEcfrExpectedMinimumEntries)
        doc.warnings << QStringLiteral("%1: only %2 ECCN entries found; the full Commerce Control "
                                       "List has about 600–640, so this file is incomplete or "
                                       "its format has changed")
                            .arg(fileName)
                            .arg(builder.entryCount());
    return doc;
}

Result<ListDocument> readEcfrXml(const QByteArray& data, const QString& fileName,
                                 const EcfrEditionInfo& edition)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return readEcfrXml(buffer, fileName, edition);
}

QString ecfrDefaultLabel(const QString& path)
{
    static const QRegularExpression isoDate(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
    const auto m = isoDate.match(QFileInfo(path).fileName());
    if (m.hasMatch() && PartialDate::parse(m.captured(1)))
        return QStringLiteral("eCFR ") + m.captured(1);
    return QStringLiteral("eCFR ") + QFileInfo(path).completeBaseName();
}

Result<ListDocument> readEcfrXmlFile(const QString& path, EcfrEditionInfo edition)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    if (edition.label.isEmpty())
        edition.label = ecfrDefaultLabel(path);
    // A label with a day dates the edition: "eCFR 2025-09-12".
    static const QRegularExpression isoDate(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
    if (const auto m = isoDate.match(edition.label); m.hasMatch() && !edition.date)
        edition.date = PartialDate::parse(m.captured(1));
    if (edition.source.isEmpty())
        edition.source = QFileInfo(path).fileName();
    return readEcfrXml(file, path, edition);
}

} // namespace paceline
