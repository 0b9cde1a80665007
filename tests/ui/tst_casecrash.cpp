#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "cases/CaseStore.h"
#include "storage/Database.h"

#include <QProcess>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// The app is killed in the middle of typing: the database must open clean (quick_check,
// audit chain) and hold the text of the last autosave, which is at most ~2 s old.
class TestCaseCrash : public QObject {
    Q_OBJECT
private slots:
    void killedMidEditKeepsTheLastAutosave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        qint64 id = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            CaseRecord c;
            c.title = QStringLiteral("Crash me");
            c.author = QStringLiteral("tester");
            id = CaseStore(**db).create(c, c.author).value();
        }
        const QString script = QStringLiteral("the quick brown fox jumps over the lazy dog ");
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(PACELINE_CASE_CHILD), {path, QString::number(id), script});
        QVERIFY2(child.waitForStarted(20000), qPrintable(child.errorString()));
        int lastSaved = -1;
        int saves = 0;
        QByteArray pending;
        while (saves < 3) {
            QVERIFY2(child.waitForReadyRead(30000), "the child printed nothing for 30 s");
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl).trimmed();
                pending.remove(0, nl + 1);
                if (line.startsWith("SAVED ")) {
                    lastSaved = line.mid(6).toInt();
                    ++saves;
                }
            }
        }
        QTest::qWait(700); // typing goes on past the last save; kill in the middle of it
        child.kill();
        QVERIFY(child.waitForFinished(20000));
        pending += child.readAllStandardOutput();
        for (const QByteArray& line : pending.split('\n'))
            if (line.startsWith("SAVED "))
                lastSaved = line.mid(6).trimmed().toInt();

        auto db = Database::open(path); // integrity check on open
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        auto c = CaseStore(**db).load(id);
        QVERIFY(c);
        const QString text = c->proposedText;
        QVERIFY2(text.size() >= lastSaved,
                 qPrintable(QStringLiteral("%1 < %2").arg(text.size()).arg(lastSaved)));
        QVERIFY(text.size() > 0);
        QString expected;
        while (expected.size() < text.size())
            expected += script;
        QCOMPARE(text, expected.left(text.size()));
        auto chain = AuditLog(**db).verify();
        QVERIFY(chain);
        QVERIFY2(!chain->firstBrokenRow, qPrintable(chain->problem));
    }
};

QTEST_GUILESS_MAIN(TestCaseCrash)
#include "tst_casecrash.moc"
