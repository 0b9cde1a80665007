#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace paceline::test;

// paceline-cli import with the official formats: eCFR XML and list documents as PDF text.
class TestCliImporters : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString newDatabase(const char* name)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        if (runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code != 0)
            qFatal("init failed");
        return path;
    }

private slots:
    void usageNamesTheFormatsAndOptions()
    {
        const CliRun help = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        for (const char* word :
             {"ecfr-xml", "pdf-text", "--list-name", "--regime-name", "--edition"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
    }

    void malformedXmlExitsTwoWithLineAndColumn()
    {
        const QString db = newDatabase("malformed.sqlite");
        const QByteArray before = sha256OfFile(db);
        const QString file = fixture(QStringLiteral("ecfr/malformed.xml"));
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), file,
                                 QStringLiteral("--format"), QStringLiteral("ecfr-xml")});
        QCOMPARE(r.code, 2);
        const QRegularExpression place(QRegularExpression::escape(file) +
                                       QStringLiteral(":5:\\d+: malformed XML"));
        QVERIFY2(place.match(r.err).hasMatch(), qPrintable(r.err));
        QCOMPARE(sha256OfFile(db), before);
    }

    void ecfrXmlImportsWithLabelAndWarns()
    {
        const QString db = newDatabase("ecfr.sqlite");
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                 fixture(QStringLiteral("ecfr/ccl-small.xml")),
                                 QStringLiteral("--edition"), QStringLiteral("eCFR 2025-09-12")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("imported edition \"eCFR 2025-09-12\" of us-ccl")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("warning: ")) &&
                     r.err.contains(QStringLiteral("only 5 ECCN entries")),
                 qPrintable(r.err));
        const CliRun stats =
            runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        const QJsonArray editions = QJsonDocument::fromJson(stats.out.toUtf8())
                                        .object()
                                        .value(QLatin1String("editions"))
                                        .toArray();
        QCOMPARE(editions.size(), 1);
        QCOMPARE(editions.at(0)
                     .toObject()
                     .value(QLatin1String("nodes_by_kind"))
                     .toObject()
                     .value(QLatin1String("entry"))
                     .toInt(),
                 5);
    }

    void pdfTextWithListOptions()
    {
        const QString db = newDatabase("pdftext.sqlite");
        const QString file = fixture(QStringLiteral("pdf/wa-extract.txt"));
        const CliRun r = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--list"),
             QStringLiteral("wa-dul"), QStringLiteral("--list-name"),
             QStringLiteral("Dual-Use List"), QStringLiteral("--regime"), QStringLiteral("wa"),
             QStringLiteral("--regime-name"), QStringLiteral("Wassenaar Arrangement"),
             QStringLiteral("--edition"), QStringLiteral("WA-LIST (24) 1")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("imported edition \"WA-LIST (24) 1\" of wa-dul")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("warning: ") + file +
                                QStringLiteral(":6: sub-paragraph")),
                 qPrintable(r.err));
        const CliRun bad = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                   fixture(QStringLiteral("ecfr/no-entries.xml")),
                                   QStringLiteral("--format"), QStringLiteral("pdf-text")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("no list entry recognised")), qPrintable(bad.err));
    }

    void unknownOptionIsRefused()
    {
        const QString db = newDatabase("options.sqlite");
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                 fixture(QStringLiteral("ecfr/ccl-small.xml")),
                                 QStringLiteral("--lst"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImporters)
#include "tst_cli_importers.moc"
