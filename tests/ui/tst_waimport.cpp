#include "TestSupport.h"

#include "io/wassenaar/WordDocReader.h"
#include "session/DatabaseSession.h"
#include "session/ImportController.h"
#include "stats/DatabaseStats.h"

#include <QDir>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// File ▸ Import… and File ▸ Import Wassenaar Edition Folder… on the worker the GUI uses: a
// folder or the chapter files of one edition make one edition of both Wassenaar lists; Cancel
// leaves the database as it was.
class TestWaImport : public QObject {
    Q_OBJECT
private:
    QString m_folder;

    static int editions(DatabaseSession& s)
    {
        return static_cast<int>(collectStats(*s.database())->editions.size());
    }

private slots:
    void initTestCase()
    {
        m_folder = sharedDataFile(QStringLiteral("wassenaar/WA-LIST-13-1-2013"));
        PACELINE_REQUIRE_SHARED(m_folder);
        if (auto available = WordDocReader::checkAvailable(); !available)
            QSKIP(qPrintable(available.error().message));
    }

    void folderImportsBothLists()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        QVERIFY(session.open(dir.filePath(QStringLiteral("a.sqlite")), false).ok());
        QList<int> seen;
        auto result = runImport(session.path(), {m_folder}, ImportFormat::WaDoc, [&](int p) {
            if (p >= 0)
                seen << p;
            return true;
        });
        QVERIFY2(!result.error, result.error ? qPrintable(result.error->toString()) : "");
        QCOMPARE(editions(session), 2);
        QVERIFY2(result.summaries.join(QLatin1Char('\n')).contains(QLatin1String("Category 4:")),
                 qPrintable(result.summaries.join(QLatin1Char('\n'))));
        // Progress moves chapter by chapter, not in one jump at the end.
        QVERIFY2(seen.size() >= 10, qPrintable(QString::number(seen.size())));
    }

    void filesChosenTogetherAreOneEdition()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        QVERIFY(session.open(dir.filePath(QStringLiteral("b.sqlite")), false).ok());
        QStringList files;
        for (const QFileInfo& f :
             QDir(m_folder).entryInfoList({QStringLiteral("*.doc")}, QDir::Files, QDir::Name))
            files << f.filePath();
        auto result =
            runImport(session.path(), files, ImportFormat::Auto, [](int) { return true; });
        QVERIFY2(!result.error, result.error ? qPrintable(result.error->toString()) : "");
        QCOMPARE(result.summaries.size(), 1);
        QCOMPARE(editions(session), 2);
    }

    void cancelChangesNothing()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        QVERIFY(session.open(dir.filePath(QStringLiteral("c.sqlite")), false).ok());
        int polls = 0;
        auto result = runImport(session.path(), {m_folder}, ImportFormat::WaDoc,
                                [&](int) { return ++polls < 4; });
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, Error::Kind::Cancelled);
        QCOMPARE(editions(session), 0);
    }
};

QTEST_MAIN(TestWaImport)
#include "tst_waimport.moc"
