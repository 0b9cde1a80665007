#include "ChangeSet.h"

#include <algorithm>

namespace paceline {

ChangeSet ChangeSet::everything()
{
    ChangeSet all(Lists | Timeline | Concordance | Cases);
    all.m_everything = true;
    return all;
}

ChangeSet ChangeSet::ofCase(qint64 caseId, CaseParts parts)
{
    return ChangeSet().addCase(caseId, parts);
}

ChangeSet& ChangeSet::add(Parts parts)
{
    m_parts |= parts;
    return *this;
}

ChangeSet& ChangeSet::addCase(qint64 caseId, CaseParts parts)
{
    if (parts)
        m_cases[caseId] |= parts;
    return *this;
}

ChangeSet& ChangeSet::merge(const ChangeSet& other)
{
    m_everything = m_everything || other.m_everything;
    m_parts |= other.m_parts;
    for (auto it = other.m_cases.cbegin(); it != other.m_cases.cend(); ++it)
        addCase(it.key(), it.value());
    return *this;
}

QList<qint64> ChangeSet::caseIds() const
{
    if (m_everything)
        return {};
    QList<qint64> ids = m_cases.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

ChangeSet::CaseParts ChangeSet::caseParts(qint64 caseId) const
{
    return m_everything ? kAllCaseParts : m_cases.value(caseId);
}

} // namespace paceline
