#include "TermLinker.h"

#include <QRegularExpression>

namespace paceline {

void TermLinker::addTerm(const QString& term, qint64 termId)
{
    m_terms.insert(normalise(term), termId);
}

QString TermLinker::normalise(const QString& term)
{
    return term.simplified().toCaseFolded();
}

QList<QString> TermLinker::quotedPhrases(const QString& text)
{
    // Straight or typographic double quotes, or typographic single quotes; up to 80 characters.
    static const QRegularExpression re(QStringLiteral(
        "[\"\\x{201C}]([^\"\\x{201C}\\x{201D}\\n]{1,80})[\"\\x{201D}]|\\x{2018}([^\\x{2018}\\x{2019}\\n]{1,80})\\x{2019}"));
    QList<QString> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    return out;
}

QList<qint64> TermLinker::termsIn(const QString& title, const QString& text) const
{
    QList<qint64> ids;
    for (const QString* source : {&title, &text}) {
        if (!source->contains(QLatin1Char('"')) && !source->contains(QChar(0x201C)) &&
            !source->contains(QChar(0x2018)))
            continue;
        for (const QString& phrase : quotedPhrases(*source)) {
            const auto it = m_terms.constFind(normalise(phrase));
            if (it != m_terms.cend() && !ids.contains(it.value()))
                ids.append(it.value());
        }
    }
    return ids;
}

} // namespace paceline
