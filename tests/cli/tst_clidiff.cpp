#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace paceline::test;

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    out.sort();
    return out;
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCliDiff : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList diffArgs(const char* from, const char* to) const
    {
        return {QStringLiteral("--db"),     m_db,
                QStringLiteral("diff"),     QStringLiteral("--list"),
                QStringLiteral("test-dul"), QStringLiteral("--from"),
                QLatin1String(from),        QStringLiteral("--to"),
                QLatin1String(to)};
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("diff.sqlite"));
        const CliRun import = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                      fixture(QStringLiteral("editions/edition-a.paceline.json")),
                                      fixture(QStringLiteral("editions/edition-b.paceline.json"))});
        QVERIFY2(import.code == 0, qPrintable(import.err));
    }

    void jsonListsCodesAndCounts()
    {
        const CliRun r = runCli(diffArgs("Edition A", "Edition B") << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(strings(o.value(QLatin1String("added"))),
                 words("2 2.B 4.A.5 4.A.5.a 4.D.4 5.A.1.j"));
        QCOMPARE(strings(o.value(QLatin1String("removed"))), words("1.A.1.b 3 3.A 3.A.1"));
        QCOMPARE(strings(o.value(QLatin1String("changed"))),
                 words("1.A.1 1.C.1 4.A.1 4.A.3 5.A.2"));
        const QJsonObject totals = o.value(QLatin1String("totals")).toObject();
        QCOMPARE(totals.value(QLatin1String("added")).toInt(), 6);
        QCOMPARE(totals.value(QLatin1String("removed")).toInt(), 4);
        QCOMPARE(totals.value(QLatin1String("changed")).toInt(), 5);
        const QJsonArray categories = o.value(QLatin1String("categories")).toArray();
        QCOMPARE(categories.size(), 5);
        const QJsonObject four = categories.at(3).toObject();
        QCOMPARE(four.value(QLatin1String("category")).toString(), QStringLiteral("4"));
        QCOMPARE(four.value(QLatin1String("added")).toInt(), 3);
        QCOMPARE(four.value(QLatin1String("changed")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("ignore_typography")).toBool(), false);
    }

    void ignoreTypographyAndText()
    {
        const CliRun r =
            runCli(diffArgs("Edition A", "Edition B") << QStringLiteral("--ignore-typography"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("total: 6 added, 4 removed, 3 changed")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("changed: 1.A.1 4.A.1 5.A.2")));
        QVERIFY(r.out.contains(QStringLiteral("(typography ignored)")));
    }

    void badInputExitsTwo()
    {
        const CliRun unknownEdition = runCli(diffArgs("Edition A", "Edition Z"));
        QCOMPARE(unknownEdition.code, 2);
        QVERIFY2(unknownEdition.err.contains(
                     QStringLiteral("no edition \"Edition Z\" of list \"test-dul\"")),
                 qPrintable(unknownEdition.err));
        const CliRun missing = runCli({QStringLiteral("--db"), m_db, QStringLiteral("diff"),
                                       QStringLiteral("--list"), QStringLiteral("test-dul")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("--from")));
        const CliRun unknownOption =
            runCli(diffArgs("Edition A", "Edition B") << QStringLiteral("--fast"));
        QCOMPARE(unknownOption.code, 2);
        const CliRun noDb =
            runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                    QStringLiteral("diff"), QStringLiteral("--list"), QStringLiteral("x"),
                    QStringLiteral("--from"), QStringLiteral("a"), QStringLiteral("--to"),
                    QStringLiteral("b")});
        QCOMPARE(noDb.code, 2);
        const CliRun help = runCli({QStringLiteral("diff"), QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("diff --list KEY --from LABEL --to LABEL")));
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
