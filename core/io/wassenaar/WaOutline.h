#pragma once

#include "io/wassenaar/WaBlock.h"
#include "lists/ListDocument.h"

#include <QHash>
#include <QSet>

namespace paceline {

// Builds the node tree of a Wassenaar list from the blocks of its chapters: category → (part)
// → group → entry → items, with notes, technical notes and N.B.s under what they follow and
// their own a./1. paragraphs nested under them. Where a line belongs is decided by the label
// sequences that are open (after "b." comes "c." of the same list) and, when two lists could
// continue, by indentation. Codes are canonical Wassenaar codes: "4.A.1.a.2", "ML8.a";
// notes get "4.A.3~1", their paragraphs "4.A.3~1.a".
class WaOutline {
public:
    explicit WaOutline(ListDocument& doc);

    void parseChapter(const WaChapter& chapter);

private:
    enum class Frame { Root, Category, Part, Group, Entry, Item, Note, NotePara };
    struct Open {
        Frame frame;
        int node; // index in m_doc.nodes; -1 for the root
        int indent;
        QString lastLabel;
        int lastIndent = -1;
        bool bare = false; // a group whose entries are numbered "1.", "2." without their code
    };

    void block(const WaBlock& b);
    bool headingBlock(const WaBlock& b);
    bool codeBlock(const WaBlock& b);
    bool noteBlock(const WaBlock& b);
    bool labelBlock(const WaBlock& b);
    bool sectionBlock(const WaBlock& b);
    void continuation(const WaBlock& b);

    void openCategory(int number, const QString& title);
    void openPart(int part, const QString& title);
    void openGroup(QChar letter, int part, const QString& title, bool none);
    int openEntry(const QString& code, const QString& title, int indent);
    int addChild(int stackIndex, const QString& label, const QString& text, int indent);
    void popTo(qsizetype stackIndex);
    qsizetype entryParent() const;
    int append(ListNode node);
    QString nodeCode(int index) const;
    void setText(int index, const QString& text, bool asTitle);
    void warn(const WaBlock& b, const QString& what);

    ListDocument& m_doc;
    WaChapter m_chapter;
    QList<Open> m_stack;
    QSet<QString> m_codes;
    QHash<QString, int> m_indexOf;
    QHash<QString, int> m_noteCount;
    int m_current = -1;
    bool m_currentTitle = false;
    int m_category = 0;
    int m_part = 0;
    int m_margin = 0; // least indent of the chapter
};

} // namespace paceline
