#include "TestSupport.h"

#include "io/ecfr/EcfrXmlReader.h"
#include "lists/ListJsonReader.h"

#include <QElapsedTimer>
#include <QHash>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString attributeLabel(const QString& key)
{
    if (key == QLatin1String("related_controls"))
        return QStringLiteral("Related Controls:");
    if (key == QLatin1String("related_definitions"))
        return QStringLiteral("Related Definitions:");
    return key + QLatin1Char(':');
}

// Writes a list edition the way the eCFR lays out Supplement No. 1: HD1 headings, FP-2 entry
// headings in bold, FP-1 labelled lines, P paragraphs for items, notes and text.
QByteArray toEcfrXml(const ListDocument& doc)
{
    QHash<QString, const ListNode*> byCode;
    for (const ListNode& n : doc.nodes)
        byCode.insert(n.code, &n);
    QString x = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DIV5 N=\"774\" TYPE=\"PART\">\n"
        "<DIV9 N=\"Supplement No. 1 to Part 774\" TYPE=\"APPENDIX\">\n");
    for (const ListNode& n : doc.nodes) {
        switch (n.kind) {
        case NodeKind::Category:
            x += QStringLiteral("<HD1>Category %1\u2014%2</HD1>\n").arg(n.code, esc(n.title));
            break;
        case NodeKind::Group:
            if (n.label.startsWith(QLatin1String("Part ")))
                x += QStringLiteral("<HD1>%1\u2014%2</HD1>\n").arg(esc(n.label), esc(n.title));
            else
                x += QStringLiteral("<HD1>%1 %2</HD1>\n").arg(esc(n.label), esc(n.title));
            break;
        case NodeKind::Entry:
            x += QStringLiteral("<FP-2><B>%1 %2</B></FP-2>\n").arg(n.code, esc(n.title));
            x += QStringLiteral("<FP-1><E T=\"03\">License Requirements</E></FP-1>\n");
            if (!n.reasons.isEmpty())
                x += QStringLiteral("<FP-1><E T=\"03\">Reason for Control:</E> %1</FP-1>\n")
                         .arg(esc(n.reasons.join(QStringLiteral(", "))));
            for (const auto& [key, value] : n.attributes)
                x += QStringLiteral("<FP-1><E T=\"03\">%1</E> %2</FP-1>\n")
                         .arg(esc(attributeLabel(key)), esc(value));
            x += QStringLiteral("<FP-1><E T=\"03\">Items:</E></FP-1>\n");
            break;
        case NodeKind::Item:
            x += QStringLiteral("<P>%1 %2</P>\n").arg(esc(n.label), esc(n.text));
            break;
        case NodeKind::Note:
        case NodeKind::Text: {
            const qsizetype nl = n.text.indexOf(QLatin1Char('\n'));
            if (nl > 0)
                x += QStringLiteral("<P><E T=\"03\">%1</E> %2</P>\n")
                         .arg(esc(n.text.left(nl)), esc(n.text.mid(nl + 1)));
            else
                x += QStringLiteral("<P>%1</P>\n").arg(esc(n.text));
            break;
        }
        }
    }
    x += QStringLiteral("</DIV9>\n</DIV5>\n");
    return x.toUtf8();
}

} // namespace

// The real CCL (../shared/data), written out in the eCFR's layout and read back: every entry
// and nearly every item must come back with the code the CCL file gives it.
class TestEcfrRealData : public QObject {
    Q_OBJECT
private slots:
    void realCclRoundTrip()
    {
        const QString path = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(path);
        auto real = readListJsonFile(path);
        QVERIFY(real);
        const QByteArray xml = toEcfrXml(real.value());
        QElapsedTimer timer;
        timer.start();
        auto doc = readEcfrXml(xml, QStringLiteral("synthetic.xml"),
                               {QStringLiteral("eCFR test"), {}, {}});
        const qint64 ms = timer.elapsed();
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        qInfo("read %lld KB of eCFR XML into %lld nodes in %lld ms", qint64(xml.size() / 1024),
              qint64(doc->nodes.size()), ms);

        QStringList realEntries;
        QStringList gotEntries;
        QHash<QString, NodeKind> got;
        for (const ListNode& n : doc->nodes) {
            got.insert(n.code, n.kind);
            if (n.kind == NodeKind::Entry)
                gotEntries << n.code;
        }
        int items = 0;
        int itemsFound = 0;
        QStringList missing;
        for (const ListNode& n : real->nodes) {
            if (n.kind == NodeKind::Entry)
                realEntries << n.code;
            if (n.kind == NodeKind::Item) {
                ++items;
                if (got.value(n.code, NodeKind::Text) == NodeKind::Item)
                    ++itemsFound;
                else if (missing.size() < 10)
                    missing << n.code;
            }
        }
        QCOMPARE(gotEntries, realEntries); // 604 entries, in order
        // The full list is no reason to warn about the entry count.
        for (const QString& w : doc->warnings)
            QVERIFY2(!w.contains(QStringLiteral("ECCN entries found")), qPrintable(w));
        qInfo("items with the same code: %d of %d; first misses: %s", itemsFound, items,
              qPrintable(missing.join(QStringLiteral(", "))));
        QCOMPARE(itemsFound, items);
        // Node by node: code, parent, kind, label and text as in the CCL file. Its scraper called
        // some notes "text" ("Note to ECCN 0A982.", "1. Full face masks…"); we call them notes.
        QCOMPARE(doc->nodes.size(), real->nodes.size());
        int same = 0;
        QStringList differ;
        for (qsizetype i = 0; i < real->nodes.size(); ++i) {
            const ListNode& a = real->nodes.at(i);
            const ListNode& b = doc->nodes.at(i);
            const auto loose = [](NodeKind k) {
                return k == NodeKind::Note ? NodeKind::Text : k;
            };
            // Numbered notes keep "1." as their label; the CCL file has it in the text.
            const QString bText = b.kind == NodeKind::Note && !b.label.isEmpty()
                                      ? b.label + QLatin1Char(' ') + b.text
                                      : b.text;
            const bool equal = a.code == b.code && a.parentCode == b.parentCode &&
                               loose(a.kind) == loose(b.kind) && a.title == b.title &&
                               a.text == bText && (a.label == b.label || a.kind != NodeKind::Item);
            same += equal;
            if (!equal && differ.size() < 8)
                differ << QStringLiteral("%1 [%2|%3|%4] vs [%5|%6|%7]")
                              .arg(a.code, a.parentCode, nodeKindName(a.kind), a.text.left(50),
                                   b.parentCode, nodeKindName(b.kind), bText.left(50));
        }
        qInfo("nodes identical to the CCL file: %d of %lld; first differences: %s", same,
              qint64(real->nodes.size()), qPrintable(differ.join(QStringLiteral("\n"))));
        // The rest (about 300): numbered paragraphs ("1. Full face masks…") that we nest under the
        // note before them, where the CCL file hangs them on the last item.
        QVERIFY(same >= real->nodes.size() * 95 / 100);
    }
};

QTEST_GUILESS_MAIN(TestEcfrRealData)
#include "tst_ecfrrealdata.moc"
