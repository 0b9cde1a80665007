#include "TestSupport.h"

#include "io/ImportService.h"
#include "lists/ListStore.h"
#include "pacing/ImplementationJson.h"
#include "pacing/ImplementationStats.h"
#include "pacing/ImplementationTracker.h"
#include "pacing/TextSimilarity.h"

#include <QJsonArray>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// Entry texts, long enough to be recognised when renumbered.
const char kWidgets[] = "Widgets of high power for gadget control systems and components";
const char kRemoved[] = "Old thing to be removed entirely from the list this year";
const char kGizmoOld[] = "Gizmo measuring equipment with a resolution better than 10 nm";
const char kGizmoNew[] = "Gizmo measuring equipment with a resolution better than 5 nm in any axis";
const char kSprocket[] = "Sprocket assemblies designed for underwater robotic vehicles at depth";
const char kFlux[] = "Quantum flux capacitors for temporal displacement devices and parts";

struct Entry {
    const char* number; // "1", "2", ...: becomes 1.A.1 or 1A001
    const char* title;
};

// One edition of a list in Wassenaar ("1.A.1") or EU/US ("1A001") spelling.
ListDocument edition(const char* regime, const char* list, const char* label, const char* date,
                     bool wassenaar, const QList<Entry>& entries)
{
    ListDocument doc;
    doc.regimeKey = QLatin1String(regime);
    doc.regimeName = doc.regimeKey;
    doc.listKey = QLatin1String(list);
    doc.listName = doc.listKey;
    doc.editionLabel = QLatin1String(label);
    doc.editionDate = PartialDate::parse(QLatin1String(date));
    ListNode cat;
    cat.code = QStringLiteral("1");
    cat.kind = NodeKind::Category;
    cat.title = QStringLiteral("Special materials");
    ListNode group;
    group.code = wassenaar ? QStringLiteral("1.A") : QStringLiteral("1A");
    group.parentCode = cat.code;
    group.kind = NodeKind::Group;
    group.title = QStringLiteral("Systems, equipment and components");
    doc.nodes << cat << group;
    for (const Entry& e : entries) {
        ListNode n;
        n.code = wassenaar ? QStringLiteral("1.A.%1").arg(QLatin1String(e.number))
                           : QStringLiteral("1A%1").arg(
                                 QString::fromLatin1(e.number).rightJustified(3, QLatin1Char('0')));
        n.parentCode = group.code;
        n.kind = NodeKind::Entry;
        n.title = QString::fromUtf8(e.title);
        doc.nodes << n;
    }
    return doc;
}

const QList<Entry> kBefore = {{"1", kWidgets}, {"2", kRemoved}, {"3", kGizmoOld}, {"4", kSprocket}};
const QList<Entry> kAfter = {{"1", kWidgets}, {"3", kGizmoNew}, {"5", kFlux}, {"7", kSprocket}};

void import(Database& db, const ListDocument& doc)
{
    auto outcome = ListStore(db).importDocument(doc);
    QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().toString()));
}

void importEvents(Database& db, const QString& dir, const QByteArray& rows)
{
    const QString path = dir + QStringLiteral("/control_events.csv");
    writeAll(path, "event_id,date,date_precision,regime,event_type,entry_codes,technology_label,"
                   "description,source_url,source_url_2,confidence,notes\n" +
                       rows);
    auto report = importFile(db, path, ImportFormat::TimelineCsv);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
}

const ImplementationRow* rowFor(const ImplementationTable& t, const QString& code)
{
    for (const ImplementationRow& r : t.rows)
        if (r.change.code == code)
            return &r;
    return nullptr;
}

int listIndex(const ImplementationTable& t, const QString& key)
{
    for (int i = 0; i < t.lists.size(); ++i)
        if (t.lists[i].key == key)
            return i;
    return -1;
}

} // namespace

class TestPacing : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;
    ImplementationTable m_table;

    const Implementation& cell(const char* code, const char* list)
    {
        static const Implementation none;
        const ImplementationRow* r = rowFor(m_table, QLatin1String(code));
        const int i = listIndex(m_table, QLatin1String(list));
        if (!r || i < 0)
            return none;
        return r->cells[i];
    }

