#pragma once

#include "io/pdf/PageCleaner.h"
#include "lists/CodeGrammar.h"
#include "lists/ListDocument.h"

#include <QHash>
#include <QList>
#include <QRegularExpressionMatch>
#include <QString>

namespace paceline {

// Builds the node tree of a list edition from classified lines: category, group, entry, items
// nested by indentation, notes with their own sub-paragraphs, loose text. Gives every node a
// unique code: items "4A005.a.1", sub-paragraphs of a note "4A005~1.a", loose nodes "4A005~2",
// a repeated code "~2".
class ListTreeBuilder {
public:
    explicit ListTreeBuilder(ListDocument& doc)
        : m_doc(doc)
    {
    }

    bool hasCategory() const { return !m_category.isEmpty(); }
    bool inEntry() const { return !m_entry.isEmpty(); }
    bool hasCurrent() const { return m_current >= 0; }
    bool inNote() const;
    // Whether a wrapped line goes on with the current heading's title: a category's only in
    // capitals, a group's only when the title is visibly unfinished ("2C Materials" / "None.").
    bool titleContinues(const QString& line) const;
    // A label that starts a list ("a", "1") or follows an open sibling ("c" after "b"). Other
    // labels at a line start are usually a wrapped reference ("… see Category" / "8. For …").
    bool expects(const QString& label) const;
    const QString& currentText() const;
    int entries() const { return m_entries; }

    // A heading of the current category again is a running head: it only fills a missing title.
    void category(const QString& number, const QString& title);
    void group(const QString& code, const QString& label, const QString& category,
               const QString& title);
    void entry(const CodeGrammar::Code& code, const QString& title); // an entry-level code
    // "PART 2 — …" of a category: a text node under the category that closes its groups.
    void part(const QString& text);
    // False when nothing is open that the sub-paragraph could belong to.
    bool labelled(const LayoutLine& line, const QString& label, const QString& text);
    void loose(const LayoutLine& line, NodeKind kind);
    // "TECHNICAL NOTE ON "ADJUSTED PEAK PERFORMANCE"": a note of the whole category, printed
    // after its last entry; it closes that entry.
    void categoryNote(const LayoutLine& line);
    void continuation(const LayoutLine& line);
    // A page opens with "4A001 c. 1. (continued)": the text goes on inside 4A001.c.1, whatever
    // the indentation of the previous page said.
    void resume(const QString& entryCode, const QStringList& path, int page);
    // Drops the soft hyphens that no line break used up.
    void finish();

private:
    struct Open { // a labelled paragraph or note that deeper lines may belong to
        int indent = -1;
        int page = 0;
        int node = -1;
        QString code;
        QString label;        // "b", "2"; empty for a note
        bool note = false;    // a note or one of its sub-paragraphs
        bool hasList = false; // sub-paragraphs have started under it
    };

    bool introducesList(const Open& open) const;
    // The last node under `parent`, or its last note whose text starts with `notePrefix`.
    int lastChild(int parent, const QString& notePrefix) const;
    QString lastLabel(int parent) const; // "b" when its last labelled child is "b."
    // Whether a sub-paragraph labelled `label` closes `top`; records the closed paragraph at
    // the new one's level in `sibling`.
    bool closesAt(const Open& top, const LayoutLine& line, const QString& label,
                  Open& sibling) const;

    int append(ListNode node);
    QString parentFor(int indent) const;
    QString looseCode();

    ListDocument& m_doc;
    QHash<QString, int> m_index; // code -> node
    QString m_category;
    int m_categoryNode = -1;
    QString m_group;
    QString m_entry;
    QList<Open> m_open;
    int m_current = -1; // node whose text a continuation line extends
    bool m_currentTitle = false;
    int m_entries = 0;
    QHash<QString, int> m_looseCounters;
};

} // namespace paceline
