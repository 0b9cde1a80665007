#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace paceline::test;

namespace {

// pandoc's reading of a DOCX with every tracked change kept, as its JSON AST text.
QByteArray pandocJson(const QString& path, QString& error)
{
    QProcess p;
    p.start(QStringLiteral("pandoc"),
            {QStringLiteral("--track-changes=all"), QStringLiteral("-f"), QStringLiteral("docx"),
             QStringLiteral("-t"), QStringLiteral("json"), path});
    p.waitForFinished(120000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        error = QString::fromUtf8(p.readAllStandardError());
    return p.readAllStandardOutput();
}

} // namespace

// paceline-cli case export --format docx [--two-column]; the content is checked in depth by
// tst_docxproposal, this checks what the command line adds.
class TestCliDocx : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QJsonObject m_case;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty())
            QSKIP("pandoc is not installed (scripts/deps.sh installs it): the exported DOCX is "
                  "read back with pandoc, so this test is skipped");
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun init = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const CliRun list = runCli({QStringLiteral("--db"), m_db, QStringLiteral("case"),
                                    QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        m_case = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        QVERIFY(!m_case.isEmpty());
    }

    void exportsTrackedChangesPandocReads_data()
    {
        QTest::addColumn<bool>("twoColumn");
        QTest::newRow("tracked text") << false;
        QTest::newRow("two columns") << true;
    }
    void exportsTrackedChangesPandocReads()
    {
        QFETCH(bool, twoColumn);
        const QString id = QString::number(m_case.value(QStringLiteral("id")).toInteger());
        const QString out = m_dir.filePath(QStringLiteral("case-%1.docx").arg(twoColumn));
        QStringList args{QStringLiteral("--db"),
                         m_db,
                         QStringLiteral("case"),
                         QStringLiteral("export"),
                         id,
                         QStringLiteral("--format"),
                         QStringLiteral("docx"),
                         QStringLiteral("--out"),
                         out};
        if (twoColumn)
            args << QStringLiteral("--two-column");
        const CliRun r = runCli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(out));
        QVERIFY(readAll(out).startsWith("PK"));

        QString error;
        const QByteArray json = pandocJson(out, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString text = QString::fromUtf8(json);
        QVERIFY2(text.contains(QStringLiteral("\"insertion\"")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("[\"author\",\"%1\"]")
                                  .arg(m_case.value(QStringLiteral("author")).toString())));
        QVERIFY(text.contains(QStringLiteral("\"comment-start\"")));
        QCOMPARE(text.contains(QStringLiteral("\"t\":\"Table\"")), twoColumn);
        QVERIFY(text.contains(
            m_case.value(QStringLiteral("title")).toString().split(QLatin1Char(' ')).first()));
    }

    void unknownFormatNamesDocx()
    {
        const CliRun r =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("export"),
                    QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("doc"),
                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.doc"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("docx")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.doc"))));
    }
};

QTEST_GUILESS_MAIN(TestCliDocx)
#include "tst_clidocx.moc"
