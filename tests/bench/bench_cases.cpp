// Budgets of issue 4: redline of two 5,000-word texts <= 30 ms; a 20-page proposal to PDF
// <= 1 s. Run in Release: build/release/tests/bench/bench_cases
#include "report/ProposalDocument.h"
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

// A list-like text of `words` words, with a line break every ~25 words.
QString makeText(int words, quint32 seed) {
    QRandomGenerator rng(seed);
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << kWords.at(rng.bounded(kWords.size())) +
                   ((i % 25 == 24) ? QStringLiteral("\n") : QString());
    return out.join(QLatin1Char(' '));
}

// The same text with about `percent` % of its words replaced, deleted or inserted.
QString amend(const QString& text, int percent, quint32 seed) {
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
    void redline5000Words_data() {
        QTest::addColumn<int>("percent");
        QTest::newRow("2% changed") << 2;
        QTest::newRow("10% changed") << 10;
        QTest::newRow("30% changed") << 30;
    }
    void redline5000Words() {
        QFETCH(int, percent);
        const QString base = makeText(5000, 1);
        const QString proposed = amend(base, percent, 2);
        QString html;
        QBENCHMARK {
            html = redlineHtml(wordDiff(base, proposed));
        }
        QVERIFY(html.contains(QStringLiteral("{+")));
    }

    void proposalPdf20Pages() {
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
        QBENCHMARK {
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
