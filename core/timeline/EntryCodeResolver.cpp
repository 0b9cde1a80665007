#include "EntryCodeResolver.h"

#include "browse/CodeForms.h"
#include "lists/ListStore.h"

namespace paceline {

Result<CodeResolution> EntryCodeResolver::resolve(const QString& code)
{
    if (auto hit = m_cache.constFind(code); hit != m_cache.constEnd())
        return hit.value();
    CodeResolution r;
    r.code = code;
    auto loc = m_browser.resolveReference(0, code);
    if (!loc)
        return loc.error();
    if (loc->has_value()) {
        const NodeLocation& at = loc->value();
        r.found = true;
        r.foundCode = at.code;
        r.exact = CodeForms::candidates(code).contains(at.code) || at.code == code.trimmed();
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
