#include "TestSupport.h"

#include "cases/CaseStore.h"
#include "cases/CaseTarget.h"
#include "demo/DemoDataset.h"
#include "report/AkomaNtosoProposal.h"
#include "report/ProposalDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

const QString kAkn = QStringLiteral("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");

// The OASIS schema in ../shared/schemas/akn, or empty when it is not there.
QString schemaPath()
{
    const QString data = sharedDataFile(QStringLiteral("README.md"));
    if (data.isEmpty())
        return {};
    const QString path =
        QFileInfo(data).dir().filePath(QStringLiteral("../schemas/akn/akomantoso30.xsd"));
    return QFileInfo::exists(path) ? QFileInfo(path).canonicalFilePath() : QString();
}

// The text of every element with this local name, in document order (markup inside dropped,
// <br/> read as a line break, paragraphs joined by a blank line, indentation ignored).
QStringList elementTexts(const QByteArray& xml, const QString& name)
{
    QStringList out;
    QXmlStreamReader r(xml);
    int depth = 0;
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == name && r.namespaceUri() == kAkn) {
                if (depth++ == 0)
                    current.clear();
            } else if (depth > 0 && r.name() == QLatin1String("br")) {
                current += QLatin1Char('\n');
            } else if (depth > 0 && r.name() == QLatin1String("p") && !current.isEmpty()) {
                current += QStringLiteral("\n\n");
            }
        } else if (r.isCharacters() && !r.isWhitespace() && depth > 0) {
            current += r.text();
        } else if (r.isEndElement() && r.name() == name && --depth == 0) {
            out << current;
        }
    }
    return r.hasError() ? QStringList{QStringLiteral("XML error: ") + r.errorString()} : out;
}

// The attribute of the first element with this local name.
QString attribute(const QByteArray& xml, const QString& element, const QString& attr)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.attributes().value(attr).toString();
    return {};
}

} // namespace

class TestAkomaNtoso : public QObject {
    Q_OBJECT
private:
    TempDatabase m_t;
    QList<ProposalData> m_cases;

private slots:
    void initTestCase()
    {
        QVERIFY(installDemoDataset(*m_t.db));
        auto cases = CaseStore(*m_t.db).list();
        QVERIFY(cases && cases->size() >= 3);
        for (const CaseRecord& c : cases.value()) {
            auto data = loadProposal(*m_t.db, c.id);
            QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
            m_cases << data.value();
        }
    }

    // Every demo case, exported as the CLI and the export dialog write it, is valid Akoma
    // Ntoso 3.0 and quotes the base and proposed text and its target.
    void everyDemoCaseIsAValidAmendment()
    {
        const QString schema = schemaPath();
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        QVERIFY(proposalFormatFromName(QStringLiteral("akn")) == ProposalFormat::AkomaNtoso);
        QVERIFY(proposalFormatFromName(QStringLiteral("xml")) == ProposalFormat::AkomaNtoso);
        for (const ProposalData& p : std::as_const(m_cases)) {
            const QString path =
                m_t.dir.filePath(QStringLiteral("case-%1.akn.xml").arg(p.record.id));
            Status s = exportProposal(p, ProposalFormat::AkomaNtoso, path);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
            const QByteArray xml = readAll(path);
            QVERIFY(xml.startsWith("<?xml"));

            // The modification: old text, then new text, both whole.
            const QStringList quoted = elementTexts(xml, QStringLiteral("quotedStructure"));
            QStringList expected;
            if (!p.record.baseText.trimmed().isEmpty())
                expected << p.record.baseText.trimmed();
            if (!p.record.proposedText.trimmed().isEmpty())
                expected << p.record.proposedText.trimmed();
            QCOMPARE(quoted.size(), expected.size());
            for (qsizetype i = 0; i < quoted.size(); ++i)
                QCOMPARE(quoted.at(i).trimmed(), expected.at(i));
            QCOMPARE(elementTexts(xml, QStringLiteral("mod")).size(), 1);

            // The target: the entry code and the base edition, by reference.
            const QStringList refs = elementTexts(xml, QStringLiteral("ref"));
            QVERIFY2(refs.contains(p.record.targetCode),
                     qPrintable(refs.join(QStringLiteral(" | "))));
            QVERIFY2(refs.contains(p.record.editionLabel),
                     qPrintable(refs.join(QStringLiteral(" | "))));
            const QString reference =
                elementTexts(xml, QStringLiteral("amendmentReference")).value(0);
            QVERIFY(reference.contains(p.record.listKey));
            QVERIFY2(reference.contains(caseTargetTitle(p.record)), qPrintable(reference));

            // Heading, justification, FRBR.
            QCOMPARE(elementTexts(xml, QStringLiteral("docTitle")).value(0), p.record.title);
            const QString justification =
                elementTexts(xml, QStringLiteral("amendmentJustification")).value(0);
            QVERIFY(justification.contains(
                p.justification.whyNow.simplified().left(40).section(QLatin1Char(' '), 0, 4)));
            if (!p.justification.sources.isEmpty())
                QVERIFY(xml.contains(p.justification.sources.first().url.toUtf8()));
            QVERIFY(attribute(xml, QStringLiteral("FRBRthis"), QStringLiteral("value"))
                        .contains(p.record.uuid));
            QVERIFY(
                !attribute(xml, QStringLiteral("FRBRcountry"), QStringLiteral("value")).isEmpty());
            QCOMPARE(attribute(xml, QStringLiteral("FRBRdate"), QStringLiteral("date")),
                     p.record.createdAt.left(10));

            if (schema.isEmpty() || xmllint.isEmpty())
                continue;
            QProcess lint;
            lint.start(xmllint,
                       {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, path});
            QVERIFY(lint.waitForFinished(120000));
            QVERIFY2(lint.exitCode() == 0,
                     qPrintable(QString::fromUtf8(lint.readAllStandardError())));
        }
        if (schema.isEmpty())
            QSKIP("../shared/schemas/akn/akomantoso30.xsd is absent: schema validation skipped");
        if (xmllint.isEmpty())
            QSKIP("xmllint (libxml2-utils) is not installed: schema validation skipped");
    }

    // Text is never markup, characters XML cannot carry are dropped, and a case with no base
    // text (a new entry) quotes only the new text.
    void hostileTextStaysText()
    {
        ProposalData p = m_cases.first();
        p.record.title = QStringLiteral("<b>bold</b> & \"quotes\" \x01");
        p.record.baseText.clear();
        p.record.proposedText = QStringLiteral("a < b\n\nc ]]> d");
        const QByteArray xml = akomaNtosoAmendment(p, QDateTime(QDate(2026, 1, 2), QTime(3, 4)));
        QCOMPARE(elementTexts(xml, QStringLiteral("docTitle")).value(0),
                 QStringLiteral("<b>bold</b> & \"quotes\" "));
        QCOMPARE(elementTexts(xml, QStringLiteral("quotedStructure")),
                 QStringList{QStringLiteral("a < b\n\nc ]]> d")});
        QVERIFY(xml.contains("2026-01-02T03:04:00"));
    }
};

QTEST_MAIN(TestAkomaNtoso)
#include "tst_akomantoso.moc"
