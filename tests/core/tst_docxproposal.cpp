#include "TestSupport.h"

#include "cases/CaseStore.h"
#include "demo/DemoDataset.h"
#include "report/DocxPackage.h"
#include "report/DocxProposal.h"
#include "text/ReadableDiff.h"
#include "text/WordDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// What an independent reader (pandoc's DOCX reader, every tracked change kept) found.
struct Change {
    QString text;
    QString author;
    QString date;
};
struct WordComment {
    QString author;
    QString text;   // the comment's own words
    QString anchor; // the document's words it is on, deletions left out
};
struct ReadBack {
    QList<Change> insertions;
    QList<Change> deletions;
    QMap<QString, WordComment> comments; // by id
    QString accepted;                    // the document with every change accepted
    QString rejected;                    // ... rejected
    QString error;
};

struct Span {
    QString kind; // insertion, deletion, comment-start, comment-end or other
    QMap<QString, QString> attributes;
};

// Walks pandoc's JSON AST in document order, collecting what each piece of text belongs to.
class AstWalker {
public:
    ReadBack result;

    void walk(const QJsonValue& v)
    {
        if (v.isArray()) {
            for (const QJsonValue& x : v.toArray())
                walk(x);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        const QString t = o.value(QStringLiteral("t")).toString();
        const QJsonValue c = o.value(QStringLiteral("c"));
        if (t == QLatin1String("Str"))
            text(c.toString());
        else if (t == QLatin1String("Space") || t == QLatin1String("SoftBreak"))
            text(QStringLiteral(" "));
        else if (t == QLatin1String("LineBreak"))
            text(QStringLiteral("\n"));
        else if (t == QLatin1String("Span"))
            span(c.toArray());
        else {
            walk(c);
            if (t == QLatin1String("Para") || t == QLatin1String("Plain") ||
                t == QLatin1String("Header"))
                text(QStringLiteral("\n"));
        }
    }

private:
    QList<Span> m_open;
    QStringList m_rangesOpen; // comment ids whose range we are in
    QString m_current;        // text of the innermost change or comment

    bool inside(const char* kind) const
    {
        for (const Span& s : m_open)
            if (s.kind == QLatin1String(kind))
                return true;
        return false;
    }

    void text(const QString& s)
    {
        if (inside("comment-start")) {
            m_current += s;
            return;
        }
        if (inside("insertion") || inside("deletion"))
            m_current += s;
        if (!inside("deletion")) {
            result.accepted += s;
            for (const QString& id : m_rangesOpen)
                result.comments[id].anchor += s;
        }
        if (!inside("insertion"))
            result.rejected += s;
    }

    void span(const QJsonArray& c)
    {
        const QJsonArray attr = c.at(0).toArray();
        Span s;
        const QJsonArray classes = attr.at(1).toArray();
        s.kind = classes.isEmpty() ? QStringLiteral("other") : classes.at(0).toString();
        for (const QJsonValue& kv : attr.at(2).toArray())
            s.attributes.insert(kv.toArray().at(0).toString(), kv.toArray().at(1).toString());
        const bool collects = s.kind == QLatin1String("insertion") ||
                              s.kind == QLatin1String("deletion") ||
                              s.kind == QLatin1String("comment-start");
        if (collects)
            m_current.clear();
        m_open.append(s);
        walk(c.at(1));
        m_open.removeLast();
        const QString id = s.attributes.value(QStringLiteral("id"));
        const Change change{m_current, s.attributes.value(QStringLiteral("author")),
                            s.attributes.value(QStringLiteral("date"))};
        if (s.kind == QLatin1String("insertion"))
            result.insertions.append(change);
        else if (s.kind == QLatin1String("deletion"))
            result.deletions.append(change);
        else if (s.kind == QLatin1String("comment-start")) {
            result.comments[id].author = change.author;
            result.comments[id].text = m_current;
            m_rangesOpen.append(id);
        } else if (s.kind == QLatin1String("comment-end"))
            m_rangesOpen.removeAll(id);
        if (collects)
            m_current.clear();
    }
};

bool havePandoc()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty();
}

