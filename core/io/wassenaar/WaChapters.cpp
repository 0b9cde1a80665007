#include "WaChapters.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace paceline {

namespace {

WaChapter chapterOf(WaChapterKind kind, int category = 0, int part = 0, QString title = {})
{
    WaChapter c;
    c.kind = kind;
    c.category = category;
    c.part = part;
    c.title = std::move(title);
    return c;
}

std::optional<WaChapter> fromName(const QString& stem)
{
    static const QRegularExpression cat(
        QStringLiteral("\\bCat(?:egory)?\\s*(\\d)(?:\\s*P(?:art)?\\s*(\\d))?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    auto has = [&](const char* pattern) {
        return stem.contains(QRegularExpression(QString::fromLatin1(pattern),
                                                QRegularExpression::CaseInsensitiveOption));
    };
    if (has("table of contents|\\bTOC\\b|\\bcontents\\b"))
        return chapterOf(WaChapterKind::Contents);
    if (const auto m = cat.match(stem); m.hasMatch())
        return chapterOf(WaChapterKind::Category, m.captured(1).toInt(), m.captured(2).toInt());
    if (has("\\bGTN\\b|\\bGSN\\b|general (technology|software) note"))
        return chapterOf(WaChapterKind::GeneralNotes, 0, 0, QStringLiteral("General Notes"));
    if (has("\\bVSL\\b|very sensitive"))
        return chapterOf(WaChapterKind::VerySensitive);
    if (has("\\bSL\\b|sensitive list"))
        return chapterOf(WaChapterKind::Sensitive);
    if (has("\\bML\\b|munitions"))
        return chapterOf(WaChapterKind::Munitions);
    if (has("\\bDEF\\b|definitions"))
        return chapterOf(WaChapterKind::Definitions);
    if (has("acronym|abbreviation"))
        return chapterOf(WaChapterKind::Acronyms, 0, 0,
                         QStringLiteral("Acronyms and Abbreviations"));
    if (has("\\bSOUs?\\b|understanding|validity"))
        return chapterOf(WaChapterKind::Understandings, 0, 0,
                         QStringLiteral("Statements of Understanding and Validity Notes"));
    return std::nullopt;
}

} // namespace

std::optional<WaChapter> waChapterFromHeader(const QString& header)
{
    static const QRegularExpression category(
        QStringLiteral("^DUAL-USE LIST\\s*[-\\x{2013}]\\s*CATEGORY\\s+(\\d)(?:\\s*[-\\x{2013}]\\s*"
                       "PART\\s+(\\d))?\\s*[-\\x{2013}]\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString h = header.simplified();
    while (!h.isEmpty() && (h.back() == QLatin1Char('*') || h.back() == QLatin1Char(' ')))
        h.chop(1); // "MUNITIONS LIST*": the asterisk points at a footnote
    if (const auto m = category.match(h); m.hasMatch())
        return chapterOf(WaChapterKind::Category, m.captured(1).toInt(), m.captured(2).toInt(),
                         m.captured(3).trimmed());
    const QString upper = h.toUpper();
    if (upper == QLatin1String("DUAL-USE LIST"))
        return chapterOf(WaChapterKind::GeneralNotes, 0, 0, QStringLiteral("General Notes"));
    if (upper == QLatin1String("VERY SENSITIVE LIST"))
        return chapterOf(WaChapterKind::VerySensitive);
    if (upper == QLatin1String("SENSITIVE LIST"))
        return chapterOf(WaChapterKind::Sensitive);
    if (upper == QLatin1String("MUNITIONS LIST"))
        return chapterOf(WaChapterKind::Munitions);
    if (upper == QLatin1String("DEFINITIONS"))
        return chapterOf(WaChapterKind::Definitions);
    if (upper.startsWith(QLatin1String("ACRONYMS")))
        return chapterOf(WaChapterKind::Acronyms, 0, 0,
                         QStringLiteral("Acronyms and Abbreviations"));
    if (upper.startsWith(QLatin1String("STATEMENTS OF UNDERSTANDING")))
        return chapterOf(WaChapterKind::Understandings, 0, 0,
                         QStringLiteral("Statements of Understanding and Validity Notes"));
    return std::nullopt;
}

WaChapter classifyWaChapter(const QString& fileName, const QList<WaBlock>& blocks)
{
    auto chapter = fromName(QFileInfo(fileName).completeBaseName());
    if (!chapter) {
        // The first lines of a chapter name it as the PDF's running headers do.
        static const QRegularExpression catLine(QStringLiteral("^(\\d)\\.\\s+[A-Z]"));
        for (const WaBlock& b : blocks.mid(0, 8)) {
            const QString upper = b.text.toUpper();
            if (upper.contains(QLatin1String("DEFINITIONS OF TERMS")))
                chapter = chapterOf(WaChapterKind::Definitions);
            else if (upper.contains(QLatin1String("VERY SENSITIVE LIST")))
                chapter = chapterOf(WaChapterKind::VerySensitive);
            else if (upper.contains(QLatin1String("SENSITIVE LIST")))
                chapter = chapterOf(WaChapterKind::Sensitive);
            else if (upper.contains(QLatin1String("GENERAL TECHNOLOGY NOTE")))
                chapter = chapterOf(WaChapterKind::GeneralNotes);
            else if (b.text.startsWith(QLatin1String("ML1.")))
                chapter = chapterOf(WaChapterKind::Munitions);
            else if (const auto m = catLine.match(b.text); m.hasMatch())
                chapter = chapterOf(WaChapterKind::Category, b.text.left(1).toInt());
            if (chapter)
                break;
        }
    }
    WaChapter out = chapter.value_or(WaChapter{});
    out.source = QFileInfo(fileName).fileName();
    out.blocks = blocks;
    return out;
}

WaEditionId findWaEditionId(const QStringList& lines)
{
    static const QRegularExpression label(
        QStringLiteral("WA-LIST\\s*\\((\\d{2})\\)\\s*(\\d{1,2})(\\s*Corr\\.?)?"));
    static const QRegularExpression date(
        QStringLiteral("\\b(\\d{2})-(\\d{2})-((?:19|20)\\d{2})\\b"));
    WaEditionId id;
    for (const QString& line : lines) {
        const QString simple = line.simplified();
        if (id.label.isEmpty())
            if (const auto m = label.match(simple); m.hasMatch())
                id.label = QStringLiteral("WA-LIST (%1) %2%3")
                               .arg(m.captured(1), m.captured(2),
                                    m.captured(3).isEmpty() ? QString() : QStringLiteral(" Corr."));
        if (!id.date)
            if (const auto m = date.match(simple); m.hasMatch())
                id.date = PartialDate::parse(
                    QStringLiteral("%1-%2-%3").arg(m.captured(3), m.captured(2), m.captured(1)));
        if (!id.label.isEmpty() && id.date)
            break;
    }
    return id;
}

} // namespace paceline
