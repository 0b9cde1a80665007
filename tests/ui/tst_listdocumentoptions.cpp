#include "TestSupport.h"

#include "importers/ListDocumentOptionsDialog.h"
#include "lists/ListStore.h"

#include <QComboBox>
#include <QtTest>

using namespace paceline;

class TestListDocumentOptions : public QObject {
    Q_OBJECT
private slots:
    void defaultsFromTheFileName()
    {
        ListDocumentOptionsDialog dialog(QStringLiteral("/data/EU Annex I 2024.pdf"), {});
        const ImportOptions o = dialog.options();
        QCOMPARE(o.listKey, QStringLiteral("eu-annex-i-2024"));
        QCOMPARE(o.listName, QStringLiteral("EU Annex I 2024"));
        QCOMPARE(o.editionLabel, QStringLiteral("EU Annex I 2024"));
        QCOMPARE(o.regimeKey, QStringLiteral("other"));
    }

    void choosingAKnownListTakesItsNames()
    {
        EditionInfo wa;
        wa.regimeKey = QStringLiteral("wa");
        wa.regimeName = QStringLiteral("Wassenaar Arrangement");
        wa.listKey = QStringLiteral("wa-dul");
        wa.listName = QStringLiteral("Dual-Use List");
        ListDocumentOptionsDialog dialog(QStringLiteral("wa-2024.txt"), {wa});
        auto* combo = dialog.findChild<QComboBox*>();
        QVERIFY(combo);
        combo->setEditText(QStringLiteral("wa-dul"));
        const ImportOptions o = dialog.options();
        QCOMPARE(o.listKey, QStringLiteral("wa-dul"));
        QCOMPARE(o.listName, QStringLiteral("Dual-Use List"));
        QCOMPARE(o.regimeKey, QStringLiteral("wa"));
        QCOMPARE(o.regimeName, QStringLiteral("Wassenaar Arrangement"));
        QCOMPARE(o.editionLabel, QStringLiteral("wa-2024"));
    }
};

QTEST_MAIN(TestListDocumentOptions)
#include "tst_listdocumentoptions.moc"