ReadBack readWithPandoc(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pandoc"),
            {QStringLiteral("--track-changes=all"), QStringLiteral("-f"), QStringLiteral("docx"),
             QStringLiteral("-t"), QStringLiteral("json"), path});
    p.waitForFinished(120000);
    ReadBack r;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        r.error = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    if (doc.isNull()) {
        r.error = error.errorString();
        return r;
    }
    AstWalker walker;
    walker.walk(doc.object().value(QStringLiteral("blocks")));
    return walker.result;
}

// XML cannot carry control characters: the export drops them, so the comparison does too.
QString norm(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]")));
    return s.simplified();
}

// pandoc joins the paragraphs of a comment with a pilcrow.
const QChar kPilcrow(0x00B6);

// The text without any white space: a reader may move a space at the edge of a change out of
// it, or split a change where a comment starts; the characters and their order stay.
QString squeezed(const QString& s)
{
    return norm(s).remove(QLatin1Char(' '));
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

// unzip's own listing and test of the archive, and every XML part well formed.
QString packageProblems(const QString& path)
{
    QProcess test;
    test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    test.waitForFinished(60000);
    if (test.exitCode() != 0)
        return QStringLiteral("unzip -t: ") + QString::fromUtf8(test.readAllStandardOutput());
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    list.waitForFinished(60000);
    const QStringList names = QString::fromUtf8(list.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList required{
        QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
        QStringLiteral("word/document.xml"),   QStringLiteral("word/_rels/document.xml.rels"),
        QStringLiteral("word/styles.xml"),     QStringLiteral("word/comments.xml"),
        QStringLiteral("word/settings.xml"),   QStringLiteral("docProps/core.xml")};
    for (const QString& name : required)
        if (!names.contains(name))
            return QStringLiteral("missing part ") + name;
    for (const QString& name : names) {
        QProcess part;
        // unzip treats [ ] as a pattern; escape them.
        QString pattern = name;
        pattern.replace(QLatin1Char('['), QStringLiteral("\\["))
            .replace(QLatin1Char(']'), QStringLiteral("\\]"));
        part.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, pattern});
        part.waitForFinished(60000);
        QXmlStreamReader xml(part.readAllStandardOutput());
        int elements = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        if (xml.hasError() || elements == 0)
            return QStringLiteral("%1: %2").arg(name, xml.hasError() ? xml.errorString()
                                                                     : QStringLiteral("empty"));
    }
    return {};
}

} // namespace

class TestDocxProposal : public QObject {
    Q_OBJECT
private:
    TempDatabase m_t;
    QList<ProposalData> m_cases;

