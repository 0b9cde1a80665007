#include "TestSupport.h"

#include "lists/ListJsonReader.h"
#include "text/ReadableDiff.h"
#include "text/Redline.h"
#include "text/WordDiff.h"

#include <QRegularExpression>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// The readable redline on the real Commerce Control List (../shared/data): its entries
// rewritten the ways drafters rewrite them, and its parameters changed in every unit form the
// list uses.
class TestRedlineRealData : public QObject {
    Q_OBJECT
private:
    QStringList m_texts;               // title and text of every node, as a case quotes them
    QHash<QString, QString> m_entries; // an entry with all its items and notes, by entry code

    static QString rebuild(const QList<DiffSegment>& d, bool before)
    {
        QString s;
        for (const DiffSegment& seg : d)
            if (seg.op == DiffOp::Equal || seg.op == (before ? DiffOp::Delete : DiffOp::Insert))
                s += seg.text;
        return s;
    }

    // Changes are runs of deletions and insertions between unchanged text.
    static int changeCount(const QList<DiffSegment>& d)
    {
        int changes = 0;
        for (qsizetype i = 0; i < d.size(); ++i)
            if (d.at(i).op != DiffOp::Equal && (i == 0 || d.at(i - 1).op == DiffOp::Equal))
                ++changes;
        return changes;
    }

    static QStringList sentences(const QString& text)
    {
        static const QRegularExpression end(QStringLiteral("(?<=[.;:])\\s+(?=[A-Z(\"'])"));
        return text.split(end);
    }

    static int words(const QString& s)
    {
        return static_cast<int>(s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }

private slots:
    void initTestCase()
    {
        const QString path = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(path);
        auto doc = readListJsonFile(path);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        for (const ListNode& n : doc->nodes) {
            const QString t = (n.title + QLatin1Char('\n') + n.text).trimmed();
            if (t.isEmpty())
                continue;
            m_texts << t;
            // "3A001.b.4~2" belongs to entry 3A001.
            const QString entry =
                n.code.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('~'), 0, 0);
            QString& whole = m_entries[entry];
            whole += (whole.isEmpty() ? QString() : QStringLiteral("\n")) + t;
        }
        QVERIFY(m_texts.size() > 6000);
    }

