#include "util/PartialDate.h"

#include <QtTest>

using namespace paceline;

class TestPartialDate : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("display");
        QTest::newRow("year") << "2016" << true << int(PartialDate::Precision::Year) << "2016";
        QTest::newRow("month") << "2016-12" << true << int(PartialDate::Precision::Month)
                               << "Dec 2016";
        QTest::newRow("day") << "2013-12-04" << true << int(PartialDate::Precision::Day)
                             << "4 Dec 2013";
        QTest::newRow("bad month") << "2016-13" << false << 0 << "";
        QTest::newRow("bad day") << "2015-02-30" << false << 0 << "";
        QTest::newRow("words") << "December 2016" << false << 0 << "";
        QTest::newRow("empty") << "" << false << 0 << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, precision);
        QFETCH(QString, display);
        const auto d = PartialDate::parse(text);
        QCOMPARE(d.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(int(d->precision()), precision);
        QCOMPARE(d->toIsoString(), text);
        QCOMPARE(d->toDisplayString(), display);
    }
    void rangesNeverInventADay()
    {
        const auto y = *PartialDate::parse(QStringLiteral("2016"));
        QCOMPARE(y.earliest(), QDate(2016, 1, 1));
        QCOMPARE(y.latest(), QDate(2016, 12, 31));
        QCOMPARE(y.midpoint(), QDate(2016, 7, 1));
        const auto m = *PartialDate::parse(QStringLiteral("2016-02"));
        QCOMPARE(m.latest(), QDate(2016, 2, 29));
        QCOMPARE(m.midpoint(), QDate(2016, 2, 15));
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
