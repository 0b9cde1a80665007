#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace paceline::test;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must choose offscreen by itself
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PACELINE_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("paceline-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliCase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo")})
                .code,
            0);
    }

    void listsCasesAsTextAndJson()
    {
        const Run text =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("list")});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(QLatin1Char('\n')), 3);
        QVERIFY(text.out.contains(QStringLiteral("4.D.4")));
        const Run json = cli({QStringLiteral("--db"), m_db, QStringLiteral("case"),
                              QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray arr = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(arr.size(), 3);
        QVERIFY(!arr.first().toObject().value(QStringLiteral("uuid")).toString().isEmpty());
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
        QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<html>");
        QTest::newRow("md") << QStringLiteral("md") << QByteArray("# ");
        QTest::newRow("akn") << QStringLiteral("akn") << QByteArray("<?xml");
    }
    void exportsEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString out = m_dir.filePath(QStringLiteral("case1.") + format);
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("case"),
                           QStringLiteral("export"), QStringLiteral("1"),
                           QStringLiteral("--format"), format, QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(out).startsWith(magic));
        if (format == QLatin1String("md")) {
            const QString md = QString::fromUtf8(readAll(out));
            QVERIFY(md.contains(QStringLiteral("{+")));
            QVERIFY(md.contains(QStringLiteral("Foreign availability")));
        }
        if (format == QLatin1String("akn"))
            QVERIFY(readAll(out).contains("<amendmentBody>"));
    }

    void exportsByTheUuidOnTheDocument()
    {
        const Run json = cli({QStringLiteral("--db"), m_db, QStringLiteral("case"),
                              QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject first =
            QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
        const QString uuid = first.value(QStringLiteral("uuid")).toString();
        const QString out = m_dir.filePath(QStringLiteral("by-uuid.md"));
        const Run r =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("export"),
                 QLatin1Char('{') + uuid.toUpper() + QLatin1Char('}'), QStringLiteral("--format"),
                 QStringLiteral("md"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(first.value(QStringLiteral("title")).toString()));
        const Run unknown =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("export"),
                 QStringLiteral("not-a-case"), QStringLiteral("--format"), QStringLiteral("md"),
                 QStringLiteral("--out"), out + QStringLiteral(".x")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("neither a case ID nor the UUID")));
    }

    void bundleImportsAndRefusesDamage()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("cases.bundle.json"));
        const Run b =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("bundle"),
                 QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--out"), bundle});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const QString other = m_dir.filePath(QStringLiteral("reviewer.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), other, QStringLiteral("init")}).code, 0);
        const Run imp = cli({QStringLiteral("--db"), other, QStringLiteral("case"),
                             QStringLiteral("import"), bundle});
        QVERIFY2(imp.code == 0, qPrintable(imp.err));
        QCOMPARE(imp.out.count(QStringLiteral("new case")), 2);
        const Run again = cli({QStringLiteral("--db"), other, QStringLiteral("case"),
                               QStringLiteral("import"), bundle});
        QCOMPARE(again.out.count(QStringLiteral("text unchanged")), 2);

        QByteArray bytes = readAll(bundle);
        const QString cut = m_dir.filePath(QStringLiteral("cut.json"));
        writeAll(cut, bytes.left(bytes.size() - 200));
        const Run truncated = cli(
            {QStringLiteral("--db"), other, QStringLiteral("case"), QStringLiteral("import"), cut});
        QCOMPARE(truncated.code, 2);
        QVERIFY(truncated.err.contains(QStringLiteral("truncated")));
        QVERIFY(truncated.err.contains(cut));
        const QString edited = m_dir.filePath(QStringLiteral("edited.json"));
        bytes.replace("intrusion", "Intrusion");
        writeAll(edited, bytes);
        const Run tampered = cli({QStringLiteral("--db"), other, QStringLiteral("case"),
                                  QStringLiteral("import"), edited});
        QCOMPARE(tampered.code, 2);
        QVERIFY(tampered.err.contains(QStringLiteral("content hash")));
    }

    void refusesBadRequests()
    {
        const Run noId =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("export"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.md"))});
        QCOMPARE(noId.code, 2);
        QVERIFY(noId.err.contains(QStringLiteral("case ID")));
        const Run badFormat =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("export"),
                 QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("rtf"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.rtf"))});
        QCOMPARE(badFormat.code, 2);
        QVERIFY(badFormat.err.contains(QStringLiteral("rtf")));
        const Run missing =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("export"),
                 QStringLiteral("99"), QStringLiteral("--format"), QStringLiteral("md"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.md"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("no case with id 99")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("y.md"))));
    }
};

QTEST_GUILESS_MAIN(TestCliCase)
#include "tst_clicase.moc"
