#include "TestSupport.h"

#include "cases/CaseStore.h"
#include "demo/DemoDataset.h"
#include "report/DocxPackage.h"
#include "report/OdtProposal.h"
#include "text/ReadableDiff.h"
#include "text/WordDiff.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// What content.xml says, read with QXmlStreamReader the way an ODF consumer applies
// text:tracked-changes: insertions between text:change-start and text:change-end, deletions
// kept in their text:changed-region and put back at text:change.
struct Change {
    QString text;
    QString creator;
    QString date;
};
struct Annotation {
    QString creator;
    QString text;
    QString anchor;
};
struct ReadBack {
    QList<Change> insertions;
    QList<Change> deletions;
    QList<Annotation> annotations;
    QString accepted;
    QString rejected;
    QString error;
};

// Text of the current element up to its end: text:s, line breaks and tabs expanded.
QString readOdfText(QXmlStreamReader& xml)
{
    QString out;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters)
            out += xml.text();
        else if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == QLatin1String("s"))
                out += QString(xml.attributes().value(QStringLiteral("text:c")).toInt() > 0
                                   ? xml.attributes().value(QStringLiteral("text:c")).toInt()
                                   : 1,
                               QLatin1Char(' '));
            else if (xml.name() == QLatin1String("line-break"))
                out += QLatin1Char('\n');
            else if (xml.name() == QLatin1String("tab"))
                out += QLatin1Char('\t');
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("p") && depth > 0)
                out += QLatin1Char('\n');
        }
    }
    return out;
}

ReadBack readContent(const QByteArray& content)
{
    ReadBack r;
    QXmlStreamReader xml(content);
    QHash<QString, Change> regions;
    QHash<QString, bool> isDeletion;
    QStringList insertionOrder;
    QHash<QString, QString> insertionText;
    QSet<QString> openInsertions;
    QHash<QString, qsizetype> openAnnotations; // name -> index
    QString heading;
    bool inHeading = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("changed-region")) {
                const QString id = xml.attributes().value(QStringLiteral("text:id")).toString();
                Change c;
                bool deletion = false;
                int depth = 1;
                while (depth > 0 && !xml.atEnd()) {
                    const auto t = xml.readNext();
                    if (t == QXmlStreamReader::StartElement) {
                        if (xml.name() == QLatin1String("deletion"))
                            deletion = true;
                        if (xml.name() == QLatin1String("creator"))
                            c.creator = xml.readElementText();
                        else if (xml.name() == QLatin1String("date"))
                            c.date = xml.readElementText();
                        else if (xml.name() == QLatin1String("p"))
                            c.text += readOdfText(xml);
                        else
                            ++depth;
                    } else if (t == QXmlStreamReader::EndElement) {
                        --depth;
                    }
                }
                regions.insert(id, c);
                isDeletion.insert(id, deletion);
            } else if (name == QLatin1String("change-start")) {
                const QString id =
                    xml.attributes().value(QStringLiteral("text:change-id")).toString();
                openInsertions.insert(id);
                insertionOrder << id;
            } else if (name == QLatin1String("change-end")) {
                openInsertions.remove(
                    xml.attributes().value(QStringLiteral("text:change-id")).toString());
            } else if (name == QLatin1String("change")) {
                const QString id =
                    xml.attributes().value(QStringLiteral("text:change-id")).toString();
                Change d = regions.value(id);
                if (!isDeletion.value(id))
                    r.error = QStringLiteral("text:change %1 is not a deletion").arg(id);
                r.deletions.append(d);
                r.rejected += d.text;
            } else if (name == QLatin1String("annotation")) {
                const QString annotationName =
                    xml.attributes().value(QStringLiteral("office:name")).toString();
                Annotation a;
                int depth = 1;
                while (depth > 0 && !xml.atEnd()) {
                    const auto t = xml.readNext();
                    if (t == QXmlStreamReader::StartElement) {
                        if (xml.name() == QLatin1String("creator"))
                            a.creator = xml.readElementText();
                        else if (xml.name() == QLatin1String("p"))
                            a.text += readOdfText(xml) + QLatin1Char(' ');
                        else
                            ++depth;
                    } else if (t == QXmlStreamReader::EndElement) {
                        --depth;
                    }
                }
                if (annotationName.isEmpty())
                    a.anchor = heading; // a point annotation at the end of a heading
                else
                    openAnnotations.insert(annotationName, r.annotations.size());
                r.annotations.append(a);
            } else if (name == QLatin1String("annotation-end")) {
                openAnnotations.remove(
                    xml.attributes().value(QStringLiteral("office:name")).toString());
            } else if (name == QLatin1String("h")) {
                inHeading = true;
                heading.clear();
            } else if (name == QLatin1String("s") || name == QLatin1String("line-break") ||
                       name == QLatin1String("tab")) {
                QString text =
                    name == QLatin1String("s")
                        ? QString(
                              std::max(1, xml.attributes().value(QStringLiteral("text:c")).toInt()),
                              QLatin1Char(' '))
                        : QStringLiteral(" ");
                r.accepted += text;
                if (openInsertions.isEmpty())
                    r.rejected += text;
                for (const QString& id : openInsertions)
                    insertionText[id] += text;
                for (const qsizetype i : openAnnotations)
                    r.annotations[i].anchor += text;
            }
        } else if (token == QXmlStreamReader::Characters) {
            const QString text = xml.text().toString();
            r.accepted += text;
            if (openInsertions.isEmpty())
                r.rejected += text;
            for (const QString& id : openInsertions)
                insertionText[id] += text;
            for (const qsizetype i : openAnnotations)
                r.annotations[i].anchor += text;
            if (inHeading)
                heading += text;
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("p") || name == QLatin1String("h")) {
                r.accepted += QLatin1Char('\n');
                r.rejected += QLatin1Char('\n');
            }
            if (name == QLatin1String("h"))
                inHeading = false;
        }
    }
    if (xml.hasError())
        r.error = xml.errorString();
    for (const QString& id : insertionOrder) {
        Change c = regions.value(id);
        if (isDeletion.value(id))
            r.error = QStringLiteral("change-start %1 names a deletion").arg(id);
        c.text = insertionText.value(id);
        r.insertions.append(c);
    }
    return r;
}

