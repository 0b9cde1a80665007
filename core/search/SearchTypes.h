#pragma once

#include "search/Sensitivity.h"

#include <QChar>
#include <QList>
#include <QMetaType>
#include <QString>

namespace paceline {

// Snippets mark matches with two private-use characters, so that a view can escape the text
// first and then turn the markers into highlighting.
inline constexpr QChar kMatchStart = QChar(0xE000);
inline constexpr QChar kMatchEnd = QChar(0xE001);

struct SearchQuery {
    QString text;
    QString listKey;        // empty: every list
    bool latestOnly = true; // only the newest edition of each list
    QString kind;           // node kind, "term" for defined terms, empty for everything
    int limit = 50;
    bool prefixLastWord = false; // search as you type: the word being typed is a prefix
    // Only nodes on the Sensitive List (Sensitive: the SL, which holds the VSL too) or the Very
    // Sensitive List, and what lies inside them; no defined terms. None: no filter.
    Sensitivity sensitivity = Sensitivity::None;
};

struct SearchHit {
    enum class Source { Code, Text, Term };
    Source source = Source::Text;
    qint64 id = 0; // node id, or term id for terms
    qint64 editionId = 0;
    QString code;    // the node's code, or the term itself
    QString kind;    // node kind, or "term"
    QString title;   // text hits: matches marked with kMatchStart / kMatchEnd
    QString snippet; // the matching part of the text, marked the same way
    QString listKey;
    QString listName;
    QString editionLabel;
    double score = 0; // lower is better (bm25)
    // Nodes: on the Sensitive or Very Sensitive List, by its own mark or the entry's it is in.
    Sensitivity sensitivity = Sensitivity::None;
};

struct SearchResults {
    QString query;    // the user's text
    QString ftsQuery; // what went to FTS5
    QList<SearchHit> hits;
    bool codeMatch = false; // the first hit is the code the user typed
    // When nothing matched because of a typing slip: the text with each word that no node
    // contains replaced by the nearest indexed word ("intrusoin" -> "intrusion"); else empty.
    QString suggestion;
};

} // namespace paceline

Q_DECLARE_METATYPE(paceline::SearchQuery)
Q_DECLARE_METATYPE(paceline::SearchResults)