    // Writes p as DOCX and checks, through pandoc, every tracked change and open comment.
    void checkRoundTrip(const ProposalData& p, const ProposalOptions& options, const QString& name)
    {
        const QString path = m_t.dir.filePath(name + QStringLiteral(".docx"));
        auto bytes = proposalDocx(p, options);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
        writeAll(path, bytes.value());
        const QString problems = packageProblems(path);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        const ReadBack r = readWithPandoc(path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const CaseRecord& c = p.record;
        const QList<DiffSegment> diff = readableDiff(wordDiff(c.baseText, c.proposedText));
        QCOMPARE(textOf(r.insertions), textOf(diff, DiffOp::Insert));
        QCOMPARE(textOf(r.deletions), textOf(diff, DiffOp::Delete));
        // A change may be split where a comment starts, never merged with the next.
        qsizetype inserted = 0, deleted = 0;
        for (const DiffSegment& s : diff)
            if (!squeezed(s.text).isEmpty()) {
                inserted += s.op == DiffOp::Insert;
                deleted += s.op == DiffOp::Delete;
            }
        QVERIFY(r.insertions.size() >= inserted);
        QVERIFY(r.deletions.size() >= deleted);
        const QString date = docxDateTime(c.updatedAt);
        QVERIFY(!date.isEmpty());
        for (const QList<Change>* changes : {&r.insertions, &r.deletions})
            for (const Change& ch : *changes) {
                QCOMPARE(ch.author, c.author);
                QCOMPARE(ch.date, date);
            }
        if (!options.twoColumn) {
            // Accepting every change gives the proposed text, rejecting them the text in force.
            QVERIFY2(squeezed(r.accepted).contains(squeezed(c.proposedText)),
                     qPrintable(r.accepted));
            QVERIFY2(squeezed(r.rejected).contains(squeezed(c.baseText)), qPrintable(r.rejected));
        } else {
            QVERIFY(r.accepted.contains(QStringLiteral("Text in force")));
        }

        // Every comment of every open thread, on its words; nothing of resolved threads.
        QHash<QString, QString> rootOf;
        for (const CaseComment& cm : p.comments)
            rootOf.insert(cm.uuid, cm.parentUuid.isEmpty() ? cm.uuid : cm.parentUuid);
        int expected = 0;
        for (const CaseComment& cm : p.comments) {
            QString root = cm.uuid;
            while (!rootOf.value(root).isEmpty() && rootOf.value(root) != root)
                root = rootOf.value(root);
            const CaseComment* rootComment = nullptr;
            for (const CaseComment& x : p.comments)
                if (x.uuid == root)
                    rootComment = &x;
            QVERIFY(rootComment);
            const WordComment* found = nullptr;
            for (const WordComment& w : r.comments)
                if (squeezed(QString(w.text).remove(kPilcrow)).endsWith(squeezed(cm.body)))
                    found = &w;
            if (!rootComment->resolvedAt.isEmpty()) {
                QVERIFY2(!found, qPrintable(cm.body));
                continue;
            }
            ++expected;
            QVERIFY2(found, qPrintable(QStringLiteral("comment not found: ") + cm.body));
            QCOMPARE(found->author, cm.author);
            const bool anchored = rootComment->anchorStart >= 0 && !rootComment->outdated &&
                                  rootComment->anchorEnd > rootComment->anchorStart;
            const QString words =
                anchored ? c.proposedText.mid(rootComment->anchorStart,
                                              rootComment->anchorEnd - rootComment->anchorStart)
                         : QStringLiteral("1. Amendment");
            if (!anchored && cm.uuid == rootComment->uuid && !rootComment->anchorText.isEmpty())
                QVERIFY2(found->text.contains(QStringLiteral("“%1” (no longer in the text)")
                                                  .arg(rootComment->anchorText)),
                         qPrintable(found->text));
            QCOMPARE(squeezed(found->anchor), squeezed(words));
        }
        QCOMPARE(r.comments.size(), expected);
    }

private slots:
    void initTestCase()
    {
        if (!havePandoc())
            QSKIP("pandoc is not installed (scripts/deps.sh installs it): the DOCX export is "
                  "checked by reading it back with pandoc, so this test is skipped");
        QVERIFY(installDemoDataset(*m_t.db));
        auto cases = CaseStore(*m_t.db).list();
        QVERIFY(cases && !cases->isEmpty());
        for (const CaseRecord& c : cases.value()) {
            auto data = loadProposal(*m_t.db, c.id);
            QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
            m_cases.append(data.value());
        }
    }

    void demoCasesReadBackWithEveryChangeAndComment_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("twoColumn");
        for (int i = 0; i < m_cases.size(); ++i) {
            const QByteArray title = m_cases.at(i).record.title.left(40).toUtf8();
            QTest::newRow(title.constData()) << i << false;
            QTest::newRow((title + " (two columns)").constData()) << i << true;
        }
    }
    void demoCasesReadBackWithEveryChangeAndComment()
    {
        QFETCH(int, index);
        QFETCH(bool, twoColumn);
        const ProposalData& p = m_cases.at(index);
        QVERIFY(!textOf(readableDiff(wordDiff(p.record.baseText, p.record.proposedText)),
                        DiffOp::Insert)
                     .isEmpty());
        checkRoundTrip(p, {twoColumn}, QStringLiteral("demo-%1-%2").arg(index).arg(twoColumn));
    }

