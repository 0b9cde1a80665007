#include "TestSupport.h"

#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "timeline/CsvReader.h"
#include "timeline/TimelineCsvImporter.h"
#include "timeline/TimelineStore.h"
#include "util/UrlPolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// A named constant of the program (`const char kLookupSql[] = "SELECT ...";`) is a literal too.
bool isSqlConstant(const QString& arg, const QString& fileText)
{
    static const QRegularExpression name(QStringLiteral("^k[A-Z]\\w*$"));
    return name.match(arg).hasMatch() &&
           fileText.contains(
               QRegularExpression(QStringLiteral("const char %1\\[\\] =\\s*\"").arg(arg)));
}

// The arguments of the call whose '(' is at `open`, split at top-level commas (parentheses,
// braces and string literals respected).
QStringList callArguments(const QString& text, qsizetype open)
{
    QStringList args;
    QString current;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            current += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                current += text.at(++i);
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('(') || c == QLatin1Char('{'))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char('}')) && depth-- == 0)
            break;
        if (c == QLatin1Char(',') && depth == 0) {
            args << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    args << current.trimmed();
    return args;
}

// A team (PostgreSQL) call is exec(step, sql, values) or script(step, sql): the statement is
// the second argument and must be a literal, a named literal or a script of literals.
QStringList teamOffenders(const QString& fileName, const QString& text)
{
    static const QRegularExpression call(QStringLiteral("\\b(exec|script)\\("));
    QStringList offenders;
    auto m = call.globalMatch(text);
    while (m.hasNext()) {
        const auto match = m.next();
        const QStringList args = callArguments(text, match.capturedEnd() - 1);
        if (args.size() < 2 || args.value(0).startsWith(QLatin1String("const QString&")))
            continue; // the declaration itself, or a call that is not a statement's
        const QString sql = args.value(1);
        if (sql.startsWith(QLatin1Char('"')) || sql == QLatin1String("sql") ||
            sql == QLatin1String("script()") || isSqlConstant(sql, text))
            continue;
        offenders << QStringLiteral("%1: %2(%3)")
                         .arg(fileName, match.captured(1), args.join(QStringLiteral(", ")));
    }
    return offenders;
}

const QString kHostile = QStringLiteral(
    "<img src=x onerror=alert(1)><a href=\"file:///etc/passwd\">x</a><script>alert(2)</script>");
} // namespace

