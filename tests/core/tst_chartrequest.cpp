#include "charts/ChartRequest.h"
#include "timeline/ChartData.h"

#include <QtTest>

using namespace paceline;

// The chart options of `paceline --export-chart`: each chart takes the filters and choices its
// tab offers, and a wrong one is refused with the option and the chart named.
class TestChartRequest : public QObject {
    Q_OBJECT
private slots:
    void innovationTakesTheTabsFilters()
    {
        const auto r =
            parseChartRequest(QStringLiteral("innovation"),
                              {{QStringLiteral("technology"), QStringLiteral(" intrusion ")},
                               {QStringLiteral("regime"), QStringLiteral("Wassenaar,us")},
                               {QStringLiteral("regime"), QStringLiteral("australia group")},
                               {QStringLiteral("confidence"), QStringLiteral("medium")},
                               {QStringLiteral("from"), QStringLiteral("1990")},
                               {QStringLiteral("to"), QStringLiteral("2025")},
                               {QStringLiteral("sort"), QStringLiteral("lag")},
                               {QStringLiteral("group-by-category"), QString()},
                               {QStringLiteral("no-eras"), QString()},
                               {QStringLiteral("style"), QStringLiteral("Presentation")}});
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->kind, ChartKind::Innovation);
        QCOMPARE(r->look, ChartLook::Presentation);
        QCOMPARE(r->filter.technologyText, QStringLiteral("intrusion"));
        QCOMPARE(r->filter.regimes, QSet<RegimeGroup>({RegimeGroup::Wassenaar, RegimeGroup::US,
                                                       RegimeGroup::AustraliaGroup}));
        QCOMPARE(r->filter.minConfidence, Confidence::Medium);
        QCOMPARE(r->filter.from, std::optional<QDate>(QDate(1990, 1, 1)));
        QCOMPARE(r->filter.to, std::optional<QDate>(QDate(2025, 12, 31)));
        QCOMPARE(r->filter.sort, LaneSort::Lag);
        QVERIFY(r->filter.groupByCategory);
        QVERIFY(!r->eras);
    }

    void defaultsAreTheTabsDefaults()
    {
        const auto r = parseChartRequest(QStringLiteral("innovation"), {});
        QVERIFY(r);
        QCOMPARE(r->look, ChartLook::Standard);
        QVERIFY(r->filter.isDefault());
        QVERIFY(r->eras);
        QCOMPARE(r->filter.describe(),
                 QStringLiteral("Technologies: all \u00b7 Regimes: all \u00b7 "
                                "Confidence: any \u00b7 Years: all"));
    }

    void otherChartsTakeTheirOwnOptions()
    {
        const auto survival = parseChartRequest(
            QStringLiteral("survival"),
            {{QStringLiteral("lag-to"), QStringLiteral("EU")}, {QStringLiteral("by-decade"), {}}});
        QVERIFY(survival);
        QCOMPARE(survival->target, LagTarget::FirstEuControl);
        QVERIFY(survival->byDecade);

        const auto churn = parseChartRequest(QStringLiteral("churn"),
                                             {{QStringLiteral("list"), QStringLiteral("wa-dul")},
                                              {QStringLiteral("ignore-typography"), {}}});
        QVERIFY(churn);
        QCOMPARE(churn->listKey, QStringLiteral("wa-dul"));
        QVERIFY(churn->ignoreTypography);

        const auto implementation =
            parseChartRequest(QStringLiteral("implementation"),
                              {{QStringLiteral("category"), QStringLiteral("5")},
                               {QStringLiteral("year"), QStringLiteral("2013")},
                               {QStringLiteral("status"), QStringLiteral("not-yet")},
                               {QStringLiteral("evidence"), QStringLiteral("event")}});
        QVERIFY(implementation);
        QCOMPARE(implementation->implementation.category, QStringLiteral("5"));
        QCOMPARE(implementation->implementation.year, 2013);
        QCOMPARE(implementation->implementation.status,
                 std::optional<ImplementationStatus>(ImplementationStatus::NotYetImplemented));
        QCOMPARE(implementation->implementation.evidence,
                 std::optional<EvidenceKind>(EvidenceKind::TimelineEvent));
        QCOMPARE(implementation->implementation.describe(),
                 QStringLiteral("Category 5 \u00b7 Decided in 2013 \u00b7 Status not yet "
                                "implemented in a list \u00b7 Dated by timeline event in a list"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // a part of the message
        QTest::newRow("unknown chart")
            << "pie"
            << ""
            << ""
            << "takes innovation, lag, churn, survival or implementation";
        QTest::newRow("a filter the lag tab has not")
            << "lag"
            << "regime"
            << "us"
            << "--regime does not apply to the lag chart; it takes "
               "--style, --lag-to";
        QTest::newRow("years on the churn chart") << "churn"
                                                  << "from"
                                                  << "2000"
                                                  << "--from does not apply to the churn chart";
        QTest::newRow("a list for the innovation chart")
            << "innovation"
            << "list"
            << "wa-dul"
            << "--list does not apply to the innovation chart";
        QTest::newRow("decades on the lag chart") << "lag"
                                                  << "by-decade"
                                                  << ""
                                                  << "--by-decade does not apply to the lag chart";
        QTest::newRow("unknown regime")
            << "innovation"
            << "regime"
            << "nato"
            << "--regime: unknown regime \"nato\"; use wassenaar, wa, us";
        QTest::newRow("confidence word") << "innovation"
                                         << "confidence"
                                         << "sure"
                                         << "--confidence: takes the lowest confidence shown";
        QTest::newRow("year not a number")
            << "innovation"
            << "from"
            << "199O"
            << "--from: takes a year from 1900 to 2100, not \"199O\"";
        QTest::newRow("year too early") << "innovation"
                                        << "to"
                                        << "1850"
                                        << "--to: takes a year from 1900 to 2100";
        QTest::newRow("style") << "lag"
                               << "style"
                               << "fancy"
                               << "--style: takes standard or presentation, not \"fancy\"";
        QTest::newRow("lag target") << "survival"
                                    << "lag-to"
                                    << "uk"
                                    << "--lag-to: takes any, us, eu";
        QTest::newRow("status") << "implementation"
                                << "status"
                                << "maybe"
                                << "--status: takes implemented, differently, not-yet, unknown";
        QTest::newRow("empty technology") << "innovation"
                                          << "technology"
                                          << " "
                                          << "--technology: needs a text";
        QTest::newRow("not a chart option") << "innovation"
                                            << "colour"
                                            << "red"
                                            << "--colour is not a chart option";
    }
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ChartOptionList options;
        if (!option.isEmpty())
            options.append({option, value});
        const auto r = parseChartRequest(kind, options);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QVERIFY2(r.error().toString().contains(message), qPrintable(r.error().toString()));
    }

    void repeatedAndContradictoryOptions()
    {
        const auto twice = parseChartRequest(QStringLiteral("innovation"),
                                             {{QStringLiteral("from"), QStringLiteral("1990")},
                                              {QStringLiteral("from"), QStringLiteral("2000")}});
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(
                     QStringLiteral("--from: is given twice; the innovation chart takes one")),
                 qPrintable(twice.error().message));
        const auto backwards = parseChartRequest(QStringLiteral("innovation"),
                                                 {{QStringLiteral("from"), QStringLiteral("2020")},
                                                  {QStringLiteral("to"), QStringLiteral("2010")}});
        QVERIFY(!backwards);
        QCOMPARE(backwards.error().message, QStringLiteral("--from 2020 is after --to 2010"));
    }

    // Every option is offered to the command line, and each says which charts take it.
    void everyOptionNamesItsCharts()
    {
        QStringList names;
        for (const ChartOptionSpec& spec : chartOptionSpecs()) {
            QVERIFY(!spec.kinds.isEmpty());
            QVERIFY(!spec.help.isEmpty());
            QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
            names << spec.name;
        }
        for (const char* n : {"technology", "regime", "confidence", "from", "to", "style"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
    }

    void describeSaysWhatWasChosen_data()
    {
        QTest::addColumn<int>("fromYear");
        QTest::addColumn<int>("toYear");
        QTest::addColumn<QString>("years");
        QTest::newRow("both") << 1990 << 2025 << "Years: 1990\u20132025";
        QTest::newRow("from") << 1990 << 0 << "Years: 1990\u2013";
        QTest::newRow("to") << 0 << 2025 << "Years: \u20132025";
    }
    void describeSaysWhatWasChosen()
    {
        QFETCH(int, fromYear);
        QFETCH(int, toYear);
        QFETCH(QString, years);
        ChartFilter f;
        f.regimes = {RegimeGroup::US, RegimeGroup::Wassenaar};
        f.minConfidence = Confidence::Medium;
        f.technologyText = QStringLiteral("intrusion");
        f.technologies = {QStringLiteral("intrusion_software"), QStringLiteral("ip_surveillance")};
        if (fromYear)
            f.from = QDate(fromYear, 1, 1);
        if (toYear)
            f.to = QDate(toYear, 12, 31);
        QCOMPARE(f.describe(),
                 QStringLiteral("Technologies: \u201cintrusion\u201d (2) \u00b7 Regimes: "
                                "Wassenaar, US \u00b7 Confidence \u2265 medium \u00b7 ") +
                     years);
        f.minConfidence = Confidence::High;
        QVERIFY(f.describe().contains(QStringLiteral("Confidence: high only")));
    }

    void technologyTextMatchesNameOrLabel()
    {
        Technology a;
        a.label = QStringLiteral("intrusion_software");
        a.name = QStringLiteral("Intrusion software / exploitation platforms");
        Technology b;
        b.label = QStringLiteral("ip_surveillance");
        b.name = QStringLiteral("IP network communications surveillance");
        QCOMPARE(technologiesMatching({a, b}, QStringLiteral("SURVEILLANCE")),
                 QSet<QString>({QStringLiteral("ip_surveillance")}));
        QCOMPARE(technologiesMatching({a, b}, QStringLiteral("intrusion_")),
                 QSet<QString>({QStringLiteral("intrusion_software")}));
        QVERIFY(technologiesMatching({a, b}, QStringLiteral("quantum")).isEmpty());
        QVERIFY(technologiesMatching({a, b}, QStringLiteral("  ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChartRequest)
#include "tst_chartrequest.moc"
