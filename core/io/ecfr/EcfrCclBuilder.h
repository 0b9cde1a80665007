#pragma once

#include "io/ecfr/EcfrBlock.h"
#include "lists/ListDocument.h"

#include <QHash>
#include <QSet>

namespace paceline {

// Turns the blocks of 15 CFR 774 Supplement No. 1, in document order, into the nodes of a
// list edition with the codes of the paceline.list CCL file: categories ("4"), parts ("5.2"),
// groups ("4A", "5.2.A"), entries ("4A005"), items ("4A005.a.1") and notes or text blocks
// ("4A005~1"). Problems that do not stop the import become warnings on the document.
class EcfrCclBuilder {
public:
    explicit EcfrCclBuilder(ListDocument& doc)
        : m_doc(doc)
    {
    }

    void add(const EcfrBlock& block);
    int entryCount() const { return m_entries; }

private:
    enum class Phase { Header, Items };

    bool addStructuralHeading(const QString& text);
    void startCategory(const QString& digit, const QString& title);
    void startPart(const QString& number, const QString& title);
    void startGroup(const QString& letter, const QString& title);
    void startEntry(const QString& eccn, const QString& title, const QString& place);
    void ensureStructureFor(const QString& eccn, const QString& place);
    void addFp1(const EcfrBlock& block);
    void addParagraph(const EcfrBlock& block);
    void addTable(const EcfrBlock& block);
    void addAttribute(const QString& key, const QString& value);
    void addLooseText(NodeKind kind, const QString& label, const QString& text);
    QString uniqueCode(const QString& code);
    QString nextLooseCode();
    ListNode& append(ListNode node);
    QString currentContainer() const;

    ListDocument& m_doc;
    QSet<QString> m_codes;
    QString m_category; // code of the current category, part and group ("" when none)
    QString m_categoryDigit;
    QString m_part;
    QString m_group;
    QString m_entry;
    qsizetype m_entryIndex = -1; // index of the current entry in m_doc.nodes
    Phase m_phase = Phase::Header;
    QString m_lastItem;
    QString m_lastNote;
    bool m_previousWasNote = false;
    QString m_lastAttribute;
    int m_entries = 0;
    QHash<QString, int> m_looseCounters; // per container: the N of "4A005~N"
};

} // namespace paceline
