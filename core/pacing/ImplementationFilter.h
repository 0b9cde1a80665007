#pragma once

#include "pacing/ImplementationTable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paceline {

// Which rows of the implementation table to show.
struct ImplementationFilter {
    QString category; // top-level code; empty: all
    int year = 0;     // year the regime decided by; 0: all
    // Rows where any national list has this status; absent: all.
    std::optional<ImplementationStatus> status;
    // Rows where any national list's date rests on this kind of evidence; absent: all.
    std::optional<EvidenceKind> evidence;

    bool matches(const ImplementationRow& row) const;
    QString describe() const; // "Category 4 · Decided in 2013 · Status implemented differently…"
};

QList<int> filterRows(const ImplementationTable& table, const ImplementationFilter& filter);
// The categories and decision years the table has, in the order to offer them.
QStringList tableCategories(const ImplementationTable& table);
QList<int> tableYears(const ImplementationTable& table);
// The year a row's regime decision was made by.
int decisionYear(const ImplementationRow& row);

} // namespace paceline
