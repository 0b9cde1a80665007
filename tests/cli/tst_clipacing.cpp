#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace paceline::test;

// paceline-cli pacing on the demo dataset: its Wassenaar list has two editions (2012 and
// 2023), the EU list one (2023), and the demo timeline dates the 2013 and 2019 plenaries and
// the EU's 2014 and 2020 list updates.
class TestCliPacing : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject row(const QJsonObject& table, const char* code)
    {
        for (const QJsonValue& r : table.value(QLatin1String("changes")).toArray())
            if (r.toObject().value(QLatin1String("code")).toString() == QLatin1String(code))
                return r.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const CliRun init = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(init.code, 0);
    }

    void jsonHasTheTable()
    {
        const CliRun run = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("pacing"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QJsonParseError error;
        const QJsonObject table = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(
            table.value(QLatin1String("regime")).toObject().value(QLatin1String("list")).toString(),
            QStringLiteral("wa-dul"));
        const QJsonArray lists = table.value(QLatin1String("lists")).toArray();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists[0].toObject().value(QLatin1String("list")).toString(),
                 QStringLiteral("eu-annex-i"));

        const QJsonObject added = row(table, "4.A.5");
        QCOMPARE(added.value(QLatin1String("change")).toString(), QStringLiteral("added"));
        QCOMPARE(added.value(QLatin1String("regime_event")).toString(), QStringLiteral("CE-019"));
        QCOMPARE(added.value(QLatin1String("regime_date"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("2013-12-04"));
        const QJsonObject eu = added.value(QLatin1String("lists")).toArray()[0].toObject();
        QCOMPARE(eu.value(QLatin1String("evidence")).toString(), QStringLiteral("timeline event"));
        QCOMPARE(eu.value(QLatin1String("event")).toString(), QStringLiteral("CE-020"));
        QCOMPARE(eu.value(QLatin1String("lag")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("0.9 y"));
        // The demo's EU text is a summary of its own: the wording differs, and the table says so.
        QCOMPARE(eu.value(QLatin1String("status")).toString(),
                 QStringLiteral("implemented differently"));
        QVERIFY(!eu.value(QLatin1String("national_text")).toString().isEmpty());

        // A change no event dates rests on the editions: by the EU's 2023 edition.
        const QJsonObject changed = row(table, "4.A.3");
        QCOMPARE(changed.value(QLatin1String("regime_evidence")).toString(),
                 QStringLiteral("edition"));
        const QJsonObject euChanged = changed.value(QLatin1String("lists")).toArray()[0].toObject();
        QCOMPARE(euChanged.value(QLatin1String("date"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("by 2023-09-30"));
        QVERIFY(euChanged.value(QLatin1String("lag"))
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .startsWith(QStringLiteral("\u2264 ")));
    }

    void textNamesEachListAndTheNotes()
    {
        const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("pacing")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("eu-annex-i: median")));
        QVERIFY(run.out.contains(QLatin1String("4.A.5 added, 2013-12-04 (CE-019)")));
        QVERIFY(run.out.contains(QLatin1String("Note: An edition's date is an upper bound")));
    }

    void unknownListIsBadInput()
    {
        const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("pacing"),
                                   QStringLiteral("--regime-list"), QStringLiteral("nope")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("no list \"nope\"")), qPrintable(run.err));
    }

    void emptyDatabaseSaysWhatIsMissing()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), empty, QStringLiteral("init")}).code, 0);
        const CliRun run = runCli({QStringLiteral("--db"), empty, QStringLiteral("pacing")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("two dated editions")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPacing)
#include "tst_clipacing.moc"