QByteArray unzipPart(const QString& path, const QString& part)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]")));
    return s.simplified().remove(QLatin1Char(' '));
}

QString textOf(const QList<Change>& changes)
{
    QString out;
    for (const Change& c : changes)
        out += c.text;
    return squeezed(out);
}

QString textOf(const QList<DiffSegment>& segments, DiffOp op)
{
    QString out;
    for (const DiffSegment& s : segments)
        if (s.op == op)
            out += s.text;
    return squeezed(out);
}

} // namespace

class TestOdtProposal : public QObject {
    Q_OBJECT
private:
    TempDatabase m_t;
    QList<ProposalData> m_cases;

    void checkRoundTrip(const ProposalData& p, const ProposalOptions& options, const QString& name)
    {
        const QString path = m_t.dir.filePath(name + QStringLiteral(".odt"));
        Status written = exportProposal(p, ProposalFormat::Odt, path, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QByteArray bytes = readAll(path);
        // ODF: "mimetype" first and stored, so that the type reads at a fixed offset.
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        QProcess test;
        test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
        test.waitForFinished(60000);
        QCOMPARE(test.exitCode(), 0);
        for (const char* part : {"styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
            QXmlStreamReader xml(unzipPart(path, QString::fromLatin1(part)));
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), part);
        }

        const ReadBack r = readContent(unzipPart(path, QStringLiteral("content.xml")));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const CaseRecord& c = p.record;
        const QList<DiffSegment> diff = readableDiff(wordDiff(c.baseText, c.proposedText));
        QCOMPARE(textOf(r.insertions), textOf(diff, DiffOp::Insert));
        QCOMPARE(textOf(r.deletions), textOf(diff, DiffOp::Delete));
        for (const QList<Change>* changes : {&r.insertions, &r.deletions})
            for (const Change& ch : *changes) {
                QCOMPARE(ch.creator, c.author);
                QCOMPARE(ch.date, docxDateTime(c.updatedAt));
            }
        if (!options.twoColumn) {
            QVERIFY2(squeezed(r.accepted).contains(squeezed(c.proposedText)),
                     qPrintable(r.accepted));
            QVERIFY2(squeezed(r.rejected).contains(squeezed(c.baseText)), qPrintable(r.rejected));
        }

        QHash<QString, QString> parentOf;
        for (const CaseComment& cm : p.comments)
            parentOf.insert(cm.uuid, cm.parentUuid);
        int expected = 0;
        for (const CaseComment& cm : p.comments) {
            QString root = cm.uuid;
            while (!parentOf.value(root).isEmpty())
                root = parentOf.value(root);
            const CaseComment* rc = nullptr;
            for (const CaseComment& x : p.comments)
                if (x.uuid == root)
                    rc = &x;
            QVERIFY(rc);
            const Annotation* found = nullptr;
            for (const Annotation& a : r.annotations)
                if (squeezed(a.text).endsWith(squeezed(cm.body)))
                    found = &a;
            if (!rc->resolvedAt.isEmpty()) {
                QVERIFY2(!found, qPrintable(cm.body));
                continue;
            }
            ++expected;
            QVERIFY2(found, qPrintable(QStringLiteral("comment not found: ") + cm.body));
            QCOMPARE(found->creator, cm.author);
            const bool anchored =
                rc->anchorStart >= 0 && !rc->outdated && rc->anchorEnd > rc->anchorStart;
            const QString words =
                anchored ? c.proposedText.mid(rc->anchorStart, rc->anchorEnd - rc->anchorStart)
                         : QStringLiteral("1. Amendment");
            if (!anchored && cm.uuid == rc->uuid && !rc->anchorText.isEmpty())
                QVERIFY2(found->text.contains(
                             QStringLiteral("“%1” (no longer in the text)").arg(rc->anchorText)),
                         qPrintable(found->text));
            QCOMPARE(squeezed(found->anchor), squeezed(words));
        }
        QCOMPARE(r.annotations.size(), expected);

        // An independent reader opens it.
        if (!QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty()) {
            QProcess pandoc;
            pandoc.start(QStringLiteral("pandoc"),
                         {QStringLiteral("-f"), QStringLiteral("odt"), QStringLiteral("-t"),
                          QStringLiteral("plain"), path});
            pandoc.waitForFinished(120000);
            QCOMPARE(pandoc.exitCode(), 0);
            QVERIFY(QString::fromUtf8(pandoc.readAllStandardOutput())
                        .contains(QStringLiteral("Justification")));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installDemoDataset(*m_t.db));
        auto cases = CaseStore(*m_t.db).list();
        QVERIFY(cases && !cases->isEmpty());
        for (const CaseRecord& c : cases.value()) {
            auto data = loadProposal(*m_t.db, c.id);
            QVERIFY(data);
            m_cases.append(data.value());
        }
    }

