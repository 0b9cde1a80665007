#include "WaEditionReader.h"

#include "io/pdf/PdfTextExtractor.h"
#include "io/wassenaar/WaChapters.h"
#include "io/wassenaar/WaDefinitions.h"
#include "io/wassenaar/WaOutline.h"
#include "io/wassenaar/WaPdfChapters.h"
#include "io/wassenaar/WaSensitiveLists.h"
#include "io/wassenaar/WordDocReader.h"
#include "lists/ListSummary.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace paceline {

namespace {

ListDocument emptyList(const char* key, const QString& name, const QString& source)
{
    ListDocument doc;
    doc.regimeKey = QString::fromLatin1(kWaRegimeKey);
    doc.regimeName = QStringLiteral("Wassenaar Arrangement");
    doc.listKey = QString::fromLatin1(key);
    doc.listName = name;
    doc.editionSource = source;
    return doc;
}

// Category 5's title is not printed as such; its parts' titles are.
void titleCategoryFive(ListDocument& doc)
{
    QStringList parts;
    int five = -1;
    for (int i = 0; i < doc.nodes.size(); ++i) {
        const ListNode& n = doc.nodes.at(i);
        if (n.code == QLatin1String("5") && n.kind == NodeKind::Category)
            five = i;
        else if (n.parentCode == QLatin1String("5") && n.code.startsWith(QLatin1String("5P")) &&
                 !n.title.isEmpty())
            parts << n.title;
    }
    if (five >= 0 && doc.nodes.at(five).title.isEmpty())
        doc.nodes[five].title = parts.join(QStringLiteral(" and "));
}

void markSensitive(ListDocument& doc, const QStringList& codes, const QString& value,
                   const QString& chapter)
{
    QHash<QString, int> index;
    for (int i = 0; i < doc.nodes.size(); ++i)
        index.insert(doc.nodes.at(i).code, i);
    for (const QString& code : codes) {
        const int at = index.value(code, -1);
        if (at < 0) {
            doc.warnings << QStringLiteral("%1: names %2, which this edition's list does not "
                                           "have")
                                .arg(chapter, code);
            continue;
        }
        auto& attributes = doc.nodes[at].attributes;
        attributes.removeIf([](const auto& a) { return a.first == QLatin1String("sensitivity"); });
        attributes.append({QStringLiteral("sensitivity"), value});
    }
}

} // namespace

Result<WaEdition> assembleWaEdition(const QList<WaChapter>& chapters,
                                    const QStringList& headerLines, const QString& source)
{
    WaEdition edition;
    edition.dualUse =
        emptyList(kWaDualUseKey, QStringLiteral("List of Dual-Use Goods and Technologies"), source);
    edition.munitions = emptyList(kWaMunitionsKey, QStringLiteral("Munitions List"), source);
    WaOutline dualUse(edition.dualUse);
    WaOutline munitions(edition.munitions);
    QStringList sensitive;
    QStringList verySensitive;
    QString sensitiveSource;
    QString verySource;
    int categories = 0;
    for (const WaChapter& c : chapters) {
        switch (c.kind) {
        case WaChapterKind::Category:
            ++categories;
            [[fallthrough]];
        case WaChapterKind::GeneralNotes:
        case WaChapterKind::Understandings:
        case WaChapterKind::Acronyms:
            dualUse.parseChapter(c);
            break;
        case WaChapterKind::Munitions:
            munitions.parseChapter(c);
            break;
        case WaChapterKind::Definitions:
            edition.dualUse.terms += readWaDefinitions(c, edition.dualUse.warnings);
            break;
        case WaChapterKind::Sensitive:
            sensitive += readWaSensitiveCodes(c);
            sensitiveSource = c.source;
            break;
        case WaChapterKind::VerySensitive:
            verySensitive += readWaSensitiveCodes(c);
            verySource = c.source;
            break;
        case WaChapterKind::Contents:
            break;
        case WaChapterKind::Unknown:
            edition.dualUse.warnings
                << QStringLiteral("%1: not recognised as a chapter of the lists; skipped")
                       .arg(c.source);
            break;
        }
    }
    if (categories == 0)
        return badInput(QStringLiteral("no category of the Dual-Use List found: expected the "
                                       "chapter files of a Wassenaar edition (\"… - Cat 4.doc\") "
                                       "or the official PDF"),
                        source);
    titleCategoryFive(edition.dualUse);
    markSensitive(edition.dualUse, sensitive, QStringLiteral("sensitive"), sensitiveSource);
    markSensitive(edition.dualUse, verySensitive, QStringLiteral("very-sensitive"), verySource);
    const WaEditionId id = findWaEditionId(headerLines);
    if (id.label.isEmpty())
        return badInput(QStringLiteral("no edition reference (\"WA-LIST (13) 1\") in the "
                                       "documents' headers or footers"),
                        source);
    for (ListDocument* doc : {&edition.dualUse, &edition.munitions}) {
        doc->editionLabel = id.label;
        doc->editionDate = id.date;
    }
    edition.summary = countsPerCategory(edition.dualUse);
    edition.summary += countsPerCategory(edition.munitions);
    edition.summary << QStringLiteral("%1 defined terms; %2 codes on the Sensitive List, %3 on "
                                      "the Very Sensitive List")
                           .arg(edition.dualUse.terms.size())
                           .arg(sensitive.size())
                           .arg(verySensitive.size());
    return edition;
}

