#include "shell/ExternalLinks.h"

#include <QtTest>

using namespace paceline;

class TestExternalLinks : public QObject {
    Q_OBJECT
private slots:
    void opensWebAddressesOnlyAfterConfirmation()
    {
        QList<QUrl> opened;
        QStringList refusals;
        bool answer = false;
        setExternalLinkHooks({[&](const QUrl&) { return answer; },
                              [&](const QString& m) { refusals << m; },
                              [&](const QUrl& u) {
                                  opened << u;
                                  return true;
                              }});
        const QUrl web(QStringLiteral("https://www.federalregister.gov/d/2015-11642"));
        QVERIFY(!openExternalLink(nullptr, web)); // the user said no
        answer = true;
        QVERIFY(openExternalLink(nullptr, web));
        QCOMPARE(opened, QList<QUrl>{web});
        QVERIFY(!openExternalLink(nullptr, QUrl(QStringLiteral("file:///etc/passwd"))));
        QCOMPARE(refusals.size(), 1);
        QVERIFY(refusals.first().contains(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(opened.size(), 1);
        setExternalLinkHooks({});
    }
};

QTEST_MAIN(TestExternalLinks)
#include "tst_externallinks.moc"
