#include "CaseImpact.h"

#include "cases/CaseDraftStore.h"
#include "lists/TermLinker.h"
#include "storage/Database.h"

#include <QSet>

namespace paceline {

namespace {

struct TermRow {
    qint64 id;
    QString term;
};

Result<QList<TermRow>> editionTerms(Database& db, qint64 editionId)
{
    auto q = db.prepare("SELECT id, term FROM term WHERE edition_id = ?1");
    if (!q)
        return q.error();
    q->bind(1, editionId);
    QList<TermRow> out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        out.append({r.integer(0), r.text(1)});
    });
    if (!walked)
        return walked.error();
    return out;
}

QSet<QString> quotedSet(const QString& text)
{
    QSet<QString> out;
    for (const QString& p : TermLinker::quotedPhrases(text))
        out.insert(TermLinker::normalise(p));
    return out;
}

Result<QStringList> termUsers(Database& db, qint64 termId, const QString& exceptCode)
{
    auto q = db.prepare("SELECT n.code FROM node_term nt JOIN node n ON n.id = nt.node_id "
                        "WHERE nt.term_id = ?1 AND n.code <> ?2 ORDER BY n.ord LIMIT 200");
    if (!q)
        return q.error();
    q->bind(1, termId).bind(2, exceptCode);
    // A note's code (4.E.1~n1) is internal: people read the entry it belongs to, and a note of
    // the case's own entry is not another user of the term.
    QStringList out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        QString code = r.text(0);
        if (const qsizetype tilde = code.indexOf(QLatin1Char('~')); tilde > 0) {
            code.truncate(tilde);
            if (code == exceptCode)
                return;
            code += QStringLiteral(" (a note)");
        }
        if (!out.contains(code))
            out << code;
    });
    if (!walked)
        return walked.error();
    return out;
}

Result<QStringList> corresponding(Database& db, const QString& listKey, const QString& code)
{
    auto q = db.prepare(
        "SELECT l.key, c.to_code FROM concordance c JOIN control_list l ON l.id = c.to_list_id "
        "WHERE c.removed = 0 AND c.from_code = ?2 AND c.from_list_id = (SELECT id FROM "
        "control_list WHERE key = ?1) "
        "UNION SELECT l.key, c.from_code FROM concordance c JOIN control_list l ON l.id = "
        "c.from_list_id "
        "WHERE c.removed = 0 AND c.to_code = ?2 AND c.to_list_id = (SELECT id FROM control_list "
        "WHERE key = ?1) "
        "ORDER BY 1, 2");
    if (!q)
        return q.error();
    q->bind(1, listKey).bind(2, code);
    QStringList out;
    const Status walked =
        q->forEachRow([&](const Statement& r) { out << r.text(0) + QLatin1Char(' ') + r.text(1); });
    if (!walked)
        return walked.error();
    return out;
}

} // namespace

Result<CaseImpact> analyseCaseImpact(Database& db, const CaseRecord& c)
{
    CaseImpact impact;
    auto others = CaseDraftStore(db).openCasesOnTarget(c);
    if (!others)
        return others.error();
    impact.otherOpenCases = others.value();
    if (c.baseEditionId <= 0)
        return impact;
    auto terms = editionTerms(db, c.baseEditionId);
    if (!terms)
        return terms.error();
    QHash<QString, TermRow> byName;
    for (const TermRow& t : terms.value())
        byName.insert(TermLinker::normalise(t.term), t);

    QStringList changed; // normalised names, in a stable order
    if (c.kind == CaseKind::AmendDefinition) {
        // The term the case targets; a case of an older version named it nowhere but its text.
        const QString target = TermLinker::normalise(
            c.targetKind == CaseTargetKind::Term ? c.targetName : c.targetCode);
        if (byName.contains(target))
            changed << target;
        else
            for (const QString& p : TermLinker::quotedPhrases(c.proposedText))
                if (byName.contains(TermLinker::normalise(p))) {
                    changed << TermLinker::normalise(p);
                    break;
                }
    }
    if (c.kind != CaseKind::AmendDefinition) {
        // A definition case often restates the whole entry; only its term counts there.
        const QSet<QString> before = quotedSet(c.baseText);
        const QSet<QString> after = quotedSet(c.proposedText);
        QStringList moved;
        for (const QString& name : (before - after) + (after - before))
            if (byName.contains(name))
                moved << name;
        moved.sort();
        changed += moved;
    }
    for (const QString& name : changed) {
        auto users = termUsers(db, byName.value(name).id, c.targetCode);
        if (!users)
            return users.error();
        impact.terms.append({byName.value(name).term, users.value()});
    }
    if (!c.targetCode.isEmpty()) {
        auto corr = corresponding(db, c.listKey, c.targetCode);
        if (!corr)
            return corr.error();
        impact.correspondingEntries = corr.value();
    }
    return impact;
}

} // namespace paceline
