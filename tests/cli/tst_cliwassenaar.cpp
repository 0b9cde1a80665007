#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace paceline::test;

// paceline-cli with the Wassenaar Secretariat's documents: a folder of Word chapter files, the
// files one by one, the official PDF; the diff between two editions; hostile documents.
class TestCliWassenaar : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_2012;
    QString m_2013;

    QString newDatabase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code != 0)
            qFatal("init failed");
        return path;
    }

    static void requireWordTool()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("wvWare")).isEmpty())
            QSKIP("wvWare (Debian package wv) is not installed: scripts/deps.sh installs it");
    }

    // A PDF of `pages` pages, with one line of text on each when `text` is set.
    QString writePdf(const QString& name, int pages, bool text)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            if (text)
                painter.drawText(200, 400, QStringLiteral("Page %1 of a long report").arg(i + 1));
            else
                painter.fillRect(200, 200, 2000, 1000, Qt::black);
        }
        painter.end();
        return path;
    }

private slots:
    void initTestCase()
    {
        m_2012 = sharedDataFile(QStringLiteral("wassenaar/WA-LIST-12-1-2012"));
        m_2013 = sharedDataFile(QStringLiteral("wassenaar/WA-LIST-13-1-2013"));
    }

    void helpNamesTheWassenaarFormats()
    {
        const CliRun help = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        for (const char* word : {"wa-doc", "wa-pdf", "folder"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
    }

    void diffNamesTheIntrusionSoftwareEntriesAndTerm()
    {
        PACELINE_REQUIRE_SHARED(m_2013);
        requireWordTool();
        const QString db = newDatabase(QStringLiteral("diff.sqlite"));
        const CliRun imported =
            runCli({QStringLiteral("--db"), db, QStringLiteral("import"), m_2012, m_2013});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(
            imported.out.contains(QStringLiteral("imported Wassenaar edition \"WA-LIST (13) 1\"")),
            qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("Category 4: 10 entries")),
                 qPrintable(imported.out));

        const CliRun diff =
            runCli({QStringLiteral("--db"), db, QStringLiteral("diff"), QStringLiteral("--list"),
                    QStringLiteral("wa-dual-use"), QStringLiteral("--from"),
                    QStringLiteral("WA-LIST (12) 1"), QStringLiteral("--to"),
                    QStringLiteral("WA-LIST (13) 1"), QStringLiteral("--json")});
        QCOMPARE(diff.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(diff.out.toUtf8()).object();
        const QJsonArray added = o.value(QLatin1String("added")).toArray();
        for (const char* code : {"4.A.5", "4.D.4", "4.E.1.c", "5.A.1.j"})
            QVERIFY2(added.contains(QLatin1String(code)), code);
        const QJsonArray terms =
            o.value(QLatin1String("terms")).toObject().value(QLatin1String("added")).toArray();
        QVERIFY2(terms.contains(QLatin1String("Intrusion software")),
                 qPrintable(QString::fromUtf8(QJsonDocument(terms).toJson())));

        const CliRun text = runCli({QStringLiteral("--db"), db, QStringLiteral("diff"),
                                    QStringLiteral("--list"), QStringLiteral("wa-dual-use"),
                                    QStringLiteral("--from"), QStringLiteral("WA-LIST (12) 1"),
                                    QStringLiteral("--to"), QStringLiteral("WA-LIST (13) 1")});
        QVERIFY2(text.out.contains(QStringLiteral("terms added: ")) &&
                     text.out.contains(QStringLiteral("\"Intrusion software\"")),
                 qPrintable(text.out));
    }

    void chapterFilesGivenOneByOneAreOneEdition()
    {
        PACELINE_REQUIRE_SHARED(m_2013);
        requireWordTool();
        const QString db = newDatabase(QStringLiteral("files.sqlite"));
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("import")};
        for (const QFileInfo& f :
             QDir(m_2013).entryInfoList({QStringLiteral("*.doc")}, QDir::Files, QDir::Name))
            args << f.filePath();
        QCOMPARE(args.size(), 3 + 18);
        const CliRun r = runCli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("imported Wassenaar edition")), 1);
        // The same edition again changes nothing and says so.
        const CliRun again = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), m_2013});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already present")), qPrintable(again.out));
    }

    void aDocThatIsNotOneChangesNothing()
    {
        requireWordTool();
        const QString db = newDatabase(QStringLiteral("fake.sqlite"));
        const QByteArray before = sha256OfFile(db);
        QDir().mkpath(m_dir.filePath(QStringLiteral("fake")));
        const QString fake = m_dir.filePath(QStringLiteral("fake/07 - WA-LIST (13) 1 - Cat 4.doc"));
        writeAll(fake, QByteArrayLiteral("This is plain text saved with a .doc name.\n"));
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                 m_dir.filePath(QStringLiteral("fake"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(fake) && r.err.contains(QStringLiteral("not a Word 97 document")),
                 qPrintable(r.err));
        QCOMPARE(sha256OfFile(db), before);
    }

    void aMissingWordToolIsNamed()
    {
        PACELINE_REQUIRE_SHARED(m_2013);
        const QString db = newDatabase(QStringLiteral("notool.sqlite"));
        const QByteArray before = sha256OfFile(db);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.path()); // no wvWare there
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PACELINE_CLI_PATH),
                {QStringLiteral("--db"), db, QStringLiteral("import"), m_2013});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(err.contains(QStringLiteral("wvWare")) && err.contains(QStringLiteral("\"wv\"")),
                 qPrintable(err));
        QCOMPARE(sha256OfFile(db), before);
    }

    void aPdfWithoutTextChangesNothing()
    {
        const QString db = newDatabase(QStringLiteral("scan.sqlite"));
        const QByteArray before = sha256OfFile(db);
        const QString pdf = writePdf(QStringLiteral("scan.pdf"), 2, false);
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), pdf,
                                 QStringLiteral("--format"), QStringLiteral("wa-pdf")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no text layer")), qPrintable(r.err));
        QCOMPARE(sha256OfFile(db), before);
    }

    void aLongPdfThatIsNoWassenaarListChangesNothing()
    {
        const QString db = newDatabase(QStringLiteral("long.sqlite"));
        const QByteArray before = sha256OfFile(db);
        const QString pdf = writePdf(QStringLiteral("long.pdf"), 2000, true);
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), pdf,
                                 QStringLiteral("--format"), QStringLiteral("wa-pdf")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(pdf) &&
                     r.err.contains(QStringLiteral("not a Wassenaar list document")),
                 qPrintable(r.err));
        QCOMPARE(sha256OfFile(db), before);
    }

    void officialPdfImportsBothLists()
    {
        const QString pdf = sharedDataFile(QStringLiteral("wassenaar/WA-LIST-25-1-Corr-2025.pdf"));
        PACELINE_REQUIRE_SHARED(pdf);
        const QString db = newDatabase(QStringLiteral("pdf.sqlite"));
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("wa-dual-use (")) &&
                     r.out.contains(QStringLiteral("wa-munitions (")),
                 qPrintable(r.out));
        const CliRun search = runCli({QStringLiteral("--db"), db, QStringLiteral("search"),
                                      QStringLiteral("4a5"), QStringLiteral("--json")});
        QCOMPARE(search.code, 0);
        QVERIFY2(search.out.contains(QStringLiteral("\"4.A.5\"")), qPrintable(search.out));
    }
};

QTEST_MAIN(TestCliWassenaar)
#include "tst_cliwassenaar.moc"
