#pragma once

#include <QList>
#include <QString>

namespace paceline {

// Where an entry tab has been, for Back and Forward: a place is an entry (edition and the
// code in focus) with the scroll position the reader left it at.
class NavigationHistory {
public:
    struct Place {
        qint64 editionId = 0;
        QString code;
        int scroll = 0;

        bool sameEntry(const Place& other) const
        {
            return editionId == other.editionId && code == other.code;
        }
    };

    // A new place reached by a link, the tree or a search: Forward is forgotten. Visiting the
    // place already current changes nothing.
    void visit(const Place& place);
    // Remembers how far the reader scrolled the current place before leaving it.
    void setCurrentScroll(int scroll);

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    // Moves and returns the place to show; the current place when there is nowhere to go.
    Place back();
    Place forward();
    Place current() const { return m_current < 0 ? Place() : m_places.at(m_current); }

    // The oldest places go when a tab has been this far.
    static constexpr qsizetype kMaxPlaces = 100;

private:
    QList<Place> m_places;
    qsizetype m_current = -1;
};

} // namespace paceline