    // One sentence of an entry replaced by another wording (a real sentence from elsewhere in
    // the list, of about the same length, sharing its "the", "of" and "or"): the redline shows
    // one deletion and one insertion, and the sentences around it stay unchanged text.
    void rewrittenSentenceReadsAsOneChange()
    {
        QStringList pool;
        for (const QString& t : std::as_const(m_texts))
            for (const QString& s : sentences(t))
                if (words(s) >= 8 && words(s) <= 40)
                    pool << s;
        QVERIFY(pool.size() > 500);
        int tried = 0;
        QStringList failures;
        for (qsizetype k = 0; k < m_texts.size(); ++k) {
            const QStringList parts = sentences(m_texts.at(k));
            if (parts.size() < 3)
                continue;
            const qsizetype at = parts.size() / 2;
            const QString old = parts.at(at);
            if (words(old) < 8 || words(old) > 40)
                continue;
            // The first sentence in the pool of about the same length, from elsewhere.
            QString replacement;
            for (qsizetype p = (k * 7919) % pool.size(), n = 0; n < pool.size();
                 p = (p + 1) % pool.size(), ++n)
                if (qAbs(words(pool.at(p)) - words(old)) * 4 <= words(old) && pool.at(p) != old &&
                    !m_texts.at(k).contains(pool.at(p))) {
                    replacement = pool.at(p);
                    break;
                }
            if (replacement.isEmpty())
                continue;
            const QString before = m_texts.at(k);
            QString after = before;
            after.replace(after.indexOf(old), old.size(), replacement);
            const auto readable = readableDiff(wordDiff(before, after));
            ++tried;
            QCOMPARE(rebuild(readable, true), before);
            QCOMPARE(rebuild(readable, false), after);
            // The unchanged sentences around the rewrite are still unchanged text.
            const QString firstSentence = parts.first();
            const QString lastSentence = parts.last();
            const bool keepsNeighbours = readable.first().op == DiffOp::Equal &&
                                         readable.first().text.startsWith(firstSentence.left(40)) &&
                                         readable.last().op == DiffOp::Equal &&
                                         readable.last().text.endsWith(lastSentence.right(20));
            if (changeCount(readable) != 1 || !keepsNeighbours)
                failures << redlinePlain(readable);
        }
        qInfo("%d rewritten sentences, %lld read as more than one change", tried,
              static_cast<long long>(failures.size()));
        QVERIFY(tried >= 90);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 3).join(QStringLiteral("\n\n"))));
    }

    // Every number with a unit in the list, changed three ways (last digit, first digit, the
    // whole value): the redline reads [old unit → new unit] and nothing else changed.
    void parameterChangesInEveryUnitForm_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("atLeast"); // occurrences in the 2025 list
        QTest::newRow("GHz") << QStringLiteral("GHz") << 100;
        QTest::newRow("Gbit/s") << QStringLiteral("Gbit/s") << 1;
        QTest::newRow("nm") << QStringLiteral("nm") << 100;
        QTest::newRow("K") << QStringLiteral("K") << 50;
        QTest::newRow("°C") << QStringLiteral("°C") << 50;
        QTest::newRow("Gy (Si)") << QStringLiteral("Gy (Si)") << 3;
        QTest::newRow("W") << QStringLiteral("W") << 30;
        QTest::newRow("dB") << QStringLiteral("dB") << 20;
    }
    void parameterChangesInEveryUnitForm()
    {
        QFETCH(QString, unit);
        QFETCH(int, atLeast);
        // The value as the list writes it: "1,573", "6.4", "−238", "5 × 103" (10³ flattened).
        const QRegularExpression value(
            QStringLiteral("(?<![\\w.,−-])((?:(?<=[\\s(])[−-])?\\d+(?:[.,]\\d+)*(?: × \\d+)?) ") +
            QRegularExpression::escape(unit) + QStringLiteral("(?=[\\s.,;:)]|$)"));
        int found = 0;
        QStringList failures;
        for (const QString& text : std::as_const(m_texts)) {
            for (auto it = value.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString old = m.captured(1);
                ++found;
                const qsizetype lastDigit = old.size() - 1;
                qsizetype firstDigit = 0;
                while (!old.at(firstDigit).isDigit())
                    ++firstDigit;
                auto bump = [](QChar c) {
                    return QChar(u'0' + (c.digitValue() + 1) % 10);
                };
                QString lastChanged = old;
                lastChanged[lastDigit] = bump(old.at(lastDigit));
                QString firstChanged = old;
                firstChanged[firstDigit] = old.at(firstDigit) == QLatin1Char('9')
                                               ? QLatin1Char('8')
                                               : bump(old.at(firstDigit));
                for (const QString& now : {lastChanged, firstChanged, QStringLiteral("12.5")}) {
                    if (now == old)
                        continue;
                    QString after = text;
                    after.replace(m.capturedStart(1), old.size(), now);
                    const auto readable = readableDiff(wordDiff(text, after));
                    const QString redline = redlinePlain(readable);
                    // The unit may carry the list's qualifier: "1 nm (rms)", "Gy (Si)/s".
                    const QRegularExpression expected(
                        QStringLiteral(
                            "\\[%1 %3((?: \\([A-Za-z]+\\))?(?:/[A-Za-z]+)?) → %2 %3\\1\\]")
                            .arg(QRegularExpression::escape(old), QRegularExpression::escape(now),
                                 QRegularExpression::escape(unit)));
                    if (!expected.match(redline).hasMatch() || changeCount(readable) != 1)
                        failures << QStringLiteral("%1 → %2: %3")
                                        .arg(old, now,
                                             redline.mid(qMax<qsizetype>(0, m.capturedStart() - 40),
                                                         m.capturedLength() + 90));
                }
            }
        }
        qInfo("%s: %d values, %lld redlines without [old → new]", qPrintable(unit), found,
              static_cast<long long>(failures.size()));
        QVERIFY2(found >= atLeast, qPrintable(QString::number(found)));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QStringLiteral("\n"))));
    }

    // A long real entry (all its items and notes) with one changed parameter and one added
    // sentence: the changed passages alone read in a few lines and still carry both.
    void changedPassagesOfALongEntry()
    {
        QString longest;
        for (const QString& t : std::as_const(m_entries))
            if (t.contains(QStringLiteral(" GHz")) && t.size() > longest.size())
                longest = t;
        QVERIFY(words(longest) > 1000);
        static const QRegularExpression ghz(QStringLiteral("(?<![\\w.,])(\\d+(?:[.,]\\d+)*) GHz"));
        const QRegularExpressionMatch m = ghz.match(longest);
        QVERIFY(m.hasMatch());
        QString after = longest;
        after.replace(m.capturedStart(1), m.capturedLength(1), QStringLiteral("77"));
        after += QStringLiteral(" This entry does not apply to equipment for research.");
        const auto readable = readableDiff(wordDiff(longest, after));
        QCOMPARE(changeCount(readable), 2);
        const QString passages = redlinePlain(changedPassagesOnly(readable));
        QVERIFY2(passages.contains(QStringLiteral("[%1 GHz → 77 GHz]").arg(m.captured(1))),
                 qPrintable(passages));
        static const QRegularExpression added(
            QStringLiteral("\\{\\+[^+]*This entry does not apply to equipment for research"));
        QVERIFY2(added.match(passages).hasMatch(), qPrintable(passages));
        QVERIFY2(words(passages) < 60, qPrintable(passages));
    }
};

QTEST_MAIN(TestRedlineRealData)
#include "tst_redlinerealdata.moc"
