#include "TestSupport.h"

#include "lists/ListJsonReader.h"
#include "lists/ListJsonWriter.h"
#include "lists/ListStore.h"
#include "lists/TermLinker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace paceline;
using namespace paceline::test;

namespace {

using Mutation = std::function<void(QJsonObject&)>;

QJsonObject fixtureObject()
{
    return QJsonDocument::fromJson(readAll(fixture(QStringLiteral("lists/small.paceline.json"))))
        .object();
}

// Applies f to the node at index i.
Mutation onNode(int i, std::function<void(QJsonObject&)> f)
{
    return [=](QJsonObject& root) {
        QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
        QJsonObject n = nodes.at(i).toObject();
        f(n);
        nodes.replace(i, n);
        root.insert(QLatin1String("nodes"), nodes);
    };
}

qint64 count(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q || !q->step())
        qFatal("query failed");
    return q->integer(0);
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestListJson : public QObject {
    Q_OBJECT
private slots:
    void readsValidFile()
    {
        auto doc = readListJsonFile(fixture(QStringLiteral("lists/small.paceline.json")));
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        QCOMPARE(doc->regimeKey, QStringLiteral("test"));
        QCOMPARE(doc->listKey, QStringLiteral("test-list"));
        QCOMPARE(doc->editionLabel, QStringLiteral("Test 2024"));
        QCOMPARE(doc->editionDate->toIsoString(), QStringLiteral("2024-03"));
        QCOMPARE(doc->nodes.size(), 7);
        QCOMPARE(doc->nodes.at(2).reasons,
                 QStringList({QStringLiteral("NS"), QStringLiteral("AT")}));
        QCOMPARE(doc->nodes.at(3).text,
                 QStringLiteral("Equipment for <b>testing</b> & evaluation."));
        QCOMPARE(doc->terms.size(), 2);
        QVERIFY(doc->warnings.isEmpty());
    }

    void rejectsInvalidInput_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        auto remove = [](const char* key) {
            return [=](QJsonObject& o) {
                o.remove(QLatin1String(key));
            };
        };
        auto set = [](const char* key, QJsonValue v) {
            return [=](QJsonObject& o) {
                o.insert(QLatin1String(key), v);
            };
        };

        QTest::newRow("no format") << Mutation(remove("format")) << "/format"
                                   << "is required";
        QTest::newRow("wrong format")
            << Mutation(set("format", QStringLiteral("other"))) << "/format"
            << "expected \"paceline.list\"";
        QTest::newRow("version 2") << Mutation(set("version", 2)) << "/version"
                                   << "unsupported version 2";
        QTest::newRow("version text") << Mutation(set("version", QStringLiteral("1"))) << "/version"
                                      << "unsupported version a string";
        QTest::newRow("no regime") << Mutation(remove("regime")) << "/regime"
                                   << "is required";
        QTest::newRow("regime not object") << Mutation(set("regime", 3)) << "/regime"
                                           << "expected an object, found a number";
        QTest::newRow("empty regime key") << Mutation([](QJsonObject& o) {
            o.insert(QLatin1String("regime"),
                     QJsonObject{{QStringLiteral("key"), QString()},
                                 {QStringLiteral("name"), QStringLiteral("n")}});
        }) << "/regime/key"
                                          << "must not be empty";
        QTest::newRow("no list name") << Mutation([](QJsonObject& o) {
            o.insert(QLatin1String("list"),
                     QJsonObject{{QStringLiteral("key"), QStringLiteral("k")}});
        }) << "/list/name"
                                      << "is required";
        QTest::newRow("no edition label") << Mutation([](QJsonObject& o) {
            o.insert(QLatin1String("edition"),
                     QJsonObject{{QStringLiteral("date"), QStringLiteral("2024")}});
        }) << "/edition/label"
                                          << "is required";
        QTest::newRow("bad edition date") << Mutation([](QJsonObject& o) {
            o.insert(QLatin1String("edition"),
                     QJsonObject{{QStringLiteral("label"), QStringLiteral("x")},
                                 {QStringLiteral("date"), QStringLiteral("March 2024")}});
        }) << "/edition/date"
                                          << "is not a date of the form";
        QTest::newRow("no nodes") << Mutation(remove("nodes")) << "/nodes"
                                  << "is required";
        QTest::newRow("nodes not array") << Mutation(set("nodes", QJsonObject())) << "/nodes"
                                         << "expected an array, found an object";
        QTest::newRow("node not object") << Mutation([](QJsonObject& o) {
            QJsonArray a = o.value(QLatin1String("nodes")).toArray();
            a.replace(1, QStringLiteral("4A"));
            o.insert(QLatin1String("nodes"), a);
        }) << "/nodes/1"
                                         << "expected an object, found a string";
        QTest::newRow("missing code")
            << Mutation(onNode(1, [](QJsonObject& n) { n.remove(QLatin1String("code")); }))
            << "/nodes/1/code"
            << "is required";
        QTest::newRow("duplicate code")
            << Mutation(onNode(
                   3,
                   [](QJsonObject& n) { n.insert(QLatin1String("code"), QStringLiteral("4A")); }))
            << "/nodes/3/code"
            << "\"4A\" is used by an earlier node";
        QTest::newRow("unknown parent")
            << Mutation(onNode(2,
                               [](QJsonObject& n) {
                                   n.insert(QLatin1String("parent"), QStringLiteral("4A9"));
                               }))
            << "/nodes/2/parent"
            << "\"4A9\" is not an earlier node";
        QTest::newRow("parent later")
            << Mutation(onNode(1,
                               [](QJsonObject& n) {
                                   n.insert(QLatin1String("parent"), QStringLiteral("4D004"));
                               }))
            << "/nodes/1/parent"
            << "is not an earlier node";
        QTest::newRow("bad kind") << Mutation(onNode(2,
                                                     [](QJsonObject& n) {
                                                         n.insert(QLatin1String("kind"),
                                                                  QStringLiteral("section"));
                                                     }))
                                  << "/nodes/2/kind"
                                  << "\"section\" is not one of";
        QTest::newRow("title number")
            << Mutation(onNode(2, [](QJsonObject& n) { n.insert(QLatin1String("title"), 5); }))
            << "/nodes/2/title"
            << "expected a string, found a number";
        QTest::newRow("reasons string")
            << Mutation(onNode(2,
                               [](QJsonObject& n) {
                                   n.insert(QLatin1String("reasons"), QStringLiteral("NS"));
                               }))
            << "/nodes/2/reasons"
            << "expected an array of strings";
        QTest::newRow("reason number")
            << Mutation(onNode(
                   2,
                   [](QJsonObject& n) {
                       n.insert(QLatin1String("reasons"), QJsonArray{QStringLiteral("NS"), 7});
                   }))
            << "/nodes/2/reasons/1"
            << "expected a reason code";
        QTest::newRow("attribute not string")
            << Mutation(onNode(
                   2,
                   [](QJsonObject& n) {
                       n.insert(QLatin1String("attributes"),
                                QJsonObject{{QStringLiteral("related_controls"), QJsonArray()}});
                   }))
            << "/nodes/2/attributes/related_controls"
            << "expected a string, found an array";
        QTest::newRow("terms not array") << Mutation(set("terms", QStringLiteral("x"))) << "/terms"
                                         << "expected an array";
        QTest::newRow("term twice") << Mutation([](QJsonObject& o) {
            QJsonArray t = o.value(QLatin1String("terms")).toArray();
            t.append(QJsonObject{{QStringLiteral("term"), QStringLiteral("intrusion software")},
                                 {QStringLiteral("definition"), QStringLiteral("d")}});
            o.insert(QLatin1String("terms"), t);
        }) << "/terms/2/term"
                                    << "defined twice";
        QTest::newRow("term without definition") << Mutation([](QJsonObject& o) {
            o.insert(QLatin1String("terms"),
                     QJsonArray{QJsonObject{{QStringLiteral("term"), QStringLiteral("x")}}});
        }) << "/terms/0/definition"
                                                 << "is required";
        QTest::newRow("code of 100,000 characters") << Mutation([](QJsonObject& o) {
            QJsonArray nodes = o.value(QLatin1String("nodes")).toArray();
            QJsonObject first = nodes.at(0).toObject();
            first.insert(QLatin1String("code"), QString(100000, QLatin1Char('4')));
            nodes.replace(0, first);
            o.insert(QLatin1String("nodes"), nodes);
        }) << "/nodes/0/code"
                                                    << "is 100000 characters long";
        QTest::newRow("scope not string") << Mutation([](QJsonObject& o) {
            o.insert(QLatin1String("terms"),
                     QJsonArray{QJsonObject{{QStringLiteral("term"), QStringLiteral("x")},
                                            {QStringLiteral("definition"), QStringLiteral("d")},
                                            {QStringLiteral("scope"), 4}}});
        }) << "/terms/0/scope"
                                          << "expected a string, found a number";
    }

