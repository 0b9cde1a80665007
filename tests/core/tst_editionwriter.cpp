#include "SyntheticCorpus.h"
#include "TestSupport.h"

#include "editions/Concordance.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "search/SearchEngine.h"
#include "search/SearchVocabulary.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

qint64 scalar(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q || !q->step().value())
        qFatal("%s failed", sql);
    return q->integer(0);
}

QStringList rows(Database& db, const char* sql)
{
    QStringList out;
    auto q = db.prepare(sql);
    while (q->step().value())
        out << q->text(0) + QLatin1Char('=') + q->text(1);
    return out;
}

ListDocument smallFixture()
{
    auto doc = readListJsonFile(fixture(QStringLiteral("lists/small.paceline.json")));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return doc.value();
}

ListNode node(const char* code, const char* parent, NodeKind kind, const char* title,
              const char* text)
{
    ListNode n;
    n.code = QString::fromUtf8(code);
    n.parentCode = QString::fromUtf8(parent);
    n.kind = kind;
    n.title = QString::fromUtf8(title);
    n.text = QString::fromUtf8(text);
    return n;
}

// Text that takes both ways through the word counter: plain ASCII, capitals, digits,
// punctuation, accents and other scripts (those through FTS5's own unicode61).
ListDocument mixedScripts()
{
    ListDocument doc = smallFixture();
    doc.editionLabel = QStringLiteral("Mixed scripts");
    doc.nodes.append(node("4E", "4", NodeKind::Group, "TECHNOLOGY for 5G/6G", "x86-64 ABCdef"));
    doc.nodes.append(node("4E001", "4E", NodeKind::Entry, "Über-naïve Technologie",
                          "Ωmega-Geräte, \"intrusion software\" and CAFÉ crème; 日本語 text."));
    doc.nodes.append(node("4E002", "4E", NodeKind::Entry, "", "ÀÉÎÕÜ àéîõü ß ﬁ İstanbul"));
    return doc;
}

} // namespace

