#include "TestSupport.h"

#include "browser/EntryHtml.h"
#include "browser/EntryView.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"

#include <QTextBrowser>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

ListNode node(const char* code, const char* parent, NodeKind kind, const char* title)
{
    ListNode n;
    n.code = QString::fromUtf8(code);
    n.parentCode = QString::fromUtf8(parent);
    n.kind = kind;
    n.title = QString::fromUtf8(title);
    return n;
}

} // namespace

// Issue #15: entries whose items the imported file lacks opened as if complete. The entry view
// says so, as a remark of ours and not as the list's text or an error.
class TestEntryNotes : public QObject {
    Q_OBJECT
private slots:
    void entryWithoutItsItemsSaysSo()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        QVERIFY(session.open(dir.filePath(QStringLiteral("n.sqlite")), false));
        ListDocument doc;
        doc.regimeKey = QStringLiteral("test");
        doc.listKey = QStringLiteral("constructed");
        doc.editionLabel = QStringLiteral("E1");
        doc.nodes = {node("1", "", NodeKind::Category, "Materials"),
                     node("1A", "1", NodeKind::Group, "Equipment"),
                     node("1A001", "1A", NodeKind::Entry, "Seals, as follows:"),
                     node("1A001.a", "1A001", NodeKind::Item, "Of fluorinated polymers."),
                     node("1A002", "1A", NodeKind::Entry, "Structures, as follows:")};
        auto imported = ListStore(*session.database()).importDocument(doc);
        QVERIFY(imported);
        const qint64 edition = imported->edition.id;

        EntryView view(&session);
        QVERIFY(view.showEntry(edition, QStringLiteral("1A002")));
        const QString note = QStringLiteral("This edition has no items for 1A002 in its source.");
        QVERIFY2(view.plainText().contains(note), qPrintable(view.plainText()));
        // After the entry's own words, in none of the list's note boxes.
        QVERIFY(view.plainText().indexOf(note) >
                view.plainText().indexOf(QStringLiteral("Structures")));
        QVERIFY(!view.plainText().contains(QStringLiteral("Note\n") + note));

        QVERIFY(view.showEntry(edition, QStringLiteral("1A001")));
        QVERIFY(!view.plainText().contains(QStringLiteral("has no items")));
    }

    void realCclEntryWithoutItems()
    {
        const QString file = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(file);
        QTemporaryDir dir;
        DatabaseSession session;
        QVERIFY(session.open(dir.filePath(QStringLiteral("ccl.sqlite")), false));
        auto doc = readListJsonFile(file);
        QVERIFY(doc);
        auto imported = ListStore(*session.database()).importDocument(doc.value());
        QVERIFY(imported);
        EntryView view(&session);
        QVERIFY(view.showEntry(imported->edition.id, QStringLiteral("5A001")));
        QVERIFY2(view.plainText().contains(
                     QStringLiteral("This edition has no items for 5A001 in its source.")),
                 qPrintable(view.plainText().left(600)));
        QVERIFY(view.showEntry(imported->edition.id, QStringLiteral("5A002")));
        QVERIFY(!view.plainText().contains(QStringLiteral("has no items")));
    }
};

QTEST_MAIN(TestEntryNotes)
#include "tst_entrynotes.moc"
