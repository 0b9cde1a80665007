#include "NavigationHistory.h"

namespace paceline {

void NavigationHistory::visit(const Place& place)
{
    if (m_current >= 0 && m_places.at(m_current).sameEntry(place))
        return;
    m_places.resize(m_current + 1);
    m_places.append(place);
    if (m_places.size() > kMaxPlaces)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
}

void NavigationHistory::setCurrentScroll(int scroll)
{
    if (m_current >= 0)
        m_places[m_current].scroll = scroll;
}

NavigationHistory::Place NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

NavigationHistory::Place NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}

} // namespace paceline