// Files are untrusted: size limits, nesting limits, markup kept as plain text, safe links.
class TestHostile : public QObject {
    Q_OBJECT
private slots:
    void hugeFilesAreRefusedBeforeReading()
    {
        QTemporaryDir dir;
        for (const char* name : {"huge.paceline.json", "huge.csv"}) {
            const QString path = dir.filePath(QLatin1String(name));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(2LL * 1024 * 1024 * 1024)); // sparse: 2 GB on paper, nothing on disk
            f.close();
            TempDatabase t;
            const bool json = path.endsWith(QLatin1String(".json"));
            const Error e =
                json ? readListJsonFile(path).error() : importTimelineCsvFile(*t.db, path).error();
            QCOMPARE(e.kind, Error::Kind::BadInput);
            QCOMPARE(e.place, path);
            QVERIFY2(e.message.contains(QStringLiteral("larger than the")), qPrintable(e.message));
        }
    }

    void deepNestingIsRefused()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        auto doc = readListJson(deep, QStringLiteral("deep.json"));
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.contains(QStringLiteral("invalid JSON")),
                 qPrintable(doc.error().toString()));
        QVERIFY(doc.error().place.startsWith(QStringLiteral("deep.json:1:")));
    }

    void markupInEveryListFieldIsStoredAsText()
    {
        QJsonObject root =
            QJsonDocument::fromJson(readAll(fixture(QStringLiteral("lists/small.paceline.json"))))
                .object();
        const QByteArray json = QJsonDocument(root)
                                    .toJson()
                                    .replace("Computers", kHostile.toHtmlEscaped().toUtf8())
                                    .replace("Test List", "<script>x</script>");
        auto doc = readListJson(json, QStringLiteral("h.json"));
        QVERIFY(doc);
        TempDatabase t;
        auto imported = ListStore(*t.db).importDocument(doc.value());
        QVERIFY(imported);
        auto loaded = ListStore(*t.db).loadEdition(imported->edition.id);
        QCOMPARE(loaded->listName, QStringLiteral("<script>x</script>"));
        QCOMPARE(loaded->nodes.first().title,
                 kHostile.toHtmlEscaped()); // not decoded, not interpreted
    }

    void markupInCsvFieldsIsStoredAsText()
    {
        TempDatabase t;
        const QByteArray csv =
            "event_id,date,date_precision,regime,event_type,entry_codes,technology_label,"
            "description,source_url,source_url_2,confidence,notes\n"
            "CE-1,2013,year,\"<b>WA</b>\",\"<script>\",,t,\"" +
            kHostile.toUtf8().replace("\"", "\"\"") + "\",,,high,<img src=y>\n";
        auto r = importTimelineCsv(*t.db, csv, QStringLiteral("h.csv"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        auto events = TimelineStore(*t.db).events();
        QCOMPARE(events->first().description, kHostile);
        QCOMPARE(events->first().regime, QStringLiteral("<b>WA</b>"));
        QCOMPARE(events->first().notes, QStringLiteral("<img src=y>"));
    }

    void onlyHttpLinksMayOpen_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://www.wassenaar.org/control-lists/" << true;
        QTest::newRow("http") << "http://mtcr.info/en/mtcr-guidelines" << true;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << false;
        QTest::newRow("smb") << "smb://server/share" << false;
        QTest::newRow("no host") << "https:///path" << false;
        QTest::newRow("relative") << "/etc/passwd" << false;
        QTest::newRow("credentials") << "https://user:pw@example.org/" << false;
    }
    void onlyHttpLinksMayOpen()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isOpenableExternalUrl(QUrl(url)), allowed);
    }

    void noSqlIsBuiltFromData()
    {
        // Every prepare() and exec() in core takes a string literal; values are bound. This
        // scans the sources so that a concatenated statement cannot slip in unnoticed; the
        // team database's calls name their step first and the statement second.
        const QString root = QStringLiteral(PACELINE_FIXTURES_DIR "/../../core");
        QDirIterator it(root, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        const QRegularExpression call(
            QStringLiteral("\\b(prepare|exec)\\(\\s*([^\"\\s)][^)]*)\\)"));
        QStringList offenders;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = QString::fromUtf8(readAll(path));
            if (path.contains(QLatin1String("/team/"))) {
                offenders << teamOffenders(QFileInfo(path).fileName(), text);
                continue;
            }
            auto m = call.globalMatch(text);
            while (m.hasNext()) {
                const auto match = m.next();
                const QString arg = match.captured(2).trimmed();
                // Allowed: a literal continued on the next line, a macro of literals, the
                // migration's numeric pragma, and Database's own forwarding of `sql`.
                if (arg.startsWith(QLatin1Char('"')) ||
                    arg.startsWith(QLatin1String("EDITION_SELECT")) ||
                    arg.startsWith(QLatin1String("CASE_SELECT")) ||
                    arg.startsWith(QLatin1String("pragma.constData")) ||
                    arg.startsWith(QLatin1String("limit.constData")) ||
                    arg.startsWith(QLatin1String("schemaVersion1Sql")) ||
                    arg.startsWith(QLatin1String("sql")) ||
                    arg.startsWith(QLatin1String("const char")) ||
                    arg.startsWith(QLatin1String("m_nested")) ||
                    arg.startsWith(QLatin1String("QStringLiteral")) || isSqlConstant(arg, text))
                    continue;
                offenders << QStringLiteral("%1: %2(%3)")
                                 .arg(QFileInfo(path).fileName(), match.captured(1), arg);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