    void demoCasesCarryEveryChangeAndComment_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("twoColumn");
        for (int i = 0; i < m_cases.size(); ++i) {
            const QByteArray title = m_cases.at(i).record.title.left(40).toUtf8();
            QTest::newRow(title.constData()) << i << false;
            QTest::newRow((title + " (two columns)").constData()) << i << true;
        }
    }
    void demoCasesCarryEveryChangeAndComment()
    {
        QFETCH(int, index);
        QFETCH(bool, twoColumn);
        checkRoundTrip(m_cases.at(index), {twoColumn},
                       QStringLiteral("demo-%1-%2").arg(index).arg(twoColumn));
    }

    void hardTextSurvives()
    {
        ProposalData p = m_cases.first();
        CaseRecord& c = p.record;
        c.baseText = QStringLiteral("Systems having a frequency exceeding 10 GHz;\n\nNote: 4A005 "
                                    "does not apply to <b>\"vulnerability   disclosure\"</b> & "
                                    "tools.\n  a. indented\titem\x01.");
        c.proposedText = QStringLiteral(
            "Systems having a frequency exceeding 25 GHz and a bandwidth of 2 GHz;\n\nNote: "
            "4A005 and 4.E.1.c do not apply to <b>\"vulnerability   disclosure\"</b> & tools.\n  "
            "a. indented\titem\x01.\n\nNote 2: a new paragraph.");
        p.comments.clear();
        auto comment = [&](const QString& uuid, const QString& parent, const QString& words,
                           const QString& body) {
            CaseComment cm;
            cm.uuid = uuid;
            cm.parentUuid = parent;
            cm.author = QStringLiteral("Reviewer %1").arg(uuid);
            cm.createdAt = QStringLiteral("2026-01-02T03:04:05Z");
            cm.body = body;
            if (!words.isEmpty()) {
                cm.anchorText = words;
                cm.anchorStart = static_cast<int>(c.proposedText.indexOf(words));
                cm.anchorEnd = cm.anchorStart + static_cast<int>(words.size());
            }
            p.comments.append(cm);
        };
        comment(QStringLiteral("a"), {}, QStringLiteral("Systems"), QStringLiteral("At the start"));
        comment(QStringLiteral("b"), {}, QStringLiteral("25 GHz and a bandwidth"),
                QStringLiteral("Over an insertion <&>"));
        comment(QStringLiteral("c"), QStringLiteral("b"), {},
                QStringLiteral("A reply\nin two lines"));
        comment(QStringLiteral("d"), {}, QStringLiteral("a new paragraph."),
                QStringLiteral("At the end"));
        comment(QStringLiteral("e"), {}, QStringLiteral("Note: 4A005 and 4.E.1.c do not"),
                QStringLiteral("Across a paragraph start"));
        comment(QStringLiteral("f"), {}, {}, QStringLiteral("On the whole proposal"));
        comment(QStringLiteral("g"), {}, QStringLiteral("tools"), QStringLiteral("Resolved"));
        p.comments.last().resolvedAt = QStringLiteral("2026-01-03T00:00:00Z");
        // Its words were deleted: on the whole proposal, saying which words it was about.
        comment(QStringLiteral("h"), {}, QStringLiteral("bandwidth"), QStringLiteral("Outdated"));
        p.comments.last().outdated = true;
        for (const bool twoColumn : {false, true}) {
            checkRoundTrip(p, {twoColumn}, QStringLiteral("hard-%1").arg(twoColumn));
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestOdtProposal)
#include "tst_odtproposal.moc"
