#pragma once

#include "search/SearchTypes.h"

#include <QAbstractListModel>

namespace paceline {

// Search results for the list below the search field. HtmlRole gives the row as rich text:
// the imported text escaped first, then the match markers turned into highlighting.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        HtmlRole = Qt::UserRole + 1,
        EditionIdRole,
        CodeRole,
        KindRole,
        SourceRole, // SearchHit::Source as int
        ListNameRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setResults(const SearchResults& results);
    void clear();
    const SearchResults& results() const { return m_results; }
    const SearchHit& hit(int row) const { return m_results.hits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "a <b> \uE000c\uE001" -> "a &lt;b&gt; <span …>c</span>"
    static QString markedToHtml(const QString& marked);
    static QString markersRemoved(QString marked);

private:
    SearchResults m_results;
};

} // namespace paceline
