#include "TestSupport.h"

#include "cases/CaseBundle.h"
#include "cases/CaseDraftStore.h"
#include "cases/CaseImpact.h"
#include "cases/CaseStore.h"
#include "cases/CaseTarget.h"
#include "cases/CaseTargetOptions.h"
#include "cases/CaseText.h"
#include "demo/DemoDataset.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "report/ProposalDocument.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

ListNode node(const char* code, const char* parent, NodeKind kind, const char* label,
              const char* title, const char* text)
{
    ListNode n;
    n.code = QString::fromUtf8(code);
    n.parentCode = QString::fromUtf8(parent);
    n.kind = kind;
    n.label = QString::fromUtf8(label);
    n.title = QString::fromUtf8(title);
    n.text = QString::fromUtf8(text);
    return n;
}

// A small list with an entry, two items (one with a sub-item), a note and two definitions.
ListDocument smallList()
{
    ListDocument d;
    d.regimeKey = QStringLiteral("wa");
    d.regimeName = QStringLiteral("Wassenaar");
    d.listKey = QStringLiteral("wa-test");
    d.listName = QStringLiteral("Test list");
    d.editionLabel = QStringLiteral("2026");
    d.nodes = {
        node("4", "", NodeKind::Category, "", "Computers", ""),
        node("4.A", "4", NodeKind::Group, "A.", "Systems", ""),
        node("4.A.5", "4.A", NodeKind::Entry, "4.A.5.", "Intrusion systems",
             "Systems for \"intrusion software\" as follows:"),
        node("4.A.5.a", "4.A.5", NodeKind::Item, "a.", "", "Command and control servers;"),
        node("4.A.5.b", "4.A.5", NodeKind::Item, "b.", "", "Delivery platforms, having:"),
        node("4.A.5.b.1", "4.A.5.b", NodeKind::Item, "1.", "", "An exploit store."),
        node("4.A.5~n1", "4.A.5", NodeKind::Note, "Note 1", "",
             "4.A.5 does not apply to \"vulnerability disclosure\"."),
    };
    d.terms = {
        {QStringLiteral("intrusion software"),
         QStringLiteral("Software built to get past protective countermeasures."),
         QStringLiteral("Cat 4")},
        {QStringLiteral("vulnerability disclosure"),
         QStringLiteral("means reporting a vulnerability to those who can fix it."),
         {}},
    };
    return d;
}

qint64 importSmallList(Database& db)
{
    auto out = ListStore(db).importDocument(smallList());
    if (!out)
        qFatal("%s", qPrintable(out.error().toString()));
    return out->edition.id;
}

CaseRecord termCase(const QString& term)
{
    CaseRecord c;
    c.title = QStringLiteral("Amend the definition");
    c.kind = CaseKind::AmendDefinition;
    c.listKey = QStringLiteral("wa-test");
    c.targetCode = QStringLiteral("4.A.5");
    c.targetKind = CaseTargetKind::Term;
    c.targetName = term;
    c.proposedText = QStringLiteral("\"x\": y");
    c.author = QStringLiteral("ana");
    return c;
}

qint64 scalar(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q || !q->step().value())
        return -1;
    return q->integer(0);
}

QString text(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q || !q->step().value())
        return {};
    return q->text(0);
}

} // namespace

