#include "TestSupport.h"

#include "cases/CaseStore.h"
#include "demo/DemoDataset.h"
#include "report/ProposalDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// PDF needs a QGuiApplication: QTEST_MAIN gives one (this test does not link widgets).
class TestProposal : public QObject {
    Q_OBJECT
private:
    TempDatabase m_t;
    qint64 m_caseId = 0;
    ProposalData m_data;

    QString pdfText(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installDemoDataset(*m_t.db));
        auto cases = CaseStore(*m_t.db).list();
        QVERIFY(cases && !cases->isEmpty());
        for (const CaseRecord& c : cases.value())
            if (c.kind == CaseKind::NoteOrDecontrol)
                m_caseId = c.id;
        QVERIFY(m_caseId > 0);
        auto data = loadProposal(*m_t.db, m_caseId);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
        m_data = data.value();
        QVERIFY(!m_data.technologyName.isEmpty());
        QVERIFY(!m_data.whyNowLinks.isEmpty());
    }

    void htmlAndMarkdownCarryRedlineAndJustification()
    {
        const QString html = proposalHtml(m_data);
        QVERIFY(html.contains(QStringLiteral("{+")));
        QVERIFY(html.contains(QStringLiteral("[-")));
        QVERIFY(html.contains(QStringLiteral("Foreign availability")));
        QVERIFY(html.contains(m_data.justification.foreignAvailability.left(40).toHtmlEscaped()));
        QVERIFY(html.contains(m_data.justification.sources.first().url.toHtmlEscaped()));
        const QString md = proposalMarkdown(m_data);
        QVERIFY(md.contains(QStringLiteral("## 3. Redline")));
        QVERIFY(md.contains(QStringLiteral("{+")));
        QVERIFY(md.contains(m_data.justification.whyNow.left(40)));
        QVERIFY(md.contains(QStringLiteral("Review status")));
    }

    void codesAreNeverBrokenAcrossLines()
    {
        ProposalData p = m_data;
        p.record.title = QStringLiteral("Control software for intrusion software (new 4.D.4), "
                                        "with 5A002.a.1 and 4.E.1.c alongside 4.A.5");
        p.record.proposedText = p.record.title + QStringLiteral("\n\nSee 3A001.b.4.b and 4.A.5.");
        QTextDocument doc;
        doc.setHtml(proposalHtml(p));
        // A code, with the word joiners the document puts after its dots.
        static const QRegularExpression code(
            QStringLiteral("\\d[0-9A-Za-z]*(?:\\.\\x{2060}?[0-9A-Za-z]+)+"));
        int checked = 0;
        QStringList broken;
        for (const qreal width : {150.0, 190.0, 240.0, 330.0, 480.0}) {
            doc.setTextWidth(width);
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
                doc.documentLayout()->blockBoundingRect(b); // lays the block out
                const QTextLayout* layout = b.layout();
                for (auto it = code.globalMatch(b.text()); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    ++checked;
                    for (int i = 0; i < layout->lineCount(); ++i) {
                        const int start = layout->lineAt(i).textStart();
                        if (start > m.capturedStart() && start < m.capturedEnd())
                            broken << QStringLiteral("%1 at %2").arg(m.captured()).arg(width);
                    }
                }
            }
        }
        QVERIFY(checked > 30);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
    }

    void caseTextIsNeverMarkup()
    {
        ProposalData p = m_data;
        p.record.title = QStringLiteral("<script>alert(1)</script>");
        p.record.proposedText = QStringLiteral("<b>bold</b>");
        const QString html = proposalHtml(p);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    }

    // Text copied or searched in the PDF must be plain letters: "Justification", not the
    // U+FB01 ligature a shaper puts into "fi" (readers then miss a search for "justification").
    void pdfTextHasNoLigatures()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
        ProposalData p = m_data;
        p.record.proposedText +=
            QStringLiteral("\n\nThe office filters fluffy affixes efficiently.");
        const QString path = m_t.dir.filePath(QStringLiteral("ligatures.pdf"));
        Status s = exportProposal(p, ProposalFormat::Pdf, path);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        const QString text = pdfText(path);
        QStringList ligatures;
        for (const QChar ch : text)
            if (ch.unicode() >= 0xFB00 && ch.unicode() <= 0xFB06)
                ligatures << QStringLiteral("U+%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        ligatures.removeDuplicates();
        QVERIFY2(ligatures.isEmpty(), qPrintable(ligatures.join(QStringLiteral(", "))));
        QVERIFY2(text.contains(QStringLiteral("Justification")), qPrintable(text.left(400)));
        QVERIFY(text.simplified().contains(
            QStringLiteral("The office filters fluffy affixes efficiently.")));
    }

    void filesAreWrittenInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
        QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<html>");
        QTest::newRow("md") << QStringLiteral("md") << QByteArray("# ");
    }
    void filesAreWrittenInEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString path = m_t.dir.filePath(QStringLiteral("proposal.") + format);
        Status s = exportProposal(m_data, *proposalFormatFromName(format), path);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(magic));
        if (format == QLatin1String("odt"))
            QVERIFY(bytes.contains("application/vnd.oasis.opendocument.text"));
        if (format == QLatin1String("pdf")) {
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
            const QString text = pdfText(path).simplified();
            QVERIFY2(text.contains(QStringLiteral("3. Redline")), qPrintable(text.left(400)));
            QVERIFY(text.contains(QStringLiteral("{+")));
            QVERIFY(text.contains(QStringLiteral("Foreign availability")));
            QVERIFY(text.contains(m_data.justification.foreignAvailability.simplified().left(30)));
        }
    }
};

QTEST_MAIN(TestProposal)
#include "tst_proposal.moc"
