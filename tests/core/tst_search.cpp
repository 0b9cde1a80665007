#include "TestSupport.h"

#include "demo/DemoDataset.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "search/FtsQuery.h"
#include "search/SearchEngine.h"
#include "search/SearchVocabulary.h"
#include "search/SearchWorker.h"
#include "storage/Migrations.h"

#include <QSignalSpy>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

void importDoc(Database& db, const ListDocument& doc)
{
    auto imported = ListStore(db).importDocument(doc);
    if (!imported)
        qFatal("%s", qPrintable(imported.error().toString()));
}

ListDocument smallFixture()
{
    auto doc = readListJsonFile(fixture(QStringLiteral("lists/small.paceline.json")));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return doc.value();
}

SearchResults run(Database& db, SearchQuery q)
{
    auto r = SearchEngine(db).search(q);
    if (!r)
        qFatal("search \"%s\" failed: %s", qPrintable(q.text), qPrintable(r.error().toString()));
    return r.value();
}

SearchResults run(Database& db, const QString& text)
{
    SearchQuery q;
    q.text = text;
    return run(db, q);
}

QStringList codes(const SearchResults& r)
{
    QStringList out;
    for (const SearchHit& h : r.hits)
        out << h.code;
    return out;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void ftsQueryIsAlwaysQuoted_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("prefixLast");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << QStringLiteral("intrusion software") << false
                               << QStringLiteral("\"intrusion\" \"software\"");
        QTest::newRow("phrase") << QStringLiteral("\"intrusion software\"") << false
                                << QStringLiteral("\"intrusion software\"");
        QTest::newRow("prefix") << QStringLiteral("softw*") << false
                                << QStringLiteral("\"softw\" *");
        QTest::newRow("phrase prefix") << QStringLiteral("\"intrusion soft\"*") << false
                                       << QStringLiteral("\"intrusion soft\" *");
        QTest::newRow("OR binds two words")
            << QStringLiteral("intrusion OR surveillance software") << false
            << QStringLiteral("(\"intrusion\" OR \"surveillance\") \"software\"");
        QTest::newRow("AND is the default") << QStringLiteral("intrusion AND software") << false
                                            << QStringLiteral("\"intrusion\" \"software\"");
        QTest::newRow("lower-case operators are words")
            << QStringLiteral("a or not b") << false
            << QStringLiteral("\"a\" \"or\" \"not\" \"b\"");
        QTest::newRow("quoted operator is a word")
            << QStringLiteral("\"OR\" gate") << false << QStringLiteral("\"OR\" \"gate\"");
        QTest::newRow("minus excludes") << QStringLiteral("software -intrusion") << false
                                        << QStringLiteral("(\"software\") NOT (\"intrusion\")");
        QTest::newRow("NOT excludes a phrase")
            << QStringLiteral("software NOT \"intrusion software\"") << false
            << QStringLiteral("(\"software\") NOT (\"intrusion software\")");
        QTest::newRow("minus phrase") << QStringLiteral("software -\"source code\"") << false
                                      << QStringLiteral("(\"software\") NOT (\"source code\")");
        QTest::newRow("a negative number is a word")
            << QStringLiteral("below -40") << false << QStringLiteral("\"below\" \"-40\"");
        QTest::newRow("hyphenated word")
            << QStringLiteral("dual-use") << false << QStringLiteral("\"dual-use\"");
        QTest::newRow("exclusions alone") << QStringLiteral("-intrusion") << false << QString();
        QTest::newRow("dangling operators")
            << QStringLiteral("OR software NOT") << false << QStringLiteral("\"software\"");
        QTest::newRow("typing an exclusion") << QStringLiteral("software -intr") << true
                                             << QStringLiteral("(\"software\") NOT (\"intr\" *)");
        QTest::newRow("typing after OR")
            << QStringLiteral("intrusion OR") << true << QStringLiteral("\"intrusion\"");
        QTest::newRow("column filter")
            << QStringLiteral("code:4A005") << false << QStringLiteral("\"code:4A005\"");
        QTest::newRow("punctuation only") << QStringLiteral(" - ( ) * ") << false << QString();
        QTest::newRow("unbalanced quote")
            << QStringLiteral("\"NEAR(a") << false << QStringLiteral("\"NEAR(a\"");
        QTest::newRow("typing") << QStringLiteral("intrusion soft") << true
                                << QStringLiteral("\"intrusion\" \"soft\" *");
        QTest::newRow("one letter typed")
            << QStringLiteral("intrusion s") << true << QStringLiteral("\"intrusion\" \"s\"");
        QTest::newRow("one-letter prefix")
            << QStringLiteral("s*") << false << QStringLiteral("\"s\"");
        QTest::newRow("typed word done")
            << QStringLiteral("intrusion ") << true << QStringLiteral("\"intrusion\"");
        QTest::newRow("typing a phrase")
            << QStringLiteral("\"intrusion soft") << true << QStringLiteral("\"intrusion soft\" *");
        QTest::newRow("closed phrase") << QStringLiteral("\"intrusion software\"") << true
                                       << QStringLiteral("\"intrusion software\"");
    }
    void ftsQueryIsAlwaysQuoted()
    {
        QFETCH(QString, typed);
        QFETCH(bool, prefixLast);
        QFETCH(QString, expected);
        QCOMPARE(buildFtsQuery(typed, prefixLast), expected);
    }

    void prefixesExpandToWordsOfTheIndex()
    {
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        auto vocabulary = SearchVocabulary::open(*t.db);
        QVERIFY(vocabulary);
        // Typing "Intrusion Softw": the word is folded and checked, the prefix becomes the
        // words that start with it.
        auto fts = vocabulary->expand(parseSearchTerms(QStringLiteral("Intrusion Softw"), true));
        QVERIFY(fts);
        QCOMPARE(fts->full(), QStringLiteral("\"intrusion\" AND \"software\""));
        // One letter typed after a word: its most frequent words, so results do not vanish.
        fts = vocabulary->expand(parseSearchTerms(QStringLiteral("intrusion s"), true));
        QVERIFY2(fts->full().startsWith(QStringLiteral("\"intrusion\" AND (")) &&
                     fts->full().contains(QStringLiteral("\"software\"")),
                 qPrintable(fts->full()));
        // A phrase whose last word is a prefix keeps its words in front of each completion.
        fts = vocabulary->expand(parseSearchTerms(QStringLiteral("\"intrusion soft\"*")));
        QCOMPARE(fts->full(), QStringLiteral("\"intrusion software\""));
        // A word or prefix that no node has: nothing to search.
        QCOMPARE(vocabulary->expand(parseSearchTerms(QStringLiteral("zebra software")))->full(),
                 QString());
        QCOMPARE(vocabulary->expand(parseSearchTerms(QStringLiteral("softx*")))->full(), QString());
        // An alternative no node has leaves the other; an exclusion no node has excludes nothing.
        QCOMPARE(vocabulary->expand(parseSearchTerms(QStringLiteral("zebra OR software")))->full(),
                 QStringLiteral("\"software\""));
        QCOMPARE(vocabulary->expand(parseSearchTerms(QStringLiteral("software -zebra")))->full(),
                 QStringLiteral("\"software\""));
        // Expanded and native prefixes find the same nodes.
        SearchQuery typed;
        typed.text = QStringLiteral("intrusion softw");
        typed.prefixLastWord = true;
        auto textHits = [](const SearchResults& r) {
            QStringList out;
            for (const SearchHit& h : r.hits)
                if (h.source == SearchHit::Source::Text)
                    out << h.code;
            return out;
        };
        QVERIFY(!textHits(run(*t.db, typed)).isEmpty());
        QCOMPARE(textHits(run(*t.db, typed)),
                 textHits(run(*t.db, QStringLiteral("intrusion software"))));
    }

    void headingsComeBeforeText()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        auto heading = t.db->prepare("SELECT instr(lower(code || ' ' || COALESCE(title, '')), "
                                     "'software') > 0 FROM node WHERE id = ?1");
        SearchQuery q;
        q.text = QStringLiteral("software");
        bool textSeen = false;
        int headings = 0;
        int texts = 0;
        for (const SearchHit& h : run(*t.db, q).hits) {
            if (h.source != SearchHit::Source::Text)
                continue;
            heading->reset();
            heading->bind(1, h.id);
            QVERIFY(heading->step().value());
            const bool inHeading = heading->integer(0) != 0;
            QVERIFY2(!(inHeading && textSeen), qPrintable(h.code));
            textSeen = textSeen || !inHeading;
            ++(inHeading ? headings : texts);
        }
        QVERIFY(headings > 0);
        QVERIFY(texts > 0);
    }

    void vocabularyCountsWhatTheIndexHolds()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        importDoc(*t.db, smallFixture());
        auto snapshot = [&] {
            QStringList rows;
            auto q = t.db->prepare("SELECT term, docs FROM search_term ORDER BY term");
            while (q->step().value())
                rows << q->text(0) + QLatin1Char('=') + QString::number(q->integer(1));
            return rows;
        };
        const QStringList counted = snapshot(); // by the importer, edition by edition
        QVERIFY(counted.size() > 500);
        QVERIFY(SearchVocabulary::rebuild(*t.db)); // read back from FTS5's own index
        QCOMPARE(snapshot(), counted);

        // The most frequent completions, at most kMaxCompletions, the typed word first.
        auto vocabulary = SearchVocabulary::open(*t.db);
        auto words = vocabulary->completions(QStringLiteral("s"));
        QVERIFY(words);
        QCOMPARE(words->size(), SearchVocabulary::kMaxCompletions);
        auto docs = t.db->prepare("SELECT docs FROM search_term WHERE term = ?1");
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QString& w : words->mid(words->first() == QLatin1String("s") ? 1 : 0)) {
            QVERIFY(w.startsWith(QLatin1Char('s')));
            docs->reset();
            docs->bind(1, w);
            QVERIFY(docs->step().value());
            QVERIFY2(docs->integer(0) <= previous, qPrintable(w));
            previous = docs->integer(0);
        }
        auto exact = vocabulary->completions(QStringLiteral("software"));
        QCOMPARE(exact->first(), QStringLiteral("software"));
    }

    void olderDatabasesGainTheVocabulary()
    {
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        // A version 2 file: no search_term table yet.
        QVERIFY(t.db->exec("DROP TABLE search_term; PRAGMA user_version = 2"));
        t.db.reset();
        auto reopened = Database::open(t.path);
        if (!reopened)
            QFAIL(qPrintable(reopened.error().toString()));
        QCOMPARE((*reopened)->userVersion(), currentSchemaVersion());
        SearchQuery typed;
        typed.text = QStringLiteral("vulnerab");
        typed.prefixLastWord = true;
        QVERIFY(codes(run(**reopened, typed)).contains(QStringLiteral("4A005~1")));
    }

    void hostileTextNeverFails()
    {
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        for (const char* text :
             {"\"", "*", "NEAR(", "a OR", "code:", "^x", "(((", "\"\"\"*", "''", "-x", "a AND"}) {
            SearchQuery q;
            q.text = QString::fromUtf8(text);
            q.prefixLastWord = true;
            auto r = SearchEngine(*t.db).search(q);
            QVERIFY2(r, text);
        }
    }

    void phraseFindsEntriesTermFirst()
    {
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        const SearchResults r = run(*t.db, QStringLiteral("\"intrusion software\""));
        QVERIFY(!r.codeMatch);
        QCOMPARE(r.hits.first().source, SearchHit::Source::Term);
        QCOMPARE(r.hits.first().code, QStringLiteral("intrusion software"));
        QVERIFY(codes(r).contains(QStringLiteral("4A005")));
        QVERIFY(codes(r).contains(QStringLiteral("4D004")));
        for (const SearchHit& h : r.hits) {
            QCOMPARE(h.listName, QStringLiteral("Test List"));
            QCOMPARE(h.editionLabel, QStringLiteral("Test 2024"));
            if (h.source == SearchHit::Source::Text)
                QVERIFY2((h.title + h.snippet).contains(kMatchStart) &&
                             (h.title + h.snippet).contains(kMatchEnd),
                         qPrintable(h.title + h.snippet));
        }
        // The phrase in the other order is not there.
        QVERIFY(run(*t.db, QStringLiteral("\"software intrusion\"")).hits.isEmpty());
    }

    void prefixQueries()
    {
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        const SearchResults r = run(*t.db, QStringLiteral("vulnerab*"));
        QVERIFY(codes(r).contains(QStringLiteral("4A005~1")));
        QVERIFY(codes(r).contains(QStringLiteral("vulnerability disclosure")));
        QVERIFY(run(*t.db, QStringLiteral("vulnerab")).hits.isEmpty());
    }

    void operatorsNarrowAndWiden()
    {
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        const QStringList both = codes(run(*t.db, QStringLiteral("\"intrusion software\"")));
        QVERIFY(both.contains(QStringLiteral("4A005")) && both.contains(QStringLiteral("4D004")));
        // Excluded by a word of the entry's text, by -word and by NOT.
        for (const QString& typed : {QStringLiteral("\"intrusion software\" -delivery"),
                                     QStringLiteral("\"intrusion software\" NOT delivery")}) {
            const QStringList found = codes(run(*t.db, typed));
            QVERIFY2(!found.contains(QStringLiteral("4A005")) &&
                         found.contains(QStringLiteral("4D004")),
                     qPrintable(typed + QLatin1String(": ") + found.join(QLatin1Char(' '))));
        }
        // OR: either word; without it both are needed.
        QVERIFY(run(*t.db, QStringLiteral("testing evaluation")).hits.size() >= 1);
        QVERIFY(run(*t.db, QStringLiteral("testing disclosure")).hits.isEmpty());
        const QStringList either = codes(run(*t.db, QStringLiteral("testing OR disclosure")));
        QVERIFY2(either.contains(QStringLiteral("4A005.a")) &&
                     either.contains(QStringLiteral("4A005~1")),
                 qPrintable(either.join(QLatin1Char(' '))));
    }

    void aTypingSlipOffersTheLikelyWord()
    {
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        SearchResults r = run(*t.db, QStringLiteral("Intrusoin software"));
        QVERIFY(r.hits.isEmpty());
        QCOMPARE(r.suggestion, QStringLiteral("intrusion software"));
        QVERIFY(!run(*t.db, r.suggestion).hits.isEmpty());
        // While typing, the last word is a prefix: no word starts with it, so it is a slip too.
        SearchQuery typing;
        typing.text = QStringLiteral("sofware");
        typing.prefixLastWord = true;
        QCOMPARE(run(*t.db, typing).suggestion, QStringLiteral("software"));
        // Nothing near: no suggestion; results: no suggestion either.
        QCOMPARE(run(*t.db, QStringLiteral("zqxjkv")).suggestion, QString());
        QCOMPARE(run(*t.db, QStringLiteral("software")).suggestion, QString());
    }

    void codeFormsGoStraightToTheEntry_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("eccn") << QStringLiteral("4A005") << QStringLiteral("4A005");
        QTest::newRow("short") << QStringLiteral("4a5") << QStringLiteral("4A005");
        QTest::newRow("wassenaar") << QStringLiteral("4.A.5") << QStringLiteral("4.A.5");
        QTest::newRow("wassenaar lower dot") << QStringLiteral("4.a.5.") << QStringLiteral("4.A.5");
        QTest::newRow("item") << QStringLiteral("5A001.j") << QStringLiteral("5A001.j");
        QTest::newRow("item, wassenaar") << QStringLiteral("5.a.1.j") << QStringLiteral("5.A.1.j");
    }
    void codeFormsGoStraightToTheEntry()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        const SearchResults r = run(*t.db, typed);
        QVERIFY2(r.codeMatch, qPrintable(codes(r).join(QLatin1Char(','))));
        QCOMPARE(r.hits.first().code, first);
        QCOMPARE(r.hits.first().source, SearchHit::Source::Code);
        // Both lists are tried: the other spelling is a code hit as well.
        QCOMPARE(r.hits.at(1).source, SearchHit::Source::Code);
        QCOMPARE(codes(r).count(first), 1);
        // Nothing inside the entry repeats it; other entries that mention it may follow.
        for (const SearchHit& h : r.hits)
            QVERIFY2(!h.code.startsWith(first + QLatin1Char('~')), qPrintable(h.code));
    }

    // The Wassenaar importer's canonical codes ("4.A.1.a.2") in a list of their own: every
    // spelling an analyst types finds them.
    void wassenaarCodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("short item path") << "4a1a2"
                                         << "4.A.1.a.2";
        QTest::newRow("canonical") << "4.A.1.a.2"
                                   << "4.A.1.a.2";
        QTest::newRow("eccn spelling") << "4A001.a.2"
                                       << "4.A.1.a.2";
        QTest::newRow("printed, spaced") << "4. A. 5."
                                         << "4.A.5";
        QTest::newRow("cat 5 part 2") << "5a2"
                                      << "5.A.2";
        QTest::newRow("missing item: nearest ancestor") << "5.A.1.z"
                                                        << "5.A.1";
    }
    void wassenaarCodes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        auto wa = readListJsonFile(fixture(QStringLiteral("lists/wa-sensitive.paceline.json")));
        QVERIFY(wa);
        importDoc(*t.db, wa.value());
        const SearchResults r = run(*t.db, typed);
        QVERIFY2(r.codeMatch, qPrintable(codes(r).join(QLatin1Char(','))));
        QCOMPARE(r.hits.first().code, first);
        QCOMPARE(r.hits.first().listKey, QStringLiteral("wa-dual-use"));
    }

    void filters()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        SearchQuery q;
        q.text = QStringLiteral("\"intrusion software\"");
        q.limit = 200;
        QSet<QString> lists;
        for (const SearchHit& h : run(*t.db, q).hits)
            lists.insert(h.listKey);
        QVERIFY(lists.contains(QStringLiteral("wa-dul")) &&
                lists.contains(QStringLiteral("eu-annex-i")));

        q.listKey = QStringLiteral("wa-dul");
        for (bool latest : {true, false}) {
            q.latestOnly = latest;
            const SearchResults wa = run(*t.db, q);
            QVERIFY(wa.hits.size() > 3);
            for (const SearchHit& h : wa.hits)
                QCOMPARE(h.listKey, QStringLiteral("wa-dul"));
        }

        q.kind = QStringLiteral("entry");
        const SearchResults entries = run(*t.db, q);
        QVERIFY(!entries.hits.isEmpty());
        for (const SearchHit& h : entries.hits)
            QCOMPARE(h.kind, QStringLiteral("entry"));

        q.kind = QStringLiteral("term");
        const SearchResults terms = run(*t.db, q);
        QVERIFY(!terms.hits.isEmpty());
        for (const SearchHit& h : terms.hits)
            QCOMPARE(h.source, SearchHit::Source::Term);
    }

    void latestOnlyOrAllEditions()
    {
        TempDatabase t;
        ListDocument older = smallFixture();
        importDoc(*t.db, older);
        ListDocument newer = older;
        newer.editionLabel = QStringLiteral("Test 2025");
        newer.editionDate = PartialDate::parse(QStringLiteral("2025-01")).value();
        newer.nodes[2].title = QStringLiteral("Systems for \"intrusion software\", revised");
        importDoc(*t.db, newer);

        SearchQuery q;
        q.text = QStringLiteral("4D004");
        SearchResults latest = run(*t.db, q);
        QCOMPARE(latest.hits.size(), 1);
        QCOMPARE(latest.hits.first().editionLabel, QStringLiteral("Test 2025"));
        q.text = QStringLiteral("intrusion");
        for (const SearchHit& h : run(*t.db, q).hits)
            QCOMPARE(h.editionLabel, QStringLiteral("Test 2025"));

        q.latestOnly = false;
        QSet<QString> labels;
        for (const SearchHit& h : run(*t.db, q).hits)
            labels.insert(h.editionLabel);
        QCOMPARE(labels, (QSet<QString>{QStringLiteral("Test 2024"), QStringLiteral("Test 2025")}));
    }

    void cancelledSearchReturnsCancelled()
    {
        TempDatabase t;
        importDoc(*t.db, smallFixture());
        SearchQuery q;
        q.text = QStringLiteral("intrusion");
        auto r = SearchEngine(*t.db).search(q, [] { return true; });
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    }

    void newerQuerySupersedesOlder()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        SearchWorker worker(t.path);
        QVERIFY2(worker.isReady(), qPrintable(worker.openError()));
        QSignalSpy spy(&worker, &SearchWorker::resultsReady);
        const QStringList typed = {
            QStringLiteral("i"),           QStringLiteral("in"),
            QStringLiteral("int"),         QStringLiteral("intr"),
            QStringLiteral("intru"),       QStringLiteral("intrusion"),
            QStringLiteral("intrusion s"), QStringLiteral("intrusion software")};
        quint64 last = 0;
        for (const QString& text : typed) {
            SearchQuery q;
            q.text = text;
            q.prefixLastWord = true;
            last = worker.submit(q);
        }
        QVERIFY(spy.wait(5000));
        QTest::qWait(300); // anything late from an older query would arrive now
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).value<quint64>(), last);
        const auto results = spy.first().at(1).value<SearchResults>();
        QCOMPARE(results.query, QStringLiteral("intrusion software"));
        QVERIFY(!results.hits.isEmpty());

        // A cancel() drops the running query: nothing is delivered.
        spy.clear();
        SearchQuery q;
        q.text = QStringLiteral("software");
        worker.submit(q);
        worker.cancel();
        QTest::qWait(300);
        QCOMPARE(spy.size(), 0);
    }

    void realCclIntrusionSoftware()
    {
        const QString file = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(file);
        TempDatabase t;
        auto doc = readListJsonFile(file);
        QVERIFY(doc);
        importDoc(*t.db, doc.value());
        const QStringList found = codes(run(*t.db, QStringLiteral("\"intrusion software\"")));
        QVERIFY2(found.contains(QStringLiteral("4A005")), qPrintable(found.join(QLatin1Char(','))));
        QVERIFY2(found.contains(QStringLiteral("4D004")), qPrintable(found.join(QLatin1Char(','))));
        QCOMPARE(run(*t.db, QStringLiteral("4a5")).hits.first().code, QStringLiteral("4A005"));
        // The real file has no paragraphs under 5A001: the nearest code is the answer.
        QCOMPARE(run(*t.db, QStringLiteral("5A001.j")).hits.first().code, QStringLiteral("5A001"));
        QCOMPARE(run(*t.db, QStringLiteral("4.a.5.")).hits.first().code, QStringLiteral("4A005"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
