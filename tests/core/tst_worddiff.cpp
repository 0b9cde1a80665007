#include "text/ReadableDiff.h"
#include "text/Redline.h"
#include "text/WordDiff.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace paceline;

namespace {

QString rebuild(const QList<DiffSegment>& segments, bool before)
{
    QString out;
    for (const DiffSegment& s : segments)
        if (s.op == DiffOp::Equal || s.op == (before ? DiffOp::Delete : DiffOp::Insert))
            out += s.text;
    return out;
}

QString randomText(QRandomGenerator& gen, int words)
{
    static const QStringList vocab = {QStringLiteral("software"), QStringLiteral("intrusion"),
                                      QStringLiteral("a."),       QStringLiteral("\"technology\""),
                                      QStringLiteral("for"),      QStringLiteral("the"),
                                      QStringLiteral("4A005"),    QStringLiteral("controlled,"),
                                      QStringLiteral("\n"),       QStringLiteral("equipment")};
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts << vocab.at(gen.bounded(vocab.size()));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestWordDiff : public QObject {
    Q_OBJECT
private slots:
    void marksChangedWords()
    {
        const auto d = wordDiff(QStringLiteral("Systems for intrusion software."),
                                QStringLiteral("Systems for delivery of intrusion software."));
        QCOMPARE(d, (QList<DiffSegment>{{DiffOp::Equal, QStringLiteral("Systems for ")},
                                        {DiffOp::Insert, QStringLiteral("delivery of ")},
                                        {DiffOp::Equal, QStringLiteral("intrusion software.")}}));
        const auto r = wordDiff(QStringLiteral("a b c"), QStringLiteral("a x c"));
        QCOMPARE(redlinePlain(r), QStringLiteral("a [-b-]{+x+} c"));
        QCOMPARE(countWords(r).insertedWords, 1);
        QCOMPARE(countWords(r).deletedWords, 1);
    }

    void identicalAndEmpty()
    {
        QCOMPARE(wordDiff(QStringLiteral("same"), QStringLiteral("same")),
                 (QList<DiffSegment>{{DiffOp::Equal, QStringLiteral("same")}}));
        QCOMPARE(wordDiff(QString(), QStringLiteral("new")),
                 (QList<DiffSegment>{{DiffOp::Insert, QStringLiteral("new")}}));
        QCOMPARE(wordDiff(QStringLiteral("old"), QString()),
                 (QList<DiffSegment>{{DiffOp::Delete, QStringLiteral("old")}}));
        QVERIFY(wordDiff(QString(), QString()).isEmpty());
    }

    void typographyCanBeIgnored()
    {
        const QString a =
            QStringLiteral("the \u201Cintrusion software\u201D \u2014 as  defined\nbelow");
        const QString b = QStringLiteral("the \"intrusion software\" - as defined below");
        QVERIFY(wordDiff(a, b).size() > 1);
        const auto d = wordDiff(a, b, {true});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().op, DiffOp::Equal);
        QVERIFY(sameSubstance(a, b));
    }

    void redlineEscapesMarkup()
    {
        const auto d = wordDiff(QStringLiteral("<b>x</b>"), QStringLiteral("<img src=y>"));
        const QString html = redlineHtml(d);
        QVERIFY(!html.contains(QStringLiteral("<b>x")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("&lt;")));
        QVERIFY(html.contains(QStringLiteral("img src=y")));
        QVERIFY(html.contains(QStringLiteral("<s>")));
        QVERIFY(html.contains(QStringLiteral("<u>")));
    }

    // Whatever the inputs, the segments rebuild both texts and the diff is minimal enough
    // that unchanged texts yield a single equal segment.
    void readableRedlineReadsAsSentences()
    {
        // A rewritten definition: word by word, the redline interleaves single words.
        const QString before = QStringLiteral(
            "Three kinds of \"technology\": for the development of intrusion software.");
        const QString after = QStringLiteral(
            "Amended definition (own wording): identifying a vulnerability and reporting it.");
        const auto raw = wordDiff(before, after);
        const auto readable = readableDiff(raw);
        QVERIFY(readable.size() < raw.size());
        // Both texts still come back whole.
        QCOMPARE(rebuild(readable, true), before);
        QCOMPARE(rebuild(readable, false), after);
        int changes = 0;
        for (int i = 0; i < readable.size(); ++i)
            if (readable.at(i).op != DiffOp::Equal &&
                (i == 0 || readable.at(i - 1).op == DiffOp::Equal))
                ++changes;
        QCOMPARE(changes, 1);
        QCOMPARE(redlinePlain(readable),
                 QStringLiteral("[-Three kinds of \"technology\": for the development of "
                                "intrusion software-]{+Amended definition (own wording): "
                                "identifying a vulnerability and reporting it+}."));
    }

    void readableRedlineKeepsSmallEditsPrecise()
    {
        // A parameter in unchanged text: one word out, one in, nothing else touched.
        const auto speed = readableDiff(wordDiff(
            QStringLiteral("a data rate exceeding 10 Gbit/s on any port, and a latency below 5 ms"),
            QStringLiteral(
                "a data rate exceeding 25 Gbit/s on any port, and a latency below 2 ms")));
        QCOMPARE(redlinePlain(speed),
                 QStringLiteral("a data rate exceeding [10 Gbit/s → 25 Gbit/s] on any port, and "
                                "a latency below [5 ms → 2 ms]"));
        QVERIFY(redlineHtml(speed).contains(QStringLiteral("<s>10 Gbit/s</s> → <b><u>25 "
                                                           "Gbit/s</u></b>")));
        // A number without a unit, and a number replaced by words, read as they are.
        QCOMPARE(redlinePlain(readableDiff(
                     wordDiff(QStringLiteral("Category 3."), QStringLiteral("Category 5.")))),
                 QStringLiteral("Category [3 → 5]."));
        QCOMPARE(redlinePlain(readableDiff(
                     wordDiff(QStringLiteral("at 10 GHz"), QStringLiteral("at any GHz")))),
                 QStringLiteral("at [-10-]{+any+} GHz"));
        // Two one-word edits one word apart stay two edits.
        const auto two = readableDiff(wordDiff(QStringLiteral("the red fox runs home"),
                                               QStringLiteral("the blue fox walks home")));
        QCOMPARE(redlinePlain(two),
                 QStringLiteral("the [-red-]{+blue+} fox [-runs-]{+walks+} home"));
        // Only spaces between two changes: one change.
        const auto spaced = readableDiff(
            wordDiff(QStringLiteral("of technology"), QStringLiteral("(own wording)")));
        QCOMPARE(redlinePlain(spaced), QStringLiteral("[-of technology-]{+(own wording)+}"));
        QVERIFY(readableDiff({}).isEmpty());
    }

    // The unit forms of the real lists, and numbers the word diff splits at their separators.
    void parameterChangesInTheListsUnitForms_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("GHz") << "exceeding 3 GHz;"
                             << "exceeding 5 GHz;"
                             << "exceeding [3 GHz → 5 GHz];";
        QTest::newRow("decimal") << "more than 6.4 Gbit/s to disk"
                                 << "more than 8.4 Gbit/s to disk"
                                 << "more than [6.4 Gbit/s → 8.4 Gbit/s] to disk";
        QTest::newRow("decimal tail") << "more than 6.4 Gbit/s"
                                      << "more than 6.8 Gbit/s"
                                      << "more than [6.4 Gbit/s → 6.8 Gbit/s]";
        QTest::newRow("thousands") << "less than 2,000 nm (frequency"
                                   << "less than 2,500 nm (frequency"
                                   << "less than [2,000 nm → 2,500 nm] (frequency";
        QTest::newRow("K and °C") << "in the 1,573 K (1,300 °C) to"
                                  << "in the 1,600 K (1,327 °C) to"
                                  << "in the [1,573 K → 1,600 K] ([1,300 °C → 1,327 °C]) to";
        QTest::newRow("minus") << "temperatures of 35 K (−238 °C) or less"
                               << "temperatures of 35 K (−200 °C) or less"
                               << "temperatures of 35 K ([−238 °C → −200 °C]) or less";
        QTest::newRow("Gy (Si)")
            << "A total dose of 5 × 103 Gy (Si), or higher"
            << "A total dose of 5 × 104 Gy (Si), or higher"
            << "A total dose of [5 × 103 Gy (Si) → 5 × 104 Gy (Si)], or higher";
        QTest::newRow("Gy (Si)/s") << "upset of 5 × 106 Gy (Si)/s, or"
                                   << "upset of 1 × 106 Gy (Si)/s, or"
                                   << "upset of [5 × 106 Gy (Si)/s → 1 × 106 Gy (Si)/s], or";
        QTest::newRow("W") << "output exceeding 50 W;"
                           << "output exceeding 100 W;"
                           << "output exceeding [50 W → 100 W];";
        QTest::newRow("dB") << "a gain of more than 17 dB;"
                            << "a gain of more than 20 dB;"
                            << "a gain of more than [17 dB → 20 dB];";
        QTest::newRow("decimal added") << "up to and including 12 GHz;"
                                       << "up to and including 12.5 GHz;"
                                       << "up to and including [12 GHz → 12.5 GHz];";
        QTest::newRow("exponent to decimal")
            << "A total dose of 5 × 103 Gy (Si), or"
            << "A total dose of 12.5 Gy (Si), or"
            << "A total dose of [5 × 103 Gy (Si) → 12.5 Gy (Si)], or";
        QTest::newRow("a word is no unit") << "Note 1 applies to"
                                           << "Note 12 applies to"
                                           << "Note [1 → 12] applies to";
    }
    void parameterChangesInTheListsUnitForms()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const auto readable = readableDiff(wordDiff(before, after));
        QCOMPARE(redlinePlain(readable), expected);
        QCOMPARE(rebuild(readable, true), before);
        QCOMPARE(rebuild(readable, false), after);
    }

    void changedPassagesOnlyKeepWordsAroundEachChange()
    {
        QStringList words;
        for (int i = 1; i <= 40; ++i)
            words << QStringLiteral("w%1").arg(i);
        const QString before = words.join(QLatin1Char(' '));
        QStringList changed = words;
        changed[19] = QStringLiteral("CHANGED");
        const auto passages =
            changedPassagesOnly(readableDiff(wordDiff(before, changed.join(QLatin1Char(' ')))), 3);
        QCOMPARE(redlinePlain(passages),
                 QStringLiteral("… w17 w18 w19 [-w20-]{+CHANGED+} w21 w22 w23 …"));
        // Two changes close together keep what lies between them; far apart, an ellipsis; one
        // word more than the context is shown rather than hidden.
        changed[21] = QStringLiteral("AGAIN");
        changed[35] = QStringLiteral("FAR");
        QCOMPARE(
            redlinePlain(changedPassagesOnly(
                readableDiff(wordDiff(before, changed.join(QLatin1Char(' ')))), 3)),
            QStringLiteral("… w17 w18 w19 [-w20-]{+CHANGED+} w21 [-w22-]{+AGAIN+} w23 w24 w25 … "
                           "w33 w34 w35 [-w36-]{+FAR+} w37 w38 w39 w40"));
        QVERIFY(changedPassagesOnly(wordDiff(before, before)).isEmpty());
    }

    void randomRoundTrips()
    {
        QRandomGenerator gen(7);
        for (int i = 0; i < 300; ++i) {
            const QString a = randomText(gen, gen.bounded(60));
            QString b = a;
            const int edits = gen.bounded(6);
            for (int e = 0; e < edits; ++e) {
                const int at = b.isEmpty() ? 0 : gen.bounded(static_cast<int>(b.size()));
                if (gen.bounded(2))
                    b.insert(at, randomText(gen, gen.bounded(4)) + QLatin1Char(' '));
                else
                    b.remove(at, gen.bounded(12));
            }
            const auto d = wordDiff(a, b);
            QCOMPARE(rebuild(d, true), a);
            QCOMPARE(rebuild(d, false), b);
            for (qsizetype s = 1; s < d.size(); ++s) {
                QVERIFY(d.at(s).op != d.at(s - 1).op);
                QVERIFY(!(d.at(s).op == DiffOp::Delete && d.at(s - 1).op == DiffOp::Insert));
            }
        }
    }

    // Long texts are anchored on words that occur once on each side before Myers runs: the
    // result still rebuilds both texts, and scattered replacements of distinct words cost
    // exactly the words replaced.
    void longTextsWithScatteredEdits()
    {
        QStringList words;
        for (int i = 0; i < 3000; ++i)
            words << (i % 5 == 0 ? QStringLiteral("the") : QStringLiteral("w%1").arg(i));
        const QString a = words.join(QLatin1Char(' '));
        int replaced = 0;
        for (int i = 3; i < words.size(); i += 7, ++replaced)
            words[i] = QStringLiteral("x%1").arg(i);
        words.insert(1500, QStringLiteral("inserted"));
        const QString b = words.join(QLatin1Char(' '));
        const auto d = wordDiff(a, b);
        QCOMPARE(rebuild(d, true), a);
        QCOMPARE(rebuild(d, false), b);
        const DiffCounts counts = countWords(d);
        QCOMPARE(counts.deletedWords, replaced);
        QCOMPARE(counts.insertedWords, replaced + 1);

        // No unique words at all (a three-word vocabulary): Myers alone, still exact.
        QRandomGenerator gen(11);
        QStringList few;
        for (int i = 0; i < 2000; ++i)
            few << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}.at(
                gen.bounded(3));
        const QString c = few.join(QLatin1Char(' '));
        few.removeAt(700);
        few.insert(1200, QStringLiteral("b"));
        const QString e = few.join(QLatin1Char(' '));
        const auto d2 = wordDiff(c, e);
        QCOMPARE(rebuild(d2, true), c);
        QCOMPARE(rebuild(d2, false), e);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