class TestCaseTarget : public QObject {
    Q_OBJECT
private slots:
    void targetsReadTheSameEverywhere_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");
        auto row = [](const char* tag, CaseTargetKind k, const char* code, const char* name,
                      const char* title) {
            QTest::newRow(tag) << static_cast<int>(k) << QString::fromUtf8(code)
                               << QString::fromUtf8(name) << QString::fromUtf8(title);
        };
        row("entry", CaseTargetKind::Entry, "4.E.1", "", "4.E.1");
        row("item", CaseTargetKind::Item, "4.A.5.b", "", "4.A.5.b");
        row("note", CaseTargetKind::Note, "4.E.1~n1", "Note 1", "4.E.1 — Note 1");
        row("CCL note", CaseTargetKind::Note, "0A501~1", "Note 1 to paragraph 0A501.a",
            "0A501 — Note 1 to paragraph 0A501.a");
        row("note without label", CaseTargetKind::Note, "4A005~2", "", "4A005 — note");
        row("term in an entry", CaseTargetKind::Term, "4.E.1", "vulnerability disclosure",
            "4.E.1 — definition of \"vulnerability disclosure\"");
        row("term of the list", CaseTargetKind::Term, "", "intrusion software",
            "definition of \"intrusion software\"");
    }
    void targetsReadTheSameEverywhere()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, title);
        QCOMPARE(caseTargetTitle(static_cast<CaseTargetKind>(kind), code, name), title);
    }

    void baseTextFollowsTheTargetKind()
    {
        TempDatabase t;
        const qint64 ed = importSmallList(*t.db);
        auto text = [&](CaseTargetKind k, const char* code, const char* name = "") {
            auto r =
                caseTextOfTarget(*t.db, ed, k, QString::fromUtf8(code), QString::fromUtf8(name));
            return r ? r.value() : QStringLiteral("error: ") + r.error().toString();
        };
        // The entry: heading, text, each item and the note as paragraphs.
        QCOMPARE(text(CaseTargetKind::Entry, "4.A.5"),
                 QStringLiteral("Intrusion systems\n\nSystems for \"intrusion software\" as "
                                "follows:\n\na. Command and control servers;\n\nb. Delivery "
                                "platforms, having:\n\n  1. An exploit store.\n\nNote 1 4.A.5 "
                                "does not apply to \"vulnerability disclosure\"."));
        // An item: its own text (its label is part of its code) and what is under it.
        QCOMPARE(text(CaseTargetKind::Item, "4.A.5.b"),
                 QStringLiteral("Delivery platforms, having:\n\n1. An exploit store."));
        QCOMPARE(text(CaseTargetKind::Item, "4.A.5.a"),
                 QStringLiteral("Command and control servers;"));
        // A note: its text only.
        QCOMPARE(text(CaseTargetKind::Note, "4.A.5~n1"),
                 QStringLiteral("4.A.5 does not apply to \"vulnerability disclosure\"."));
        // A defined term: the term and its definition, nothing of the entry.
        QCOMPARE(text(CaseTargetKind::Term, "4.A.5", "intrusion software"),
                 QStringLiteral("\"intrusion software\": Software built to get past protective "
                                "countermeasures."));
        QCOMPARE(text(CaseTargetKind::Term, "", "vulnerability disclosure"),
                 QStringLiteral("\"vulnerability disclosure\" means reporting a vulnerability "
                                "to those who can fix it."));
        // What the edition lacks is named.
        QVERIFY(text(CaseTargetKind::Term, "4.A.5", "exploit")
                    .contains(QStringLiteral("no defined term \"exploit\"")));
        QVERIFY(text(CaseTargetKind::Item, "4.A.5.z").contains(QStringLiteral("4.A.5.z")));
    }

    void choicesOfAnEntryListItemsNotesAndTerms()
    {
        TempDatabase t;
        const qint64 ed = importSmallList(*t.db);
        auto choices = caseTargetChoices(*t.db, ed, QStringLiteral("4.A.5.b.1"));
        QVERIFY2(choices, choices ? "" : qPrintable(choices.error().toString()));
        QCOMPARE(choices->entryCode, QStringLiteral("4.A.5"));
        QCOMPARE(choices->focusCode, QStringLiteral("4.A.5.b.1"));
        QStringList titles;
        for (const CaseTargetOption& o : choices->options)
            titles << o.title;
        QCOMPARE(titles, strings({"4.A.5", "4.A.5.a", "4.A.5.b", "4.A.5.b.1", "4.A.5 — Note 1",
                                  "4.A.5 — definition of \"intrusion software\"",
                                  "4.A.5 — definition of \"vulnerability disclosure\""}));
        QCOMPARE(choices->options.at(4).kind, CaseTargetKind::Note);
        QCOMPARE(choices->options.at(5).kind, CaseTargetKind::Term);
        QCOMPARE(choices->options.at(5).name, QStringLiteral("intrusion software"));
        QCOMPARE(choices->options.at(3).depth, 2);
        auto all = definedTermsOf(*t.db, ed);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().term, QStringLiteral("intrusion software"));
        QCOMPARE(caseKindForTarget(CaseTargetKind::Term), CaseKind::AmendDefinition);
        QCOMPARE(caseKindForTarget(CaseTargetKind::Note), CaseKind::NoteOrDecontrol);
        QCOMPARE(caseKindForTarget(CaseTargetKind::Item), CaseKind::AmendEntry);
    }

    // The Commerce Control List as published: items, and notes whose label is their first line.
    void realListItemsAndNotes()
    {
        const QString path = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(path);
        TempDatabase t;
        auto doc = readListJsonFile(path);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        auto imported = ListStore(*t.db).importDocument(doc.value());
        QVERIFY(imported);
        const qint64 ed = imported->edition.id;
        const ListNode* item = findNode(doc.value(), QStringLiteral("0A501.a"));
        const ListNode* note = findNode(doc.value(), QStringLiteral("0A501~1"));
        QVERIFY(item && note);

        auto choices = caseTargetChoices(*t.db, ed, QStringLiteral("0A501.a"));
        QVERIFY(choices);
        QCOMPARE(choices->entryCode, QStringLiteral("0A501"));
        const CaseTargetOption* noteOption = nullptr;
        for (const CaseTargetOption& o : choices->options)
            if (o.code == QLatin1String("0A501~1"))
                noteOption = &o;
        QVERIFY(noteOption);
        QCOMPARE(noteOption->kind, CaseTargetKind::Note);
        QCOMPARE(noteOption->name, QStringLiteral("Note 1 to paragraph 0A501.a"));
        QCOMPARE(noteOption->title, QStringLiteral("0A501 — Note 1 to paragraph 0A501.a"));

        // The note's text, and nothing else of the entry.
        auto noteText = caseTextOfTarget(*t.db, ed, CaseTargetKind::Note, note->code, {});
        QVERIFY(noteText);
        QCOMPARE(noteText.value(), note->text.trimmed());
        // The item's text first, then what hangs under it (its notes among them).
        auto itemText = caseTextOfTarget(*t.db, ed, CaseTargetKind::Item, item->code, {});
        QVERIFY(itemText);
        QVERIFY(itemText->startsWith(item->text.trimmed()));
        QVERIFY(itemText->contains(note->text.section(QLatin1Char('\n'), 1).trimmed()));
        auto entryText =
            caseTextOfTarget(*t.db, ed, CaseTargetKind::Entry, QStringLiteral("0A501"), {});
        QVERIFY(entryText->size() > itemText->size());
        QVERIFY(!itemText->contains(findNode(doc.value(), QStringLiteral("0A501"))->title));
    }

    void definitionCaseNeedsADefinedTerm()
    {
        TempDatabase t;
        importSmallList(*t.db);
        CaseStore store(*t.db);
        CaseRecord noTerm = termCase({});
        noTerm.targetKind = CaseTargetKind::Entry;
        auto refused = store.create(noTerm, QStringLiteral("ana"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().place, QStringLiteral("target"));
        QVERIFY(refused.error().message.contains(QStringLiteral("defined term")));
        CaseRecord wrongKind = termCase(QStringLiteral("intrusion software"));
        wrongKind.kind = CaseKind::AmendEntry;
        refused = store.create(wrongKind, QStringLiteral("ana"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().place, QStringLiteral("kind"));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM amendment_case"), 0);

        auto id = store.create(termCase(QStringLiteral("intrusion software")), QStringLiteral("a"));
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        CaseRecord loaded = store.load(id.value()).value();
        QCOMPARE(loaded.targetKind, CaseTargetKind::Term);
        QCOMPARE(loaded.targetName, QStringLiteral("intrusion software"));
        QCOMPARE(caseTargetTitle(loaded),
                 QStringLiteral("4.A.5 — definition of \"intrusion software\""));

        // Switching the kind away from the term is refused, naming the field; nothing changes.
        CaseRecord edit = loaded;
        edit.kind = CaseKind::AmendEntry;
        edit.proposedText = QStringLiteral("changed");
        auto saved = CaseDraftStore(*t.db).saveDraft(edit, {}, QStringLiteral("a"));
        QVERIFY(!saved);
        QCOMPARE(saved.error().place, QStringLiteral("kind"));
        QCOMPARE(store.load(id.value())->proposedText, loaded.proposedText);
        // An entry case cannot become a definition case without a term.
        CaseRecord entry = termCase({});
        entry.kind = CaseKind::AmendEntry;
        entry.targetKind = CaseTargetKind::Entry;
        auto entryId = store.create(entry, QStringLiteral("a"));
        QVERIFY(entryId);
        entry = store.load(entryId.value()).value();
        entry.kind = CaseKind::AmendDefinition;
        saved = CaseDraftStore(*t.db).saveDraft(entry, {}, QStringLiteral("a"));
        QVERIFY(!saved);
        QCOMPARE(saved.error().place, QStringLiteral("target"));
    }

    void casesOnTheSameTermMeetCasesOnTheEntryDoNot()
    {
        TempDatabase t;
        importSmallList(*t.db);
        CaseStore store(*t.db);
        const qint64 a = store.create(termCase(QStringLiteral("intrusion software")), {}).value();
        CaseRecord other = termCase(QStringLiteral("intrusion software"));
        other.targetCode.clear(); // chosen from the list's definitions
        const qint64 b = store.create(other, {}).value();
        CaseRecord entry = termCase({});
        entry.kind = CaseKind::AmendEntry;
        entry.targetKind = CaseTargetKind::Entry;
        const qint64 c = store.create(entry, {}).value();
        auto onA = CaseDraftStore(*t.db).openCasesOnTarget(store.load(a).value());
        QVERIFY(onA);
        QCOMPARE(onA->size(), 1);
        QCOMPARE(onA->first().id, b);
        auto onC = CaseDraftStore(*t.db).openCasesOnTarget(store.load(c).value());
        QVERIFY(onC && onC->isEmpty());
    }

    // Version 7 from a file of every older version: cases keep their rows, an item or note
    // code says so now, an older definition case stays on its entry and can still be edited.
    void caseTargetsFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v <= 6; ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void caseTargetsFromEveryOlderVersion()
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
            QCOMPARE((*db)->userVersion(), from);
            QVERIFY((*db)->exec(
                "INSERT INTO regime (key, name) VALUES ('wa', 'Wassenaar');"
                "INSERT INTO control_list (regime_id, key, name) VALUES (1, 'wa-dul', 'DUL');"
                "INSERT INTO edition (list_id, label, content_hash, imported_at) "
                "VALUES (1, 'x', 'h', '2026-01-01');"
                "INSERT INTO node (id, edition_id, parent_id, ord, kind, code, label, text) VALUES "
                "(1, 1, NULL, 0, 'entry', '4.E.1', '4.E.1.', 'Technology'),"
                "(2, 1, 1, 1, 'item', '4.E.1.c', 'c.', 'For intrusion software'),"
                "(3, 1, 1, 2, 'note', '4.E.1~n1', 'Note 1', 'Not for disclosure');"
                "INSERT INTO amendment_case (uuid, title, kind, list_id, base_edition_id, "
                "target_code, base_text, author, status, created_at, updated_at) VALUES "
                "('u1', 'On the entry', 'amend_entry', 1, 1, '4.E.1', 'T', 'a', 'draft', 'x', 'x'),"
                "('u2', 'On an item', 'amend_entry', 1, 1, '4.E.1.c', 'F', 'a', 'draft', 'x', 'x'),"
                "('u3', 'On a note', 'note_or_decontrol', 1, 1, '4.E.1~n1', 'N', 'a', 'draft', "
                "'x', 'x'),"
                "('u4', 'A definition', 'amend_definition', 1, 1, '4.E.1', 'T', 'a', 'draft', "
                "'x', 'x'),"
                "('u5', 'New entry', 'new_entry', 1, 1, '4.E.2', '', 'a', 'draft', 'x', 'x');"));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE((*db)->userVersion(), currentSchemaVersion());
        QCOMPARE(scalar(**db, "SELECT count(*) FROM amendment_case"), 5);
        auto cases = CaseStore(**db).list();
        QVERIFY(cases);
        QHash<QString, CaseRecord> byUuid;
        for (const CaseRecord& c : cases.value())
            byUuid.insert(c.uuid, c);
        QCOMPARE(byUuid.value(QStringLiteral("u1")).targetKind, CaseTargetKind::Entry);
        QCOMPARE(byUuid.value(QStringLiteral("u2")).targetKind, CaseTargetKind::Item);
        QCOMPARE(byUuid.value(QStringLiteral("u3")).targetKind, CaseTargetKind::Note);
        QCOMPARE(caseTargetTitle(byUuid.value(QStringLiteral("u3"))),
                 QStringLiteral("4.E.1 — Note 1"));
        QCOMPARE(byUuid.value(QStringLiteral("u4")).targetKind, CaseTargetKind::Entry);
        QCOMPARE(byUuid.value(QStringLiteral("u5")).targetKind, CaseTargetKind::Entry);
        QVERIFY(byUuid.value(QStringLiteral("u1")).targetName.isEmpty());
        // The older definition case is still edited (its kind and target stay as they were).
        CaseRecord old = byUuid.value(QStringLiteral("u4"));
        old.proposedText = QStringLiteral("edited");
        QVERIFY(CaseDraftStore(**db).saveDraft(old, {}, QStringLiteral("a")));
        // The column refuses what is no target kind.
        QVERIFY(!(*db)->exec("UPDATE amendment_case SET target_kind = 'chapter'"));
        // Running the step again changes nothing.
        QVERIFY((*db)->exec("PRAGMA user_version = 6"));
        (*db).reset();
        db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(scalar(**db, "SELECT count(*) FROM amendment_case WHERE target_kind = 'item'"), 1);
        QCOMPARE(text(**db, "SELECT target_name FROM amendment_case WHERE uuid = 'u3'"),
                 QStringLiteral("Note 1"));
    }

    void bundlesCarryTheTarget()
    {
        TempDatabase author;
        TempDatabase reviewer;
        importSmallList(*author.db);
        importSmallList(*reviewer.db);
        const qint64 id = CaseStore(*author.db)
                              .create(termCase(QStringLiteral("vulnerability disclosure")), {})
                              .value();
        CaseRecord note = termCase({});
        note.kind = CaseKind::NoteOrDecontrol;
        note.targetKind = CaseTargetKind::Note;
        note.targetCode = QStringLiteral("4.A.5~n1");
        note.targetName = QStringLiteral("Note 1");
        const qint64 noteId = CaseStore(*author.db).create(note, {}).value();
        auto bytes = exportCaseBundle(*author.db, {id, noteId}, QStringLiteral("ana"));
        QVERIFY(bytes);
        const QJsonObject first = QJsonDocument::fromJson(bytes.value())[QLatin1String("cases")]
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first[QLatin1String("target_kind")].toString(), QStringLiteral("term"));
        QCOMPARE(first[QLatin1String("target_name")].toString(),
                 QStringLiteral("vulnerability disclosure"));
        auto bundle = readCaseBundle(bytes.value(), QStringLiteral("b.json"));
        QVERIFY(bundle);
        QVERIFY(importCaseBundle(*reviewer.db, bundle.value(), {}, QStringLiteral("rev")));
        QStringList titles;
        const QList<CaseRecord> imported = CaseStore(*reviewer.db).list().value();
        for (const CaseRecord& c : imported)
            titles << caseTargetTitle(c);
        titles.sort();
        QCOMPARE(titles,
                 strings({"4.A.5 — Note 1", "4.A.5 — definition of \"vulnerability disclosure\""}));
        // And back: the reviewer's export names the same targets.
        QList<qint64> ids;
        for (const CaseRecord& c : imported)
            ids << c.id;
        auto back = exportCaseBundle(*reviewer.db, ids, QStringLiteral("rev"));
        QVERIFY(back);
        const QJsonArray backCases =
            QJsonDocument::fromJson(back.value())[QLatin1String("cases")].toArray();
        QSet<QString> kinds;
        for (const QJsonValue& v : backCases)
            kinds.insert(v[QLatin1String("target_kind")].toString());
        QCOMPARE(kinds, (QSet<QString>{QStringLiteral("term"), QStringLiteral("note")}));
    }

    void olderBundlesTargetTheEntryAndUnknownKindsAreRefused()
    {
        TempDatabase author;
        TempDatabase reviewer;
        importSmallList(*author.db);
        CaseRecord entry = termCase({});
        entry.kind = CaseKind::AmendEntry;
        entry.targetKind = CaseTargetKind::Entry;
        const qint64 id = CaseStore(*author.db).create(entry, {}).value();
        auto bytes = exportCaseBundle(*author.db, {id}, QStringLiteral("ana"));
        QJsonObject root = QJsonDocument::fromJson(bytes.value()).object();
        QJsonArray cases = root[QLatin1String("cases")].toArray();
        QJsonObject c = cases.first().toObject();
        auto rewrite = [&](const QJsonObject& one) {
            QJsonObject r = root;
            const QJsonArray arr{one};
            r[QStringLiteral("cases")] = arr;
            r[QStringLiteral("content_sha256")] = QString::fromLatin1(
                QCryptographicHash::hash(QJsonDocument(arr).toJson(QJsonDocument::Compact),
                                         QCryptographicHash::Sha256)
                    .toHex());
            return QJsonDocument(r).toJson();
        };
        c.remove(QStringLiteral("target_kind"));
        c.remove(QStringLiteral("target_name"));
        auto older = readCaseBundle(rewrite(c), QStringLiteral("old.json"));
        QVERIFY2(older, older ? "" : qPrintable(older.error().toString()));
        QVERIFY(importCaseBundle(*reviewer.db, older.value(), {}, QStringLiteral("rev")));
        QCOMPARE(CaseStore(*reviewer.db).list()->first().targetKind, CaseTargetKind::Entry);

        c[QStringLiteral("target_kind")] = QStringLiteral("chapter");
        auto bad = readCaseBundle(rewrite(c), QStringLiteral("bad.json"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().place, QStringLiteral("bad.json: $.cases[0].target_kind"));
        QVERIFY(bad.error().message.contains(QStringLiteral("chapter")));
    }

    // The demo's definition case starts from the definition it amends, not from entry 4.E.1.
    void demoDefinitionCaseAmendsTheDefinition()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        const QList<CaseRecord> cases = CaseStore(*t.db).list().value();
        CaseRecord definition;
        for (const CaseRecord& c : cases)
            if (c.kind == CaseKind::AmendDefinition)
                definition = c;
        QVERIFY(definition.id > 0);
        QCOMPARE(definition.targetKind, CaseTargetKind::Term);
        QCOMPARE(caseTargetTitle(definition),
                 QStringLiteral("4.E.1 — definition of \"vulnerability disclosure\""));
        QVERIFY2(definition.baseText.startsWith(
                     QStringLiteral("\"vulnerability disclosure\": Identifying a vulnerability")),
                 qPrintable(definition.baseText));
        QVERIFY(!definition.baseText.contains(QStringLiteral("Technology for computers")));
        QVERIFY(!definition.baseText.contains(QStringLiteral("\n\n")));
        // The proposal rewrites that paragraph and adds an explanatory note.
        QVERIFY(definition.proposedText.startsWith(definition.baseText.left(60)));
        // The impact names the term from the target.
        auto impact = analyseCaseImpact(*t.db, definition);
        QVERIFY(impact);
        QCOMPARE(impact->terms.size(), 1);
        QCOMPARE(impact->terms.first().term, QStringLiteral("vulnerability disclosure"));
        // Its only other use is a note of 4.E.1 itself: no internal note code, no other user.
        QCOMPARE(impact->terms.first().codes, QStringList());
        // Proposal documents name the target the same way.
        auto proposal = loadProposal(*t.db, definition.id);
        QVERIFY(proposal);
        QVERIFY(proposalMarkdown(proposal.value())
                    .contains(QStringLiteral("**Target:** Amend definition · 4.E.1 — definition "
                                             "of \"vulnerability disclosure\" · list wa-dul")));
        QVERIFY(proposalHtml(proposal.value())
                    .contains(QStringLiteral(
                        " — definition of &quot;vulnerability disclosure&quot; · list wa-dul")));
        // So do the Word and OpenDocument files, in their target line.
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed: the DOCX and ODT target lines are not checked");
        QTemporaryDir dir;
        for (const auto& [format, part] : {std::pair{ProposalFormat::Docx, "word/document.xml"},
                                           std::pair{ProposalFormat::Odt, "content.xml"}}) {
            const QString path = dir.filePath(QStringLiteral("p.zip"));
            auto bytes = renderProposal(proposal.value(), format);
            QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().toString()));
            writeAll(path, bytes.value());
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"),
                        {QStringLiteral("-p"), path, QString::fromLatin1(part)});
            QVERIFY(unzip.waitForFinished(30000));
            QVERIFY2(QString::fromUtf8(unzip.readAllStandardOutput())
                         .contains(QStringLiteral("Amend definition · 4.E.1 — definition of "
                                                  "&quot;vulnerability disclosure&quot;")),
                     part);
        }
        // Every other demo case targets its entry; the new entry has no text to start from.
        for (const CaseRecord& c : cases) {
            if (c.id == definition.id)
                continue;
            QCOMPARE(c.targetKind, CaseTargetKind::Entry);
            if (c.kind == CaseKind::NewEntry)
                QVERIFY2(c.baseText.isEmpty(), qPrintable(c.baseText));
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseTarget)
#include "tst_casetarget.moc"
