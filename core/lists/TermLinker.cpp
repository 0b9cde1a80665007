#include "TermLinker.h"

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
    // A hand-written scan: this runs over every node of every import, where a regular
    // expression cost more than the inserts. Straight or typographic double quotes, or
    // typographic single quotes; at most 80 characters on one line.
    constexpr qsizetype kMaxPhrase = 80;
    QList<QString> out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t open = text.at(i).unicode();
        char16_t close1 = 0, close2 = 0;
        if (open == u'"' || open == 0x201C) {
            close1 = u'"';
            close2 = 0x201D;
        } else if (open == 0x2018) {
            close1 = close2 = 0x2019;
        } else {
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && j - i - 1 <= kMaxPhrase) {
            const char16_t c = text.at(j).unicode();
            if (c == close1 || c == close2 || c == u'\n' || (open != 0x2018 && (c == 0x201C)) ||
                (open == 0x2018 && c == 0x2018))
                break;
            ++j;
        }
        if (j < n && (text.at(j).unicode() == close1 || text.at(j).unicode() == close2) &&
            j > i + 1 && j - i - 1 <= kMaxPhrase) {
            out.append(text.mid(i + 1, j - i - 1));
            i = j;
        }
    }
    return out;
}

namespace {

// Whether normalise() would return the phrase as it is: lower-case ASCII words with single
// spaces. Most quoted phrases are, and skipping the two copies halves the cost of linking.
bool isNormal(const QString& phrase)
{
    const QChar* p = phrase.constData();
    const qsizetype n = phrase.size();
    if (n == 0 || p[0] == u' ' || p[n - 1] == u' ')
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c >= 0x80 || (c >= u'A' && c <= u'Z') || c < 0x20 || (c == u' ' && p[i + 1] == u' '))
            return false;
    }
    return true;
}

} // namespace

QList<qint64> TermLinker::termsIn(const QString& title, const QString& text) const
{
    QList<qint64> ids;
    for (const QString* source : {&title, &text}) {
        if (!source->contains(QLatin1Char('"')) && !source->contains(QChar(0x201C)) &&
            !source->contains(QChar(0x2018)))
            continue;
        for (const QString& phrase : quotedPhrases(*source)) {
            const auto it = m_terms.constFind(isNormal(phrase) ? phrase : normalise(phrase));
            if (it != m_terms.cend() && !ids.contains(it.value()))
                ids.append(it.value());
        }
    }
    return ids;
}

} // namespace paceline