private slots:
    void initTestCase()
    {
        Database& db = *m_db.db;
        import(db, edition("wa", "wa-dual-use", "WA 2010", "2010-12-10", true, kBefore));
        import(db, edition("wa", "wa-dual-use", "WA 2011", "2011-12-08", true, kAfter));
        // The EU takes everything up in its 2012 edition.
        import(db, edition("eu", "eu-annex-i", "EU 2011", "2011-06-01", false, kBefore));
        import(db, edition("eu", "eu-annex-i", "EU 2012", "2012-10-01", false, kAfter));
        // The US never does.
        import(db, edition("us-ear", "us-ccl", "US 2011", "2011-01-01", false, kBefore));
        import(db, edition("us-ear", "us-ccl", "US 2013", "2013-05-01", false, kBefore));
        // Another list has no edition after the decision.
        import(db, edition("xx", "xx-list", "XX 2009", "2009", false, kBefore));
        // Another words the new entry its own way, and an event dates that.
        QList<Entry> own = kAfter;
        own[2].title = "Flux devices for time travel, as defined by national order 12";
        import(db, edition("ca", "ca-list", "CA 2014", "2014-03", false, own));
        // A list of another kind entirely is not a national list of this regime.
        import(db, edition("ml", "ml-list", "ML 2012", "2012", false, {}));
        importEvents(db, m_db.dir.path(),
                     "CE-1,2011-12-08,day,Wassenaar,plenary decision,1.A.5,flux,Plenary adds flux "
                     "capacitors,https://example.org/wa,,high,\n"
                     "CE-2,2012-06-01,day,CA-national,national control in force,1A005,flux,Canada "
                     "controls flux capacitors,https://example.org/ca,,high,\n"
                     "CE-3,2011-10-01,day,CA-national,national control in force,1A005,flux,Before "
                     "the plenary: not an implementation,https://example.org/ca,,high,\n");
        auto table = computeImplementation(db);
        QVERIFY2(table.ok(), qPrintable(table ? QString() : table.error().toString()));
        m_table = table.value();
    }

    void regimeChangesAreFoundAndFolded()
    {
        QCOMPARE(m_table.regimeListKey, QStringLiteral("wa-dual-use"));
        QCOMPARE(m_table.regimeEditions, strings({"WA 2010", "WA 2011"}));
        QStringList rows;
        for (const ImplementationRow& r : m_table.rows)
            rows << r.change.code + QLatin1Char(' ') + regimeChangeKindName(r.change.kind);
        rows.sort();
        QCOMPARE(rows,
                 strings({"1.A.2 removed", "1.A.3 changed", "1.A.5 added", "1.A.7 renumbered"}));
        QCOMPARE(rowFor(m_table, QStringLiteral("1.A.7"))->change.previousCode,
                 QStringLiteral("1.A.4"));
    }

    void nationalListsAreThoseSharingTheRegimesEntries()
    {
        QStringList keys;
        for (const NationalListInfo& l : m_table.lists)
            keys << l.key;
        keys.sort();
        QCOMPARE(keys, strings({"ca-list", "eu-annex-i", "us-ccl", "xx-list"}));
    }

    void regimeDateFromEditionsOrEvent()
    {
        const ImplementationRow* reworded = rowFor(m_table, QStringLiteral("1.A.3"));
        QCOMPARE(reworded->regimeEvidence, EvidenceKind::Edition);
        QCOMPARE(reworded->regimeDate.describe(), QStringLiteral("2010-12-11 \u2013 2011-12-08"));
        const ImplementationRow* added = rowFor(m_table, QStringLiteral("1.A.5"));
        QCOMPARE(added->regimeEvidence, EvidenceKind::TimelineEvent);
        QCOMPARE(added->regimeEventExtId, QStringLiteral("CE-1"));
        QCOMPARE(added->regimeDate.describe(), QStringLiteral("2011-12-08"));
    }

    void implementedBetweenTwoEditions()
    {
        for (const char* code : {"1.A.2", "1.A.3", "1.A.5", "1.A.7"}) {
            const Implementation& eu = cell(code, "eu-annex-i");
            QCOMPARE(eu.status, ImplementationStatus::Implemented);
            QCOMPARE(eu.evidence, EvidenceKind::Edition);
            QCOMPARE(eu.editionLabel, QStringLiteral("EU 2012"));
            QCOMPARE(eu.previousEditionLabel, QStringLiteral("EU 2011"));
            QCOMPARE(eu.date.describe(), QStringLiteral("2011-06-02 \u2013 2012-10-01"));
        }
        QCOMPARE(cell("1.A.7", "eu-annex-i").code, QStringLiteral("1A007"));
        // Decided by 2011-12-08 (exactly, from CE-1); in the EU list by 2012-10-01.
        QCOMPARE(cell("1.A.5", "eu-annex-i").lag.describe(), QStringLiteral("\u2264 0.8 y"));
        // Decided after 2010-12-10: the lag is at most 1.8 years.
        QCOMPARE(cell("1.A.3", "eu-annex-i").lag.describe(), QStringLiteral("\u2264 1.8 y"));
    }

    void neverImplementedIsNotYet()
    {
        for (const char* code : {"1.A.2", "1.A.3", "1.A.5", "1.A.7"}) {
            const Implementation& us = cell(code, "us-ccl");
            QCOMPARE(us.status, ImplementationStatus::NotYetImplemented);
            QCOMPARE(us.editionLabel, QStringLiteral("US 2013"));
            QCOMPARE(us.date.describe(), QStringLiteral("after 2013-05-01"));
        }
        // Still the old wording in the newest US edition, 1.4 years after the decision.
        QCOMPARE(cell("1.A.3", "us-ccl").text, QString::fromUtf8(kGizmoOld));
        QCOMPARE(cell("1.A.5", "us-ccl").lag.describe(), QStringLiteral("> 1.4 y"));
        const QList<LagSummary> sums = summariseLags(m_table);
        QCOMPARE(sums[listIndex(m_table, QStringLiteral("us-ccl"))].count, 0);
        QCOMPARE(sums[listIndex(m_table, QStringLiteral("us-ccl"))].pending, 4);
    }

    void noEditionAfterTheDecisionIsUnknown()
    {
        for (const char* code : {"1.A.2", "1.A.3", "1.A.5", "1.A.7"}) {
            const Implementation& xx = cell(code, "xx-list");
            QCOMPARE(xx.status, ImplementationStatus::Unknown);
            QVERIFY(xx.lag.isEmpty());
            QVERIFY(!xx.date.latest);
        }
    }

    void differentWordingIsImplementedDifferentlyAndDatedByTheEvent()
    {
        const Implementation& ca = cell("1.A.5", "ca-list");
        QCOMPARE(ca.status, ImplementationStatus::ImplementedDifferently);
        QVERIFY2(ca.similarity > 0 && ca.similarity < kSameWordingThreshold,
                 qPrintable(QString::number(ca.similarity)));
        QVERIFY(ca.text.contains(QLatin1String("time travel")));
        // No earlier CA edition brackets it; CE-2 dates it (CE-3 predates the decision).
        QCOMPARE(ca.evidence, EvidenceKind::TimelineEvent);
        QCOMPARE(ca.eventExtId, QStringLiteral("CE-2"));
        QCOMPARE(ca.editionLabel, QStringLiteral("CA 2014"));
        QCOMPARE(ca.lag.describe(), QStringLiteral("0.5 y"));
        // Its other entries are the regime's own wording, in its only edition.
        const Implementation& same = cell("1.A.3", "ca-list");
        QCOMPARE(same.status, ImplementationStatus::Implemented);
        QCOMPARE(same.date.describe(), QStringLiteral("by 2014-03-31"));
        QVERIFY(same.evidenceSentence().contains(QLatin1String("no earlier edition")));
    }

    void jsonCarriesTheSameTable()
    {
        const QJsonObject json = implementationToJson(m_table);
        QCOMPARE(json.value(QLatin1String("changes")).toArray().size(), m_table.rows.size());
        const QJsonArray lists = json.value(QLatin1String("lists")).toArray();
        QCOMPARE(lists.size(), 4);
        for (const QJsonValue& row : json.value(QLatin1String("changes")).toArray()) {
            const QJsonObject o = row.toObject();
            if (o.value(QLatin1String("code")).toString() != QLatin1String("1.A.5"))
                continue;
            QCOMPARE(o.value(QLatin1String("regime_event")).toString(), QStringLiteral("CE-1"));
            const QJsonArray cells = o.value(QLatin1String("lists")).toArray();
            for (const QJsonValue& c : cells) {
                const QJsonObject cellJson = c.toObject();
                if (cellJson.value(QLatin1String("list")).toString() == QLatin1String("ca-list")) {
                    QCOMPARE(cellJson.value(QLatin1String("status")).toString(),
                             QStringLiteral("implemented differently"));
                    QVERIFY(cellJson.contains(QLatin1String("national_text")));
                    QCOMPARE(cellJson.value(QLatin1String("event")).toString(),
                             QStringLiteral("CE-2"));
                }
            }
        }
    }

    void ecfrStartIsAnUpperBoundOnly()
    {
        TempDatabase t;
        import(*t.db, edition("wa", "wa-dual-use", "WA 2015", "2015-12-03", true, kBefore));
        import(*t.db, edition("wa", "wa-dual-use", "WA 2016", "2016-12-08", true, kAfter));
        import(*t.db, edition("us-ear", "us-ccl", "eCFR 2017-01-01", "2017-01-01", false, kAfter));
        auto table = computeImplementation(*t.db);
        QVERIFY(table.ok());
        const ImplementationRow* r = rowFor(*table, QStringLiteral("1.A.5"));
        QVERIFY(r);
        const Implementation& us = r->cells[0];
        QCOMPARE(us.status, ImplementationStatus::Implemented);
        // Not "on 2017-01-01": the eCFR's history starts there.
        QVERIFY(!us.date.earliest);
        QCOMPARE(us.date.describe(), QStringLiteral("by 2017-01-01"));
        QCOMPARE(us.lag.describe(), QStringLiteral("\u2264 1.1 y"));
        QVERIFY(table->notes.join(QLatin1Char(' ')).contains(QLatin1String("2017-01-01")));
    }

    void theSameWordsInAnotherGroupAreNotARenumbering()
    {
        // 1.A.4's words reappear as 1.B.1: another control that shares them, so a removal and
        // an addition, not a renumbering.
        TempDatabase t;
        import(*t.db, edition("wa", "wa-dual-use", "WA 2015", "2015-12-03", true, kBefore));
        ListDocument after = edition("wa", "wa-dual-use", "WA 2016", "2016-12-08", true,
                                     {{"1", kWidgets}, {"2", kRemoved}, {"3", kGizmoOld}});
        ListNode group;
        group.code = QStringLiteral("1.B");
        group.parentCode = QStringLiteral("1");
        group.kind = NodeKind::Group;
        group.title = QStringLiteral("Test equipment");
        ListNode moved;
        moved.code = QStringLiteral("1.B.1");
        moved.parentCode = group.code;
        moved.kind = NodeKind::Entry;
        moved.title = QString::fromUtf8(kSprocket);
        after.nodes << group << moved;
        import(*t.db, after);
        import(*t.db, edition("eu", "eu-annex-i", "EU 2017", "2017-06-01", false, kBefore));
        auto table = computeImplementation(*t.db);
        QVERIFY(table);
        QStringList rows;
        for (const ImplementationRow& r : table->rows)
            rows << r.change.code + QLatin1Char(' ') + regimeChangeKindName(r.change.kind);
        rows.sort();
        QCOMPARE(rows, strings({"1.A.4 removed", "1.B.1 added"}));
    }

    void aListWithOneEditionIsRefusedWithTheReason()
    {
        auto table = computeImplementation(*m_db.db, PacingOptions{QStringLiteral("xx-list")});
        QVERIFY(!table.ok());
        QCOMPARE(table.error().kind, Error::Kind::BadInput);
        QVERIFY(table.error().message.contains(QLatin1String("need two")));
        auto missing = computeImplementation(*m_db.db, PacingOptions{QStringLiteral("nope")});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("nope")));
    }

    void cancelStopsTheWork()
    {
        auto table = computeImplementation(*m_db.db, {}, [](qint64, qint64) { return false; });
        QVERIFY(!table.ok());
        QCOMPARE(table.error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestPacing)
#include "tst_pacing.moc"