// How a list edition is written (core/lists/EditionWriter) and schema version 6, which took
// away the index of nodes by code alone that made every import slower than the one before, and
// merges the full-text segments eight at a time.
class TestEditionWriter : public QObject {
    Q_OBJECT
private slots:
    // The vocabulary the importer counts from the document is what FTS5 indexed, word by word
    // and node count by node count, over several editions and any script.
    void vocabularyCountsWhatTheIndexHolds()
    {
        TempDatabase t;
        ListStore store(*t.db);
        for (int k = 0; k < 3; ++k)
            QVERIFY(store.importDocument(bench::makeSyntheticEdition(QStringLiteral("s"), k, 800)));
        QVERIFY(store.importDocument(mixedScripts()));
        const char* snapshot = "SELECT term, docs FROM search_term ORDER BY term";
        const QStringList counted = rows(*t.db, snapshot);
        QVERIFY(counted.contains(QStringLiteral("uber=1"))); // diacritics removed as FTS5 does
        QVERIFY(counted.contains(QStringLiteral("naive=1")));
        QVERIFY(counted.contains(QStringLiteral("x86=1")));
        QVERIFY(counted.contains(QStringLiteral("cafe=1")));
        QVERIFY(SearchVocabulary::rebuild(*t.db));
        QCOMPARE(rows(*t.db, snapshot), counted);
        // Every node is in the full-text index, and the index agrees with the rows.
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM node_fts"),
                 scalar(*t.db, "SELECT count(*) FROM node"));
        QVERIFY(t.db->exec("INSERT INTO node_fts (node_fts) VALUES ('integrity-check')"));
        // The defined terms each node quotes, linked in the edition that defines them.
        QCOMPARE(rows(*t.db, "SELECT n.code, t.term FROM node_term nt JOIN node n ON n.id = "
                             "nt.node_id JOIN term t ON t.id = nt.term_id JOIN edition e ON "
                             "e.id = n.edition_id WHERE e.label = 'Mixed scripts' AND "
                             "t.edition_id = e.id ORDER BY n.code, t.term"),
                 strings({"4A005=intrusion software", "4A005~1=vulnerability disclosure",
                          "4D004=intrusion software", "4E001=intrusion software"}));
    }

    // Foreign key checks are off while an import writes (it checks its own references) and on
    // again after it, whether it succeeded or failed; inside a caller's transaction they stay.
    void foreignKeyChecksComeBackAfterAnImport()
    {
        TempDatabase t;
        qint64 during = -1;
        const ProgressCallback probe = [&](qint64, qint64) {
            during = scalar(*t.db, "PRAGMA foreign_keys");
            return true;
        };
        QVERIFY(ListStore(*t.db).importDocument(smallFixture(), probe));
        QCOMPARE(during, 0);
        QCOMPARE(scalar(*t.db, "PRAGMA foreign_keys"), 1);

        ListDocument clash = smallFixture();
        clash.editionLabel = QStringLiteral("Clash");
        clash.nodes.append(clash.nodes.at(2)); // 4A005 twice
        const auto failed = ListStore(*t.db).importDocument(clash, probe);
        QVERIFY(!failed);
        QCOMPARE(failed.error().place, QStringLiteral("/nodes/7"));
        QCOMPARE(scalar(*t.db, "PRAGMA foreign_keys"), 1);
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM edition"), 1);

        Transaction outer(*t.db);
        ListDocument second = smallFixture();
        second.editionLabel = QStringLiteral("Second");
        QVERIFY(ListStore(*t.db).importDocument(second, probe));
        QCOMPARE(during, 1);
        QVERIFY(outer.commit());
        QCOMPARE(scalar(*t.db, "PRAGMA foreign_keys"), 1);
    }

    // A node whose parent is not an earlier node is refused, naming the node, and the import
    // changes nothing (the checks that would have caught it are paused).
    void nodeWithoutItsParentIsRefused()
    {
        TempDatabase t;
        ListDocument doc = smallFixture();
        doc.nodes[3].parentCode = QStringLiteral("4Z999");
        const auto r = ListStore(*t.db).importDocument(doc);
        QVERIFY(!r);
        QCOMPARE(r.error().place, QStringLiteral("/nodes/3"));
        QVERIFY2(r.error().message.contains(QStringLiteral("4Z999")),
                 qPrintable(r.error().message));
        for (const char* sql : {"SELECT count(*) FROM edition", "SELECT count(*) FROM node",
                                "SELECT count(*) FROM node_fts", "SELECT count(*) FROM search_term",
                                "SELECT count(*) FROM term"})
            QCOMPARE(scalar(*t.db, sql), 0);
    }

    // Version 6 from a file of every older version: the index by code is gone, and a code is
    // still found in every edition, by search and by the concordance, through a seek per
    // edition rather than a scan of all nodes.
    void codeLookupsFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v <= 5; ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void codeLookupsFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            const std::vector<Migration> older(standardMigrations().begin(),
                                               standardMigrations().begin() + from);
            Database::Options options;
            options.migrations = &older;
            auto db = Database::open(path, options);
            QVERIFY(db);
            QCOMPARE(scalar(**db, "SELECT count(*) FROM sqlite_schema WHERE name = 'node_code'"),
                     1);
            QVERIFY((*db)->exec(
                "INSERT INTO regime (key, name) VALUES ('us', 'US');"
                "INSERT INTO control_list (regime_id, key, name) VALUES (1, 'us-ccl', 'CCL');"
                "INSERT INTO edition (list_id, label, date, content_hash, imported_at) "
                "VALUES (1, '2024', '2024', 'a', '2026-01-01'), "
                "(1, '2025', '2025', 'b', '2026-01-01');"
                "INSERT INTO node (edition_id, ord, kind, code, title) VALUES "
                "(1, 0, 'entry', '4A005', 'Old title'), (1, 1, 'entry', '5A002', 'Crypto'), "
                "(2, 0, 'entry', '5A002', 'Crypto'), (2, 1, 'entry', '4A005', 'New title');"));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE((*db)->userVersion(), currentSchemaVersion());
        QCOMPARE(scalar(**db, "SELECT count(*) FROM sqlite_schema WHERE name = 'node_code'"), 0);
        QCOMPARE(scalar(**db, "SELECT v FROM node_fts_config WHERE k = 'automerge'"), 8);

        SearchQuery q;
        q.text = QStringLiteral("4A005");
        q.latestOnly = false;
        auto found = SearchEngine(**db).search(q);
        QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
        QVERIFY(found->codeMatch);
        QCOMPARE(found->hits.size(), 2);
        QCOMPARE(found->hits.at(0).editionLabel, QStringLiteral("2024")); // in node order
        QCOMPARE(found->hits.at(1).editionLabel, QStringLiteral("2025"));

        auto link = Concordance(**db).lookup(0, QStringLiteral("4A005"));
        QVERIFY2(link, link ? "" : qPrintable(link.error().toString()));
        QCOMPARE(link->editionLabel, QStringLiteral("2025"));
        QCOMPARE(link->title, QStringLiteral("New title"));

        auto plan =
            (*db)->prepare("EXPLAIN QUERY PLAN SELECT n.id FROM edition e CROSS JOIN node n "
                           "ON n.edition_id = e.id AND n.code = '4A005' ORDER BY n.id");
        QVERIFY(plan);
        QStringList steps;
        while (plan->step().value())
            steps << plan->text(3);
        const QString planText = steps.join(QLatin1Char('\n'));
        QVERIFY2(
            planText.contains(QStringLiteral("sqlite_autoindex_node_1 (edition_id=? AND code=?)")),
            qPrintable(planText));
        QVERIFY2(!planText.contains(QStringLiteral("SCAN n")), qPrintable(planText));
    }
};

QTEST_GUILESS_MAIN(TestEditionWriter)
#include "tst_editionwriter.moc"
