// Budget of issue 14: a 26-page proposal to DOCX (tracked changes, comments) <= 500 ms.
// Run in Release: build/release/tests/bench/bench_docx
#include "report/DocxProposal.h"
#include "report/ProposalSections.h"
#include "text/ReadableDiff.h"
#include "text/WordDiff.h"

#include <QFont>
#include <QRandomGenerator>
#include <QTextDocument>
#include <QtTest>

using namespace paceline;

namespace {

const QStringList kWords = {
    QStringLiteral("software"),    QStringLiteral("specially"),
    QStringLiteral("designed"),    QStringLiteral("or"),
    QStringLiteral("modified"),    QStringLiteral("for"),
    QStringLiteral("the"),         QStringLiteral("generation"),
    QStringLiteral("command"),     QStringLiteral("and"),
    QStringLiteral("control"),     QStringLiteral("of"),
    QStringLiteral("\"intrusion"), QStringLiteral("equipment"),
    QStringLiteral("systems"),     QStringLiteral("having"),
    QStringLiteral("a"),           QStringLiteral("frequency"),
    QStringLiteral("exceeding"),   QStringLiteral("10"),
    QStringLiteral("GHz;"),        QStringLiteral("4.E.1.c"),
    QStringLiteral("4A005"),       QStringLiteral("does"),
    QStringLiteral("not"),         QStringLiteral("apply"),
    QStringLiteral("to"),          QStringLiteral("disclosure\"."),
    QStringLiteral("technology"),  QStringLiteral("development"),
};

// List-like text: paragraphs of about 60 words.
QString makeText(int words, quint32 seed)
{
    QRandomGenerator rng(seed);
    QString out;
    for (int i = 0; i < words; ++i) {
        out +=
            rng.bounded(100) < 50
                ? kWords.at(rng.bounded(kWords.size()))
                : QStringLiteral("term%1").arg(static_cast<int>(3000.0 / (1 + rng.bounded(3000))));
        out += (i % 60 == 59) ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    return out.trimmed();
}

// About `percent` % of the words replaced, deleted or followed by a new one.
QString amend(const QString& text, int percent, quint32 seed)
{
    QRandomGenerator rng(seed);
    QStringList words = text.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (rng.bounded(100) >= percent || words.at(i).contains(QLatin1Char('\n')))
            continue;
        switch (rng.bounded(3)) {
        case 0:
            words[i] = QStringLiteral("amended");
            break;
        case 1:
            words.removeAt(i);
            break;
        default:
            words.insert(++i, QStringLiteral("newly-added"));
        }
    }
    return words.join(QLatin1Char(' '));
}

ProposalData bigProposal()
{
    ProposalData p;
    CaseRecord& c = p.record;
    c.title = QStringLiteral("A long amendment proposal for 4.E.1.c");
    c.uuid = QStringLiteral("bench");
    c.author = QStringLiteral("Bench Author");
    c.organisation = QStringLiteral("Delegation B");
    c.editionLabel = QStringLiteral("WA-LIST (25) 1");
    c.targetCode = QStringLiteral("4.E.1");
    c.createdAt = QStringLiteral("2026-01-05T09:00:00Z");
    c.updatedAt = QStringLiteral("2026-02-01T17:45:00Z");
    c.baseText = makeText(9000, 3);
    c.proposedText = amend(c.baseText, 8, 4);
    p.justification.whyNow = makeText(1500, 5);
    p.justification.foreignAvailability = makeText(1000, 6);
    p.justification.legitimateUse = makeText(1000, 7);
    for (int i = 0; i < 40; ++i)
        p.justification.sources.append(
            {QStringLiteral("Source %1").arg(i), QStringLiteral("https://example.org/%1").arg(i)});
    // 40 open threads of two comments on words of the proposed text.
    QRandomGenerator rng(8);
    for (int i = 0; i < 40; ++i) {
        CaseComment root;
        root.uuid = QStringLiteral("t%1").arg(i);
        root.author = QStringLiteral("Reviewer %1").arg(i % 5);
        root.createdAt = QStringLiteral("2026-01-20T10:00:00Z");
        root.body = QStringLiteral("Please reconsider these words (%1).").arg(i);
        root.anchorStart = static_cast<int>(rng.bounded(c.proposedText.size() - 100));
        root.anchorEnd = root.anchorStart + 40;
        CaseComment reply = root;
        reply.uuid += QStringLiteral("r");
        reply.parentUuid = root.uuid;
        reply.author = c.author;
        reply.body = QStringLiteral("Changed as suggested.");
        p.comments << root << reply;
    }
    return p;
}

// Pages the document fills, about: its text as Word shows it with all markup (deletions
// struck through in place), 11 pt serif on A4 with 18 mm margins.
int estimatedPages(const ProposalData& p)
{
    QString text = p.record.title + QStringLiteral("\n\n");
    for (const DiffSegment& s : readableDiff(wordDiff(p.record.baseText, p.record.proposedText)))
        text += s.text;
    for (const auto& [title, body] : justificationSections(p))
        text += QStringLiteral("\n\n") + title + QStringLiteral("\n\n") + body;
    for (const CaseSource& s : p.justification.sources)
        text += QStringLiteral("\n\n") + s.title + QLatin1Char('\n') + s.url;
    QTextDocument doc;
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPixelSize(11); // one pixel per point, so that the page below is in points
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(595 - 2 * 51, 842 - 2 * 51));
    doc.setPlainText(text);
    return doc.pageCount();
}

} // namespace

class BenchDocx : public QObject {
    Q_OBJECT
private slots:
    void proposalDocx26Pages_data()
    {
        QTest::addColumn<bool>("twoColumn");
        QTest::newRow("tracked text") << false;
        QTest::newRow("two columns") << true;
    }
    void proposalDocx26Pages()
    {
        QFETCH(bool, twoColumn);
        const ProposalData p = bigProposal();
        const int pages = estimatedPages(p);
        QByteArray docx;
        QBENCHMARK
        {
            docx = proposalDocx(p, {twoColumn}).value();
        }
        qInfo("DOCX: %lld bytes; about %d pages in one column; %lld words in the text",
              static_cast<long long>(docx.size()), pages,
              static_cast<long long>(p.record.proposedText.split(QLatin1Char(' ')).size()));
        QVERIFY(pages >= 26);
        QVERIFY(docx.startsWith("PK"));
    }
};

QTEST_MAIN(BenchDocx)
#include "bench_docx.moc"
