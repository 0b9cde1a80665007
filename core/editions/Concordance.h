#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

class Database;

// The code-rule key of an entry or item: Wassenaar "4.A.5" and EU/US "4A005" both give
// "4A005"; items keep their path ("5.A.1.j" -> "5A001.j"); munitions codes are their own key
// ("ML8.a", shared by the Wassenaar and EU military lists). Empty for anything else
// (categories, groups, notes, "5.2.A" part headings). See CodeGrammar::concordanceKey.
QString concordanceKey(const QString& code);
// The spellings a key takes in the lists we know: {"4A005", "4.A.5"}.
QStringList concordanceCodeForms(const QString& key);

enum class LinkOrigin { Rule, Manual };

// One corresponding item in another list, as it stands in that list's newest edition that
// has it.
struct ConcordanceLink {
    qint64 listId = 0;
    QString listKey;
    QString listName;
    qint64 editionId = 0;
    QString editionLabel;
    QString code;
    QString kind;
    QString title;
    QString text;
    LinkOrigin origin = LinkOrigin::Rule;
};

// Links between items of different lists: derived on demand from code rules over the loaded
// lists, corrected by hand in the concordance table (manual links, and derived links the
// user hid). Links go both ways. Every write is one transaction.
class Concordance {
public:
    explicit Concordance(Database& db)
        : m_db(db)
    {
    }

    Result<QList<ConcordanceLink>> linksFor(qint64 listId, const QString& code);
    // Derived links the user hid, for this item.
    Result<QList<ConcordanceLink>> hiddenLinksFor(qint64 listId, const QString& code);
    // The item in that list's newest edition that has it; badInput when no edition has it.
    Result<ConcordanceLink> lookup(qint64 listId, const QString& code);
    Result<qint64> listIdOfEdition(qint64 editionId);

    // Whether the user hid the code-rule link between these two items.
    Result<bool> isHidden(qint64 listA, const QString& codeA, qint64 listB, const QString& codeB);
    Status addManualLink(qint64 listA, const QString& codeA, qint64 listB, const QString& codeB);
    Status deleteManualLink(qint64 listA, const QString& codeA, qint64 listB, const QString& codeB);
    Status hideDerivedLink(qint64 listA, const QString& codeA, qint64 listB, const QString& codeB);
    Status unhideDerivedLink(qint64 listA, const QString& codeA, qint64 listB,
                             const QString& codeB);

private:
    Result<QList<ConcordanceLink>> derivedLinks(qint64 listId, const QString& code);
    struct StoredLink {
        qint64 listId;
        QString code;
        QString origin;
        bool removed;
    };
    Result<QList<StoredLink>> storedLinks(qint64 listId, const QString& code);
    Status writeRow(const char* sql, bool stamped, qint64 listA, const QString& codeA, qint64 listB,
                    const QString& codeB);

    Database& m_db;
};

} // namespace paceline
