#include "WaDefinitions.h"

#include "io/wassenaar/WaLayout.h"

#include <QRegularExpression>

namespace paceline {

namespace {

const QString kScope = QStringLiteral("(?:Cat|ML)\\s*\\d[\\dP]*(?:\\s*,\\s*\\d[\\dP]*)*\\s*,?");

// Collects "Cat 2, 3," + "6, 7" + "ML 8, 10" + "ML 14" into "Cat 2, 3, 6, 7; ML 8, 10, 14".
class Scope {
public:
    void add(const QString& text)
    {
        static const QRegularExpression token(QStringLiteral("(Cat|ML)|(\\d[\\dP]*)"));
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QStringList& current = m_inMl ? m_ml : m_cat;
            if (!m.captured(1).isEmpty())
                m_inMl = m.captured(1) == QLatin1String("ML");
            else if (!current.contains(m.captured(2)))
                current.append(m.captured(2));
        }
    }
    QString text() const
    {
        QStringList parts;
        if (!m_cat.isEmpty())
            parts << QStringLiteral("Cat ") + m_cat.join(QStringLiteral(", "));
        if (!m_ml.isEmpty())
            parts << QStringLiteral("ML ") + m_ml.join(QStringLiteral(", "));
        return parts.join(QStringLiteral("; "));
    }

private:
    QStringList m_cat;
    QStringList m_ml;
    // Which list the numbers go to; a flag, not a pointer, so that a Scope can be copied.
    bool m_inMl = false;
};

struct Open {
    ListTerm term;
    Scope scope;
};

void appendDefinition(QString& definition, const WaBlock& b, bool newParagraph)
{
    if (definition.isEmpty())
        definition = b.text;
    else
        definition += (newParagraph ? QLatin1Char('\n') : QLatin1Char(' ')) + b.text;
}

} // namespace

QList<ListTerm> readWaDefinitions(const WaChapter& chapter, QStringList& warnings)
{
    static const QRegularExpression heading(
        QStringLiteral("^((?:%1\\s*)*)[\"\\x{201C}]([^\"\\x{201C}\\x{201D}]{2,100})[\"\\x{201D}]$")
            .arg(kScope));
    static const QRegularExpression prefixed(QStringLiteral("^(%1)(?:\\s+(.*))?$").arg(kScope));
    static const QRegularExpression bare(QStringLiteral("^(\\d[\\dP]*(?:\\s*,\\s*\\d[\\dP]*)*,?)"
                                                        "(?:\\s+|$)(.*)$"));
    int margin = INT_MAX;
    for (const WaBlock& b : chapter.blocks)
        margin = std::min(margin, b.indent);
    QList<ListTerm> out;
    std::optional<Open> open;
    auto close = [&] {
        if (!open)
            return;
        open->term.scope = open->scope.text();
        open->term.definition = open->term.definition.trimmed();
        out.append(open->term);
        open.reset();
    };
    for (const WaBlock& b : chapter.blocks) {
        if (const auto m = heading.match(b.text); m.hasMatch()) {
            close();
            open = Open{};
            open->term.term = m.captured(2).simplified();
            open->scope.add(m.captured(1));
            continue;
        }
        if (!open)
            continue; // the chapter's own notes before the first term
        QString text = b.text;
        if (const auto m = prefixed.match(text); m.hasMatch()) {
            open->scope.add(m.captured(1));
            text = m.captured(2);
        } else if (const auto m2 = bare.match(text);
                   m2.hasMatch() && b.wrapped && b.indent <= margin + 1) {
            open->scope.add(m2.captured(1));
            text = m2.captured(2);
        }
        if (text.isEmpty())
            continue;
        const bool structured = WaLayout::itemLabel(text) || WaLayout::noteHead(text);
        appendDefinition(open->term.definition, {b.indent, text, b.place, b.wrapped},
                         !b.wrapped || structured);
    }
    close();
    if (out.isEmpty())
        warnings << QStringLiteral("%1: no defined term found (expected lines like "
                                   "'Cat 4 \"Intrusion software\"')")
                        .arg(chapter.source);
    return out;
}

} // namespace paceline
