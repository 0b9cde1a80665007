#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace paceline {

// Finds the defined terms a node uses. Lists mark defined terms by quoting them
// ("intrusion software", or with typographic quotes), so only quoted phrases are looked up.
class TermLinker {
public:
    void addTerm(const QString& term, qint64 termId);
    bool isEmpty() const { return m_terms.isEmpty(); }
    // Ids of the known terms quoted in the title or text, each once.
    QList<qint64> termsIn(const QString& title, const QString& text) const;

    // Quoted phrases in text, without their quotes, in order of appearance.
    static QList<QString> quotedPhrases(const QString& text);
    static QString normalise(const QString& term);

private:
    QHash<QString, qint64> m_terms; // normalised term -> id
};

} // namespace paceline