    void rejectsInvalidInput()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, place);
        QFETCH(QString, message);
        QJsonObject root = fixtureObject();
        mutate(root);
        auto doc = readListJson(QJsonDocument(root).toJson(), QStringLiteral("in.json"));
        QVERIFY(!doc);
        QCOMPARE(doc.error().kind, Error::Kind::BadInput);
        QCOMPARE(doc.error().place, QStringLiteral("in.json: ") + place);
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
    }

    void syntaxErrorsNameLineAndColumn()
    {
        const QByteArray broken = "{\n  \"format\": \"paceline.list\",\n  \"version\": 1,,\n}";
        auto doc = readListJson(broken, QStringLiteral("bad.json"));
        QVERIFY(!doc);
        QVERIFY2(doc.error().place.startsWith(QStringLiteral("bad.json:3:")),
                 qPrintable(doc.error().place));
        QVERIFY(doc.error().message.startsWith(QStringLiteral("invalid JSON")));
        auto top = readListJson("[1, 2]", QStringLiteral("arr.json"));
        QVERIFY(!top);
        QCOMPARE(top.error().place, QStringLiteral("arr.json: /"));
    }

    void unknownKeysAreWarnings()
    {
        QJsonObject root = fixtureObject();
        root.insert(QLatin1String("publisher"), QStringLiteral("x"));
        onNode(2, [](QJsonObject& n) { n.insert(QLatin1String("colour"), QStringLiteral("red")); })(
            root);
        auto doc = readListJson(QJsonDocument(root).toJson(), QStringLiteral("w.json"));
        QVERIFY(doc);
        QCOMPARE(doc->warnings.size(), 2);
        QVERIFY(doc->warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("/nodes/2/colour: unknown key ignored")));
    }

    void importIsAllOrNothing()
    {
        TempDatabase t;
        QJsonObject root = fixtureObject();
        auto doc = readListJson(QJsonDocument(root).toJson(), QStringLiteral("a.json"));
        QVERIFY(doc);
        // Cancel half-way: nothing may remain.
        int calls = 0;
        auto cancelledRun = ListStore(*t.db).importDocument(
            doc.value(), [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!cancelledRun);
        QCOMPARE(cancelledRun.error().kind, Error::Kind::Cancelled);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM node"), 0);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM edition"), 0);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM regime"), 0);

        auto ok = ListStore(*t.db).importDocument(doc.value());
        QVERIFY(ok);
        QVERIFY(!ok->alreadyPresent);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM node"), 7);
        // Defined terms are linked from the nodes that quote them.
        QCOMPARE(count(*t.db, "SELECT count(*) FROM node_term"), 3);
        // Full-text index follows the node table.
        QCOMPARE(count(*t.db, "SELECT count(*) FROM node_fts WHERE node_fts MATCH 'evaluation'"),
                 1);
    }

    void sameEditionTwiceIsReportedNotDuplicated()
    {
        TempDatabase t;
        auto doc = readListJsonFile(fixture(QStringLiteral("lists/small.paceline.json")));
        QVERIFY(ListStore(*t.db).importDocument(doc.value()));
        auto again = ListStore(*t.db).importDocument(doc.value());
        QVERIFY(again);
        QVERIFY(again->alreadyPresent);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM edition"), 1);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM node"), 7);
        // A changed text under the same label is a different edition content: imported.
        ListDocument changed = doc.value();
        changed.nodes[3].text += QStringLiteral(" Amended.");
        auto third = ListStore(*t.db).importDocument(changed);
        QVERIFY(third && !third->alreadyPresent);
        QCOMPARE(count(*t.db, "SELECT count(*) FROM edition"), 2);
    }

    void exportThenReimportGivesIdenticalNodes()
    {
        TempDatabase a;
        auto doc = readListJsonFile(fixture(QStringLiteral("lists/small.paceline.json")));
        auto imported = ListStore(*a.db).importDocument(doc.value());
        QVERIFY(imported);
        auto loaded = ListStore(*a.db).loadEdition(imported->edition.id);
        QVERIFY(loaded);
        const QByteArray json = writeListJson(loaded.value());
        auto reread = readListJson(json, QStringLiteral("export.json"));
        QVERIFY2(reread, reread ? "" : qPrintable(reread.error().toString()));

        TempDatabase b;
        auto second = ListStore(*b.db).importDocument(reread.value());
        QVERIFY(second);
        auto loadedAgain = ListStore(*b.db).loadEdition(second->edition.id);
        QCOMPARE(loadedAgain->nodes, loaded->nodes);
        QCOMPARE(loadedAgain->terms, loaded->terms);
        QCOMPARE(second->edition.contentHash, imported->edition.contentHash);
        // And into the same database it is recognised as already present.
        auto same = ListStore(*a.db).importDocument(reread.value());
        QVERIFY(same && same->alreadyPresent);
    }

    // Term scopes and the Sensitive List marks survive JSON -> database -> JSON -> database.
    void wassenaarScopeAndMarksRoundTrip()
    {
        auto doc = readListJsonFile(fixture(QStringLiteral("lists/wa-sensitive.paceline.json")));
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        QVERIFY2(doc->warnings.isEmpty(), qPrintable(doc->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(doc->terms.at(0).scope, QStringLiteral("Cat 4"));
        QCOMPARE(doc->terms.at(1).scope, QStringLiteral("Cat 4, 5"));
        QCOMPARE(doc->terms.at(2).scope, QString());

        TempDatabase a;
        auto imported = ListStore(*a.db).importDocument(doc.value());
        QVERIFY(imported);
        QCOMPARE(count(*a.db, "SELECT count(*) FROM term WHERE scope IS NULL"), 1);
        auto loaded = ListStore(*a.db).loadEdition(imported->edition.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->terms, doc->terms);
        QCOMPARE(loaded->nodes, doc->nodes);

        const QByteArray json = writeListJson(loaded.value());
        const QJsonArray terms =
            QJsonDocument::fromJson(json).object()[QLatin1String("terms")].toArray();
        QCOMPARE(terms.at(0)[QLatin1String("scope")].toString(), QStringLiteral("Cat 4"));
        QVERIFY(!terms.at(2).toObject().contains(QLatin1String("scope"))); // none: not written
        auto reread = readListJson(json, QStringLiteral("export.json"));
        QVERIFY(reread && reread->warnings.isEmpty());
        TempDatabase b;
        auto second = ListStore(*b.db).importDocument(reread.value());
        QVERIFY(second);
        auto again = ListStore(*b.db).loadEdition(second->edition.id);
        QCOMPARE(again->terms, doc->terms);
        QCOMPARE(again->nodes, doc->nodes); // attributes: "sensitivity", "not-used-since"
    }

    void quotedPhrasesAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("straight") << "of \"intrusion software\" and \"technology\""
                                  << QStringList{QStringLiteral("intrusion software"),
                                                 QStringLiteral("technology")};
        QTest::newRow("typographic") << QStringLiteral("the \u201Cspecially designed\u201D items")
                                     << QStringList{QStringLiteral("specially designed")};
        QTest::newRow("single") << QStringLiteral("a \u2018use\u2019 b")
                                << QStringList{QStringLiteral("use")};
        QTest::newRow("unbalanced") << "an \"open quote and more" << QStringList{};
        QTest::newRow("line break") << "\"first\nsecond\" and more" << QStringList{};
        QTest::newRow("empty") << "\"\" x" << QStringList{};
    }
    void quotedPhrasesAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, phrases);
        QCOMPARE(TermLinker::quotedPhrases(text), phrases);
    }

    void subtreeTextIndentsItems()
    {
        TempDatabase t;
        auto doc = readListJsonFile(fixture(QStringLiteral("lists/small.paceline.json")));
        auto imported = ListStore(*t.db).importDocument(doc.value());
        auto text = ListStore(*t.db).subtreeText(imported->edition.id, QStringLiteral("4A005"));
        QVERIFY(text);
        const QStringList lines = text->split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("4A005 Systems for")));
        QCOMPARE(lines.at(1), QStringLiteral("a. Equipment for <b>testing</b> & evaluation."));
    }
};

QTEST_GUILESS_MAIN(TestListJson)
#include "tst_listjson.moc"
