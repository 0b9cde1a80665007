#include "session/ChangeSet.h"

#include <QtTest>

using namespace paceline;

using Part = ChangeSet::CasePart;

class TestChangeSet : public QObject {
    Q_OBJECT
private slots:
    void partsSayWhatChanged()
    {
        const ChangeSet timeline(ChangeSet::Timeline);
        QVERIFY(!timeline.isEmpty());
        QVERIFY(timeline.touches(ChangeSet::Timeline));
        QVERIFY(timeline.touches(ChangeSet::Lists | ChangeSet::Timeline));
        QVERIFY(!timeline.touches(ChangeSet::Lists | ChangeSet::Concordance | ChangeSet::Cases));
        QVERIFY(!timeline.touchesCase(7));
        QVERIFY(timeline.caseIds().isEmpty());
        QVERIFY(ChangeSet().isEmpty());
        QVERIFY(ChangeSet().addCase(3, {}).isEmpty()); // nothing of the case changed
    }

    void casesAreNamedWithWhatChangedInThem()
    {
        ChangeSet saved = ChangeSet::ofCase(9, Part::Text);
        QVERIFY(!saved.touches(ChangeSet::Cases)); // a text save renames nothing
        QVERIFY(saved.touchesCase(9));
        QVERIFY(saved.touchesCase(9, Part::Text));
        QVERIFY(!saved.touchesCase(9, Part::Revision | Part::Workflow));
        QVERIFY(!saved.touchesCase(4));

        saved.merge(ChangeSet(ChangeSet::Cases).addCase(4, Part::Workflow | Part::Revision));
        saved.merge(ChangeSet::ofCase(9, Part::Comments));
        QVERIFY(saved.touches(ChangeSet::Cases));
        QCOMPARE(saved.caseIds(), (QList<qint64>{4, 9}));
        QCOMPARE(saved.caseParts(9), Part::Text | Part::Comments);
        QCOMPARE(saved.caseParts(4), Part::Workflow | Part::Revision);
    }

    void everythingTouchesEveryPartAndCase()
    {
        const ChangeSet all = ChangeSet::everything();
        QVERIFY(all.isEverything());
        QVERIFY(all.touches(ChangeSet::Lists));
        QVERIFY(all.touches(ChangeSet::Concordance));
        QVERIFY(all.touchesCase(12345, Part::Comments));
        QVERIFY(all.caseIds().isEmpty()); // not a list: every case
        ChangeSet merged(ChangeSet::Lists);
        QVERIFY(!merged.isEverything());
        QVERIFY(merged.merge(all).isEverything());
        QVERIFY(ChangeSet(ChangeSet::Lists | ChangeSet::Timeline | ChangeSet::Concordance |
                          ChangeSet::Cases) != all);
    }

    void travelsThroughQVariant()
    {
        const ChangeSet sent = ChangeSet(ChangeSet::Cases).addCase(2, Part::Revision);
        const QVariant v = QVariant::fromValue(sent);
        QCOMPARE(v.value<ChangeSet>(), sent);
    }
};

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