    void demoHasOpenAnchoredThreads()
    {
        // The round trip above is only worth something if the demo has what it checks.
        int anchored = 0, replies = 0;
        for (const ProposalData& p : m_cases)
            for (const CaseComment& c : p.comments) {
                anchored += c.parentUuid.isEmpty() && c.resolvedAt.isEmpty() && c.anchorStart >= 0;
                replies += !c.parentUuid.isEmpty() && c.resolvedAt.isEmpty();
            }
        QVERIFY(anchored >= 2);
        QVERIFY(replies >= 1);
    }

    void hardTextSurvives()
    {
        ProposalData p = m_cases.first();
        CaseRecord& c = p.record;
        c.title = QStringLiteral("<w:p> & \"quotes\" for 4.E.1.c");
        c.baseText = QStringLiteral("Systems having a frequency exceeding 10 GHz;\n\nNote: 4A005 "
                                    "does not apply to <b>\"vulnerability disclosure\"</b> & "
                                    "tools.\n  a. indented item\x01.");
        c.proposedText = QStringLiteral(
            "Systems having a frequency exceeding 25 GHz and a bandwidth of 2 GHz;\n\nNote: "
            "4A005 and 4.E.1.c do not apply to <b>\"vulnerability disclosure\"</b> & tools.\n  "
            "a. indented item\x01.\n\nNote 2: a new paragraph.");
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
        // A code is written as it is, one word for Word's line breaking; no joiners added.
        const QByteArray docx = proposalDocx(p).value();
        QVERIFY(!docx.isEmpty());
        const QString path = m_t.dir.filePath(QStringLiteral("codes.docx"));
        writeAll(path, docx);
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), path, QStringLiteral("word/document.xml")});
        unzip.waitForFinished(60000);
        const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY(xml.contains(QStringLiteral("and 4.E.1.c do")));
        QVERIFY(!xml.contains(QChar(0x2060)));
        for (const bool twoColumn : {false, true}) {
            checkRoundTrip(p, {twoColumn}, QStringLiteral("hard-%1").arg(twoColumn));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void newEntryIsOneInsertion()
    {
        ProposalData p = m_cases.first();
        p.record.baseText.clear();
        p.record.proposedText = QStringLiteral("4.D.4. Software for intrusion.\n\nNote: none.");
        p.comments.clear();
        checkRoundTrip(p, {}, QStringLiteral("new-entry"));
    }

    void propertiesNameTheCase()
    {
        const ProposalData& p = m_cases.first();
        const QString path = m_t.dir.filePath(QStringLiteral("props.docx"));
        QVERIFY(exportProposal(p, ProposalFormat::Docx, path));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), path, QStringLiteral("docProps/core.xml")});
        unzip.waitForFinished(60000);
        QXmlStreamReader xml(unzip.readAllStandardOutput());
        QMap<QString, QString> props;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() != QLatin1String("coreProperties"))
                props.insert(xml.name().toString(), xml.readElementText());
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(props.value(QStringLiteral("title")), p.record.title);
        QCOMPARE(props.value(QStringLiteral("creator")), p.record.author);
        QCOMPARE(props.value(QStringLiteral("identifier")), p.record.uuid);
        QCOMPARE(props.value(QStringLiteral("modified")), docxDateTime(p.record.updatedAt));
    }

    void datesAreUtcDateTimes()
    {
        QCOMPARE(docxDateTime(QStringLiteral("2025-02-03T09:00:00Z")),
                 QStringLiteral("2025-02-03T09:00:00Z"));
        QCOMPARE(docxDateTime(QStringLiteral("2025-02-03T10:00:00.123+01:00")),
                 QStringLiteral("2025-02-03T09:00:00Z"));
        QCOMPARE(docxDateTime(QStringLiteral("2025-02-03")),
                 QStringLiteral("2025-02-03T00:00:00Z"));
        QVERIFY(docxDateTime(QStringLiteral("soon")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocxProposal)
#include "tst_docxproposal.moc"
