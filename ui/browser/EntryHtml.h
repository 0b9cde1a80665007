#pragma once

#include "browse/BrowseTypes.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace paceline {

// Internal link schemes of the entry view; nothing else is ever followed.
inline constexpr char kCodeScheme[] = "paceline-code";
inline constexpr char kTermScheme[] = "paceline-term";
inline constexpr char kToggleScheme[] = "paceline-toggle";
// An "SL" / "VSL" badge; its path is the attribute value ("sensitive", "very-sensitive").
inline constexpr char kSensitivityScheme[] = "paceline-sensitivity";

QUrl codeLink(const QString& code);
QUrl termLink(const QString& term);

// Imported text as HTML: everything escaped; quoted defined terms (keys of terms are
// TermLinker::normalise()d) and references to codes (4A090.a, ECCN 0A506, 4.A.5) as links.
QString linkifiedHtml(const QString& text, const QHash<QString, QString>& terms);

struct EntryHtmlOptions {
    bool attributesExpanded = true;
};

// The entry as a readable document for QTextBrowser.
QString entryHtml(const EntryDocument& doc, const EntryHtmlOptions& options = {});

// What a Sensitive List badge says in full: "On the Wassenaar Sensitive List"; empty when the
// url is no badge.
QString sensitivityToolTip(const QUrl& badge);
// "intrusion software — Cat 4": a defined term with the scope the list gives it.
QString termWithScope(const ListTerm& term);

// Anchor name of a node in entryHtml(), for scrollToAnchor().
QString nodeAnchor(qint64 nodeId);

} // namespace paceline
