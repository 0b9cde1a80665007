#include "EntryCodeResolver.h"

#include "lists/CodeGrammar.h"
#include "lists/ListStore.h"

namespace paceline {

Result<CodeResolution> EntryCodeResolver::resolve(const QString& code)
{
    if (auto hit = m_cache.constFind(code); hit != m_cache.constEnd())
        return hit.value();
    CodeResolution r;
    r.code = code;
    // A list that writes the code the way the event does first ("4.A.5" -> the Wassenaar list,
    // "4A005" -> the CCL or the EU annex), then any spelling in any list.
    if (m_latest.isEmpty()) {
        auto latest = m_browser.latestEditions();
        if (!latest)
            return latest.error();
        for (const EditionInfo& e : latest.value())
            m_latest << e.id;
    }
    std::optional<NodeLocation> found;
    for (qint64 editionId : m_latest) {
        auto loc = m_browser.locate(editionId, code.trimmed());
        if (loc) {
            found = loc.value();
            break;
        }
        if (loc.error().kind != Error::Kind::BadInput) // BadInput: not in this edition
            return loc.error();
    }
    if (!found) {
        auto loc = m_browser.resolveReference(0, code);
        if (!loc)
            return loc.error();
        found = loc.value();
    }
    if (found) {
        const NodeLocation& at = *found;
        r.found = true;
        r.foundCode = at.code;
        r.exact = CodeGrammar::candidates(code).contains(at.code) || at.code == code.trimmed();
        r.editionId = at.editionId;
        if (!m_editionNames.contains(at.editionId)) {
            auto edition = m_browser.edition(at.editionId);
            if (!edition)
                return edition.error();
            m_editionNames.insert(at.editionId,
                                  QStringLiteral("%1, %2").arg(edition->listName, edition->label));
        }
        r.where = m_editionNames.value(at.editionId);
    }
    m_cache.insert(code, r);
    return r;
}

} // namespace paceline