QStringList waChapterFiles(const QString& folder)
{
    QDir dir(folder);
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.doc"), QStringLiteral("*.docx"),
                           QStringLiteral("*.DOC"), QStringLiteral("*.DOCX")},
                          QDir::Files, QDir::Name);
    QStringList out;
    for (const QFileInfo& f : files)
        out << f.filePath();
    return out;
}

bool isWaPdfText(const QString& text)
{
    const QString head = text.left(200'000);
    return head.contains(QLatin1String("WA-LIST (")) &&
           head.contains(QLatin1String("Wassenaar"), Qt::CaseInsensitive);
}

bool isWaPdfFile(const QString& path)
{
    const auto text = PdfTextExtractor::extractFirstPages(path, 3);
    return text && isWaPdfText(text.value());
}

Result<WaEdition> readWaEditionFiles(const QStringList& given, const ProgressCallback& progress)
{
    QStringList files;
    for (const QString& p : given)
        files += QFileInfo(p).isDir() ? waChapterFiles(p) : QStringList{p};
    if (files.isEmpty())
        return badInput(QStringLiteral("no .doc chapter files found"),
                        given.value(0, QStringLiteral("(no file)")));
    QStringList docs;
    for (const QString& f : files) {
        const QString name = QFileInfo(f).fileName();
        if (f.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)) {
            const WaChapter c = classifyWaChapter(name, {});
            if (c.kind != WaChapterKind::Contents)
                return badInput(QStringLiteral("only the Table of Contents may be a .docx file; "
                                               "save this chapter as Word 97 (.doc)"),
                                f);
            continue; // the contents say nothing the chapters do not
        }
        docs << f;
    }
    auto paragraphs = WordDocReader::read(docs, progress);
    if (!paragraphs)
        return paragraphs.error();
    QList<WaChapter> chapters;
    QStringList headerLines;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const WordParagraphs& p = paragraphs->at(i);
        headerLines += p.headerFooter;
        WaChapter chapter = classifyWaChapter(QFileInfo(docs.at(i)).fileName(), p.blocks);
        // A category file need not print its title; its running header does.
        for (const QString& line : p.headerFooter) {
            const auto named = waChapterFromHeader(line);
            if (chapter.title.isEmpty() && named && named->kind == chapter.kind &&
                named->category == chapter.category && named->part == chapter.part)
                chapter.title = named->title;
        }
        chapters << chapter;
    }
    const QFileInfo first(given.value(0));
    return assembleWaEdition(chapters, headerLines,
                             first.isDir() ? first.fileName() : first.dir().dirName());
}

Result<WaEdition> readWaEditionPdfText(const QString& text, const QString& path)
{
    if (!isWaPdfText(text))
        return badInput(QStringLiteral("not a Wassenaar list document: no \"WA-LIST (…)\" "
                                       "reference in its text"),
                        path);
    QStringList headerLines;
    const QString name = QFileInfo(path).fileName();
    return assembleWaEdition(splitWaPdfText(text, name, headerLines), headerLines, name);
}

Result<WaEdition> readWaEditionPdf(const QString& path, const ProgressCallback& progress)
{
    auto text = PdfTextExtractor::extract(path);
    if (!text)
        return text.error();
    if (!reportProgress(progress, 1, 2))
        return cancelled();
    return readWaEditionPdfText(text.value(), path);
}

} // namespace paceline
