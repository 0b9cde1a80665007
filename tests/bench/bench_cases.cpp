// Budgets of issue 4: redline of two 5,000-word texts <= 30 ms; a 20-page proposal to PDF
// <= 1 s. Issue 14: the same redline with its clean-up (readableDiff) <= 30 ms. Run in
// Release: build/release/tests/bench/bench_cases
#include "report/ProposalDocument.h"
#include "text/ReadableDiff.h"
#include "text/Redline.h"
#include "text/WordDiff.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace paceline;

namespace {

const QStringList kWords = {
    QStringLiteral("\"software\""),
    QStringLiteral("specially"),
    QStringLiteral("designed"),
    QStringLiteral("or"),
    QStringLiteral("modified"),
    QStringLiteral("for"),
    QStringLiteral("the"),
    QStringLiteral("generation,"),
    QStringLiteral("command"),
    QStringLiteral("and"),
    QStringLiteral("control"),
    QStringLiteral("of"),
    QStringLiteral("\"intrusion"),
    QStringLiteral("equipment"),
    QStringLiteral("systems"),
    QStringLiteral("having"),
    QStringLiteral("a"),
    QStringLiteral("frequency"),
    QStringLiteral("exceeding"),
    QStringLiteral("10"),
    QStringLiteral("GHz;"),
    QStringLiteral("Note:"),
    QStringLiteral("4A005"),
    QStringLiteral("does"),
    QStringLiteral("not"),
    QStringLiteral("apply"),
    QStringLiteral("to"),
    QStringLiteral("\"vulnerability"),
    QStringLiteral("disclosure\"."),
    QStringLiteral("technology"),
    QStringLiteral("\"development\""),
};

// A list-like text of `words` words, with a line break every ~25 words. Real control-list text
// draws on a vocabulary of thousands of words with a few very frequent ones (Zipf-like); the
// small vocabulary is the adversarial case for the diff (many spurious matches).
QString makeText(int words, quint32 seed, bool smallVocabulary = false)
{
    QRandomGenerator rng(seed);
    QStringList out;
    for (int i = 0; i < words; ++i) {
        QString word;
        if (smallVocabulary || rng.bounded(100) < 45)
            word = kWords.at(rng.bounded(kWords.size()));
        else // Zipf-like tail over 3,000 terms
            word = QStringLiteral("term%1").arg(static_cast<int>(3000.0 / (1 + rng.bounded(3000))));
        out << word + ((i % 25 == 24) ? QStringLiteral("\n") : QString());
    }
    return out.join(QLatin1Char(' '));
}

// The same text with about `percent` % of its words replaced, deleted or inserted.
QString amend(const QString& text, int percent, quint32 seed)
{
    QRandomGenerator rng(seed);
    QStringList words = text.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (rng.bounded(100) >= percent)
            continue;
        switch (rng.bounded(3)) {
        case 0:
            words[i] = kWords.at(rng.bounded(kWords.size()));
            break;
        case 1:
            words.removeAt(i);
            break;
        default:
            words.insert(i, QStringLiteral("newly-added"));
            ++i;
        }
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

class BenchCases : public QObject {
    Q_OBJECT
private slots:
    void redline5000Words_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<bool>("smallVocabulary");
        QTest::newRow("unchanged") << 0 << false;
        QTest::newRow("2% changed") << 2 << false;
        QTest::newRow("10% changed") << 10 << false;
        QTest::newRow("30% changed") << 30 << false;
        QTest::newRow("2% changed, 31-word vocabulary") << 2 << true;
        QTest::newRow("10% changed, 31-word vocabulary") << 10 << true;
    }
    void redline5000Words()
    {
        QFETCH(int, percent);
        QFETCH(bool, smallVocabulary);
        const QString base = makeText(5000, 1, smallVocabulary);
        const QString proposed = amend(base, percent, 2);
        QString html;
        QBENCHMARK
        {
            html = redlineHtml(wordDiff(base, proposed));
        }
        QVERIFY(percent == 0 || html.contains(QStringLiteral("{+")));
    }

    // Issue 14: the redline with its clean-up (short unchanged runs folded into the changes
    // beside them, parameter changes as old → new) for two 5,000-word texts: <= 30 ms.
    void readableRedline5000Words_data() { redline5000Words_data(); }
    void readableRedline5000Words()
    {
        QFETCH(int, percent);
        QFETCH(bool, smallVocabulary);
        const QString base = makeText(5000, 1, smallVocabulary);
        const QString proposed = amend(base, percent, 2);
        QString html;
        QBENCHMARK
        {
            html = redlineHtml(readableDiff(wordDiff(base, proposed)));
        }
        QVERIFY(percent == 0 || html.contains(QStringLiteral("{+")));
    }

    void wordDiffOnly5000Words()
    {
        const QString base = makeText(5000, 1);
        const QString proposed = amend(base, 2, 2);
        QBENCHMARK
        {
            (void)wordDiff(base, proposed);
        }
    }

    void proposalPdf20Pages()
    {
        ProposalData p;
        p.record.title = QStringLiteral("A long amendment proposal");
        p.record.uuid = QStringLiteral("bench");
        p.record.author = QStringLiteral("Bench");
        p.record.baseText = makeText(3500, 3);
        p.record.proposedText = amend(p.record.baseText, 8, 4);
        p.justification.whyNow = makeText(600, 5);
        p.justification.foreignAvailability = makeText(400, 6);
        p.justification.legitimateUse = makeText(400, 7);
        for (int i = 0; i < 20; ++i)
            p.justification.sources.append({QStringLiteral("Source %1").arg(i),
                                            QStringLiteral("https://example.org/%1").arg(i)});
        QByteArray pdf;
        QBENCHMARK
        {
            pdf = renderProposal(p, ProposalFormat::Pdf).value();
        }
        const int pages = static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") +
                                           pdf.count("/Type /Page>") + pdf.count("/Type /Page "));
        qInfo("PDF: %lld bytes, about %d pages", static_cast<long long>(pdf.size()), pages);
        QVERIFY(pdf.startsWith("%PDF"));
    }
};

QTEST_MAIN(BenchCases)
#include "bench_cases.moc"
