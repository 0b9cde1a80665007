#include "TestSupport.h"

#include "io/ImportService.h"
#include "io/pdf/ListTextParser.h"
#include "io/pdf/PdfTextExtractor.h"
#include "lists/ListStore.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// Writes the pages (lines with their leading spaces) as a PDF in a monospaced font, so that
// the text layer keeps the indentation the parser nests by.
void writePdf(const QString& path, const QList<QStringList>& pages)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(9);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int advance = metrics.horizontalAdvance(QLatin1Char('M'));
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        int y = 40;
        for (const QString& line : pages.at(p)) {
            const qsizetype indent = line.size() - QStringView(line).trimmed().size();
            painter.drawText(30 + static_cast<int>(indent) * advance, y, line.trimmed());
            y += metrics.height() + 2;
        }
    }
}

} // namespace

class TestPdfImport : public QObject {
    Q_OBJECT
private slots:
    void readsAGeneratedPdf()
    {
        if (!PdfTextExtractor::isAvailable())
            QSKIP("built without poppler-qt6: the PDF path is not tested");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("annex.pdf"));
        writePdf(path, {{QStringLiteral("CATEGORY 4 - COMPUTERS"), QString(),
                         QStringLiteral("4A003 Digital computers as follows:"),
                         QStringLiteral("      a.   Having an APP exceeding 70 WT;"),
                         QStringLiteral("      b.   Electronic assemblies, as follows:"),
                         QStringLiteral("           1.   Designed for aggregation;"),
                         QStringLiteral("                                                  7")},
                        {QStringLiteral("4A005 Systems for \"intrusion software\"."),
                         QStringLiteral("      Note: see also 4D004."),
                         QStringLiteral("                                                  8")}});
        auto text = PdfTextExtractor::extract(path);
        QVERIFY2(text, text ? "" : qPrintable(text.error().toString()));
        QVERIFY(text->contains(QLatin1Char('\f')));
        auto doc = parseListText(text.value(), path, {});
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        const ListNode* b1 = findNode(doc.value(), QStringLiteral("4A003.b.1"));
        QVERIFY2(b1, qPrintable(text.value()));
        QCOMPARE(b1->parentCode, QStringLiteral("4A003.b"));
        QCOMPARE(b1->text, QStringLiteral("Designed for aggregation;"));
        QCOMPARE(findNode(doc.value(), QStringLiteral("4A003.a"))->parentCode,
                 QStringLiteral("4A003"));
        QCOMPARE(findNode(doc.value(), QStringLiteral("4A005"))->title,
                 QStringLiteral("Systems for \"intrusion software\"."));
        QCOMPARE(findNode(doc.value(), QStringLiteral("4A005~1"))->kind, NodeKind::Note);
        for (const ListNode& n : doc->nodes)
            QVERIFY2(!n.text.endsWith(QLatin1Char('7')) && !n.title.endsWith(QLatin1Char('8')),
                     qPrintable(n.code)); // page numbers dropped

        TempDatabase t;
        ImportOptions o;
        o.listKey = QStringLiteral("eu-annex-i");
        o.listName = QStringLiteral("Annex I");
        o.regimeKey = QStringLiteral("eu");
        o.regimeName = QStringLiteral("European Union");
        o.editionLabel = QStringLiteral("Annex I test");
        auto report = importFile(*t.db, path, ImportFormat::Auto, o);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY(ListStore(*t.db).findEdition(QStringLiteral("eu-annex-i"),
                                             QStringLiteral("Annex I test")));
    }

    void notAPdf()
    {
        if (!PdfTextExtractor::isAvailable())
            QSKIP("built without poppler-qt6");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fake.pdf"));
        writeAll(path, "%PDF-1.4 this is not really a PDF");
        TempDatabase t;
        auto report = importFile(*t.db, path, ImportFormat::Auto);
        QVERIFY(!report);
        QCOMPARE(report.error().place, path);
        QVERIFY2(report.error().message.contains(QStringLiteral("cannot open as PDF")),
                 qPrintable(report.error().toString()));
    }
};

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
